import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// Attribution rule families, one table each: the quoted words and who the engine says said them.

function speakers(source: string): Array<[string, string | null, 'direct' | 'scare']> {
  return analyze(source, { figures: false }).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

type Case = [name: string, source: string, expected: Array<[string, string | null, 'direct' | 'scare']>];

function table(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const [name, source, expected] of cases) it(name, () => assert.deepEqual(speakers(source), expected));
  });
}

table('attribution: the speaker in the sentence', [
  ['X said: before the quote', 'Prime Minister Keir Starmer said: "We are at a crossroads in history."', [['We are at a crossroads in history.', 'Keir Starmer', 'direct']]],
  ['according to X before the quote', 'According to NATO chief Mark Rutte, the allies want "a clear plan for what the coalition can offer."', [['a clear plan for what the coalition can offer.', 'Mark Rutte', 'direct']]],
  ['an appositive relative clause before the verb', 'A statement sent by Reagan Ruslim, who joined the board last month, said "The station will respect the order of the court."', [['The station will respect the order of the court.', 'Reagan Ruslim', 'direct']]],
  ['her statement read', 'Environment Minister Shannon Phillips spoke.\n"I have heard stories of people afraid to attend community events," her statement read.', [['I have heard stories of people afraid to attend community events,', 'Shannon Phillips', 'direct']]],
  ['the commission said (a body named earlier)', 'The Ontario Civilian Police Commission met Murray Sinclair.\n"Effective police services are essential to municipal governance," the commission said.', [['Effective police services are essential to municipal governance,', 'the Ontario Civilian Police Commission', 'direct']]],
  ['the company said (no body named): the description itself', '"We are working to fix a temporary disruption of our apps," the company said.', [['We are working to fix a temporary disruption of our apps,', 'the company', 'direct']]],
  ['a dotted name in an appositive', '"I have needed Tesla as a role model," Guenther Schuh, e.GO’s founder, said.', [['I have needed Tesla as a role model,', 'Guenther Schuh', 'direct']]],
]);

table('attribution: the speaker in a neighbouring sentence or paragraph', [
  ['X said: ending the previous paragraph', 'Trump wrote on Truth Social:\n"The easiest way to save money in our Budget is to terminate the contracts."', [['The easiest way to save money in our Budget is to terminate the contracts.', 'Trump', 'direct']]],
  ['the subject of the narrative before a quotation paragraph', '"It is a public safety issue," said Terry Chapman.\nBut the director of operations, Jeff Fraser, says the system is designed for that.\n"As we are going to zero, we are already moving resources in and around."', [
    ['It is a public safety issue,', 'Terry Chapman', 'direct'],
    ['As we are going to zero, we are already moving resources in and around.', 'Jeff Fraser', 'direct'],
  ]],
  ['a short sentence right after the speaker’s words', '"Without me, Trump would have lost the election," Musk wrote on X. "Such ingratitude."', [['Without me, Trump would have lost the election,', 'Musk', 'direct'], ['Such ingratitude.', 'Musk', 'direct']]],
  ['a paragraph-opening quotation with no closing mark continues', '“The first paragraph of the speech goes on for a while,\n“and the second one ends it,” said Jane Smith.', [['The first paragraph of the speech goes on for a while,', 'Jane Smith', 'direct'], ['and the second one ends it,', 'Jane Smith', 'direct']]],
  ['"A," she said, "B." shares the speaker', 'Dr. Sarah Lee met Tom Brown.\n"We are ready," she said, "and we will go."', [['We are ready,', 'Sarah Lee', 'direct'], ['and we will go.', 'Sarah Lee', 'direct']]],
]);

table('attribution: pronouns and names', [
  ['a surname used alone is the full name', 'Home bakers know Dorie Greenspan.\n"I cook simple food," says Greenspan.', [['I cook simple food,', 'Dorie Greenspan', 'direct']]],
  ['he: the subject, not a name in an object', 'Forward Nino Niederreiter scored twice.\nNiederreiter has four goals since Minnesota traded him for Victor Rask last week.\n"They are great playmakers. You try to find the hole," he said.', [['They are great playmakers. You try to find the hole,', 'Nino Niederreiter', 'direct']]],
  ['he: the nearest man when no subject is near', 'Donald Trump spoke in March about the war and the talks that would follow it in the spring and the summer, about the ceasefire that nobody believed in, about the sanctions that had not worked, about the allies who had grown tired of waiting, about the refugees and the reconstruction, and about the price of oil and of grain, which had risen all year and would rise again, whatever anyone said in the capitals of Europe.\nThe only reason Ihor Maharynsky survived was that he was away.\nGlancing around, he demanded, "What kind of strategic target is there here?"', [['What kind of strategic target is there here?', 'Ihor Maharynsky', 'direct']]],
  ['no antecedent: no speaker rather than a guess', 'Prices rose.\n"Something must be done about prices before the winter comes," she said.', [['Something must be done about prices before the winter comes,', null, 'direct']]],
]);

table('attribution: direct or scare', [
  ['a term nobody says', 'Europe wants a "coalition of the willing" to help.', [['coalition of the willing', null, 'scare']]],
  ['a word or two lifted into a sentence', 'Officials were "extremely disturbed" by the news.', [['extremely disturbed', null, 'scare']]],
  ['a partial quotation in the clause a speech verb reports', 'Healey told allies that planners drew up a "well-developed" plan.', [['well-developed', 'Healey', 'direct']]],
  ['a nickname inside a name', 'Lead singer Riefian "Ifan" Fajarsyah told followers the band was safe.', [['Ifan', null, 'scare']]],
  ['"calls for" reports no words', 'Japan, EU eye launch of "competitive alliance" scheme to boost trade Japan calls for tariff rethink', [['competitive alliance', null, 'scare']]],
]);

table('attribution: a description after an inverted speech verb', [
  ['a role before the name', '"Every publisher rejected me," says local cartoonist Andre Campbell.', [['Every publisher rejected me,', 'Andre Campbell', 'direct']]],
  ['a possessive description, then the name', 'Jane Wise paints.\n"Most places will not print fewer copies," says Wise’s partner, Jason Louth.', [['Most places will not print fewer copies,', 'Jason Louth', 'direct']]],
  ['one of a group: anonymous', '"He might not be able to coach next season," says one of the players.', [['He might not be able to coach next season,', 'one of the players', 'direct']]],
  ['a definite description: the person the passage is about', 'Mario Rossi has run the store for ten years.\n"You have to start somewhere in this business," says the affable proprietor.', [['You have to start somewhere in this business,', 'Mario Rossi', 'direct']]],
]);

table('attribution: a pronoun refers to the subject of the sentence before', [
  ['a name no lexicon knows, as the subject', 'Anna Berg met the press.\nKofi Mensah was on a business trip when it began.\n"They told us by text that help was coming," he said.', [['They told us by text that help was coming,', 'Kofi Mensah', 'direct']]],
  ['a subject set off by a long appositive', 'Tom Reed, the co-founder of a chocolate company based in Antigonish, N.S., says the topic comes up daily.\n"My whole family has been waiting to apply," he said.', [['My whole family has been waiting to apply,', 'Tom Reed', 'direct']]],
  ['a subject after an opening clause', 'When asked about the race, Mark Mulder did not hesitate.\n"It is this one for sure," he said.', [['It is this one for sure,', 'Mark Mulder', 'direct']]],
  ['it: the body that is the subject', 'Anna Berg spoke first.\nNB Power said in a statement that 600 customers lost power.\n"Crews will work through the night to restore it," it said.', [['Crews will work through the night to restore it,', 'NB Power', 'direct']]],
  ['a gender that does not fit: the index decides', 'Sarah Lee met the press.\nTom Brown was late.\n"We are ready for the winter and the storms," she said.', [['We are ready for the winter and the storms,', 'Sarah Lee', 'direct']]],
]);

table('attribution: bodies and offices', [
  ['his office said: the office as written', 'Jim Carr oversees the agency.\nIn a statement, his office said: "The payments simply followed the contracts signed then."', [['The payments simply followed the contracts signed then.', 'his office', 'direct']]],
  ['her office told: not another office named earlier', 'The Prime Minister’s Office declined to comment.\n"The minister will not be commenting on this story today," her office told reporters.', [['The minister will not be commenting on this story today,', 'her office', 'direct']]],
  ['an acronym is the body named in full earlier', 'Export Development Canada insures exports.\nEDC declined to answer most questions.\n"We respect the confidentiality of our policy holders," it said in a statement.', [['We respect the confidentiality of our policy holders,', 'Export Development Canada', 'direct']]],
  ['the utility said, then it said', 'Anna Berg spoke first.\nCrews worked all night, the utility said.\n"There are hundreds of outages that crews must attend to," it said.', [['There are hundreds of outages that crews must attend to,', 'the utility', 'direct']]],
]);

table('attribution: sentence boundaries and descriptions', [
  ['a full stop inside the marks ends the sentence', '"It went well," says MaRS director Adam Jagelewski. "We are very pleased with how the first cohort worked." While some critics say it costs too much, others disagree.', [['It went well,', 'Adam Jagelewski', 'direct'], ['We are very pleased with how the first cohort worked.', 'Adam Jagelewski', 'direct']]],
  ['the description refers to the subject just before', 'Guenther Schuh is aware that he is entering uncharted waters.\n"I do not know any carmaker that makes money in this category," the lanky, bespectacled professor said.', [['I do not know any carmaker that makes money in this category,', 'Guenther Schuh', 'direct']]],
  ['a pronoun after a partial quotation: the subject of that sentence', 'Sarah Buckley, who attended a school across the street, said the school has "a culture of entitlement."\n"I witnessed people saying homophobic slurs," she said.', [['a culture of entitlement.', 'Sarah Buckley', 'direct'], ['I witnessed people saying homophobic slurs,', 'Sarah Buckley', 'direct']]],
]);

table('attribution: anonymous speakers keep their group', [
  ['member of the public', 'Another member of the public, whose name is redacted, wrote: "I can only imagine what must come next."', [['I can only imagine what must come next.', 'another member of the public', 'direct']]],
  ['veteran of the projects', 'As one veteran of the infrastructure projects commented: "I have never seen one come in below budget."', [['I have never seen one come in below budget.', 'one veteran of the infrastructure projects', 'direct']]],
]);
