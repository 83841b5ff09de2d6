import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { firstNameGender, isGivenName } from '../../../src/core/entities/firstNames';
import { analyze } from '../../../src/core/analyze';

describe('given names', () => {
  const genders: Array<[string, 'f' | 'm' | undefined]> = [
    ['Mary', 'f'], ['John', 'm'], // the hand lists
    ['Gail', 'f'], ['Anil', 'm'], ['Ewan', 'm'], ['Priyanka', 'f'], ['Kofi', 'm'], ['Aurel', 'm'], // the registers
    ['Robin', undefined], ['Pat', undefined], ['Kim', undefined], ['Jan', undefined], // both genders
    ['Jagmeet', 'm'], ['Sanna', 'f'], ['Tulsi', 'f'], // once listed under both by mistake
    ['Rowan', undefined], ['Jamie', undefined], ['Taylor', undefined], ['Bryn', undefined], ['Nana', undefined], // borne by either, whatever a register says
    ['Réjean', 'm'], ['Benoît', 'm'],
    ['Langley', undefined], ['Nova', undefined], ['Kenya', undefined], ['Page', undefined], // places and words the registers list
  ];
  for (const [name, gender] of genders) it(`${name}: ${gender ?? 'unknown'}`, () => assert.equal(firstNameGender(name), gender));

  for (const name of ['Robin', 'Pat', 'Jan', 'Mary', 'Kofi']) it(`${name} is a given name, gendered or not`, () => assert.ok(isGivenName(name)));
  for (const name of ['Langley', 'Tuesday']) it(`${name} is no given name`, () => assert.ok(!isGivenName(name)));

  it('a given name of either gender makes a capitalised pair a person', () => {
    const text = 'The index was designed by Jan Hatzuis, the bank’s chief economist.';
    assert.deepEqual(analyze(text).entities.filter((e) => e.kind === 'person').map((e) => e.name), ['Jan Hatzuis']);
  });
  it('a registered given name makes a capitalised pair a person whom "she" can mean', () => {
    const text = 'The shop closed in May. Gail Munro ran it for thirty years. “It was my whole life,” she said.';
    assert.equal(analyze(text).quotes[0].speaker, 'Gail Munro');
  });
  it('a town the registers also list as a name stays a place', () => {
    const text = '“We have had a decline in crime,” Langley City Mayor Doug Hart said.';
    assert.equal(analyze(text).quotes[0].speaker, 'Doug Hart');
  });
  it('the generated register list is in step with its generator and the packages it reads', () => {
    execFileSync(process.execPath, ['scripts/given-names.mjs', '--check'], { stdio: 'pipe' });
  });
});
