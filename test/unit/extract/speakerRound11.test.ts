import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker and role mistakes met in the eleventh round (probes on
// local news: a council meeting, a flood, a bus route).

const families: Array<[family: string, cases: Case[]]> = [
  ['a local councillor\'s abbreviated title is a role, not part of the name', [
    ['"Cr" before the full name and the surname', 'Councillors met on Tuesday night. Cr Joan Bexley said the plan was rushed. “We were given two days to read it,” Cr Bexley said.', 'We were given two days to read it,', 'Joan Bexley'],
    ['"Cllr." with its full stop', 'Cllr. Mark Owen spoke at the meeting. “This is a disgrace,” Cllr. Owen said.', 'This is a disgrace,', 'Mark Owen'],
  ]],
  ['what a local story calls the people it quotes is their role, and "he said" finds them by name', [
    ['a reader', 'The flood reached the high street. Reader Tom Aske wrote to us. “The council did nothing,” he said.', 'The council did nothing,', 'Tom Aske'],
    ['a neighbour after a reader', 'The flood reached the high street. Reader Tom Aske wrote to us. “The council did nothing,” he said. Neighbour Priya Dhillon agreed. “Nobody came for three days,” she said.', 'Nobody came for three days,', 'Priya Dhillon'],
    ['a commuter', 'The route was cut in March. Commuter Alan Birch said he now walks an hour. “It has ruined my mornings,” Birch said.', 'It has ruined my mornings,', 'Alan Birch'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('roles met in the eleventh round', () => {
  const roleOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.role;
  it('a councillor\'s "Cr" and a reader\'s "Reader" are roles kept apart from the name', () => {
    assert.equal(roleOf('Cr Joan Bexley said the plan “was rushed through.”', 'Joan Bexley'), 'Cr');
    assert.equal(roleOf('Reader Tom Aske wrote to us. “The council did nothing,” he said.', 'Tom Aske'), 'Reader');
    assert.equal(roleOf('Witness Ruth Kane said the car “came from nowhere.”', 'Ruth Kane'), 'Witness');
  });
});
