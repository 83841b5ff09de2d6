import assert from 'node:assert/strict';
import { nameKey, PersonIndex } from '../../../src/core/entities/coreference';

const at = (start: number) => ({ start, end: start + 5 });

describe('coreference: the person index', () => {
  it('merges a full name with its later forms and keeps the fullest as canonical', () => {
    const people = new PersonIndex();
    const a = people.addName('Healey', 'person', null, at(0));
    const b = people.addName('John Healey', 'person', 'Defence Secretary', at(50));
    assert.equal(a, b);
    assert.equal(b.name, 'John Healey');
    assert.ok(b.aliases.includes('Healey'));
    assert.deepEqual(b.roles, ['Defence Secretary']);
  });

  const keys: Array<[string, string]> = [
    ['Mr. Trump', 'trump'],
    ['Harry J. Kazianis', 'harry kazianis'],
    ['O’Brien', "o'brien"],
    ['Dr  Sarah   Lee', 'sarah lee'],
  ];
  for (const [name, key] of keys) it(`keys ${JSON.stringify(name)} as ${JSON.stringify(key)}`, () => assert.equal(nameKey(name), key));

  const merges: Array<[string, string, string]> = [
    ['a surname with its particle', 'Ragheb Al Turkmani', 'Al Turkmani'],
    ['a Dutch particle', 'William Van Horne', 'Van Horne'],
    ['a compound surname', 'Marisol Vega Ortiz', 'Vega Ortiz'],
  ];
  for (const [title, full, short] of merges) {
    it(`merges ${title}: ${short} is ${full}`, () => {
      const people = new PersonIndex();
      const a = people.addName(full, 'person', null, at(0));
      assert.equal(people.addName(short, 'person', null, at(50)), a);
    });
  }

  it('knows an acronym as the body named in full', () => {
    const people = new PersonIndex();
    const body = people.addName('Export Development Canada', 'organization', null, at(0));
    assert.equal(people.addName('EDC', 'organization', null, at(50)), body);
    assert.equal(body.name, 'Export Development Canada');
  });

  it('resolves a surname two people share to the one named first before it', () => {
    const people = new PersonIndex();
    people.addName('Tom Smith', 'person', null, at(100));
    people.addName('Anna Smith', 'person', null, at(200));
    assert.equal(people.resolveSurname('Smith', 150)?.name, 'Tom Smith');
    assert.equal(people.resolveSurname('Smith', 250)?.name, 'Tom Smith');
  });

  it('resolves a surname two people share by the pronoun after it, when their genders are known', () => {
    const people = new PersonIndex();
    people.addName('Lise Thibodeau', 'person', null, at(100), { firstNameGender: 'f' });
    people.addName('Réjean Thibodeau', 'person', null, at(200));
    assert.equal(people.resolveSurnameKey('thibodeau', 250, undefined, 'he')?.name, 'Réjean Thibodeau');
    assert.equal(people.resolveSurnameKey('thibodeau', 250, undefined, 'she')?.name, 'Lise Thibodeau');
    assert.equal(people.resolveSurnameKey('thibodeau', 250)?.name, 'Lise Thibodeau');
  });

  it('resolves a shared surname by the latest mention before it, whatever order the mentions came in', () => {
    // the first pass adds full names over the whole text; attribution adds resolved surnames afterwards
    const people = new PersonIndex();
    const dorie = people.addName('Dorie Greenspan', 'person', null, at(0));
    people.addName('Michael Greenspan', 'person', null, at(500));
    people.addName('Dorie Greenspan', 'person', null, at(760));
    assert.equal(people.resolveSurname('Greenspan', 440), dorie);
    people.addName('Greenspan', 'person', null, at(440));
    assert.deepEqual(dorie.mentions.map((m) => m.start), [0, 440, 760]);
    assert.equal(people.resolveSurname('Greenspan', 1480), dorie);
  });

  it('counts the same words once when both passes meet them', () => {
    const people = new PersonIndex();
    const jane = people.addName('Jane Doe', 'person', null, at(10));
    people.addName('Jane Doe', 'person', null, at(90));
    people.addName('Jane Doe', 'person', null, at(10));
    assert.deepEqual(jane.mentions.map((m) => m.start), [10, 90]);
  });

  it('takes a shared surname for whoever the text does not call by first name', () => {
    const people = new PersonIndex();
    const dorie = people.addName('Dorie Greenspan', 'person', null, at(0));
    const michael = people.addName('Michael Greenspan', 'person', null, at(500));
    assert.equal(people.resolveSurname('Greenspan', 600), dorie); // the one named first, while nothing tells them apart
    assert.equal(people.addName('Michael', 'person', null, at(700)), michael);
    assert.equal(people.resolveSurname('Greenspan', 900), dorie);
    assert.equal(people.resolveSurname('Michael', 900), michael);
  });

  const pronouns: Array<[string, Array<[string, 'm' | 'f' | undefined, boolean, number]>, string, string | null]> = [
    // [name, gender, subject?, where] → the pronoun at 1000 → expected
    ['she skips a nearer man', [['Sarah Lee', 'f', true, 600], ['Tom Brown', 'm', true, 900]], 'she', 'Sarah Lee'],
    ['a subject beats a nearer name in an object', [['Nino Niederreiter', 'm', true, 700], ['Victor Rask', 'm', false, 800]], 'he', 'Nino Niederreiter'],
    ['the nearest name wins when no subject is near it', [['Donald Trump', 'm', true, 0], ['Ihor Maharynsky', 'm', false, 900]], 'he', 'Ihor Maharynsky'],
    ['unknown gender is compatible', [['Kim Doe', undefined, true, 900]], 'she', 'Kim Doe'],
    ['nobody compatible: no guess', [['Tom Brown', 'm', true, 900]], 'she', null],
    ['nobody within reach: no guess', [['Sarah Lee', 'f', true, 0]], 'she', null],
  ];
  for (const [name, mentions, pronoun, expected] of pronouns) {
    it(`pronouns: ${name}`, () => {
      const people = new PersonIndex();
      for (const [who, gender, subject, where] of mentions) people.addName(who, 'person', null, at(where), { firstNameGender: gender, subject });
      assert.equal(people.resolvePronoun(pronoun, 1000, name.includes('reach') ? 500 : undefined)?.name ?? null, expected);
    });
  }

  it('finds the subject of the narrative since the last quotation', () => {
    const people = new PersonIndex();
    people.addName('Terry Chapman', 'person', null, at(0), { speaker: true });
    people.addName('Tim Guest', 'person', null, at(300), { subject: true });
    assert.equal(people.recentSubject(200, 400)?.name, 'Tim Guest');
    assert.equal(people.recentSubject(350, 400), null);
  });

  it('resolves "the commission" to a body so named, and "the company" to the nearest body', () => {
    const people = new PersonIndex();
    people.addName('Ontario Civilian Police Commission', 'organization', null, at(0));
    people.addName('Acme Holdings', 'organization', null, at(100));
    assert.equal(people.resolveOrganisation('commission', 200, false)?.name, 'Ontario Civilian Police Commission');
    assert.equal(people.resolveOrganisation('company', 200, true)?.name, 'Acme Holdings');
    assert.equal(people.resolveOrganisation('union', 200, false), null);
  });
});

describe('coreference: names that stay apart', () => {
  const apart: Array<[string, string, string]> = [
    ['two people sharing a surname', 'Caleb Jones', 'Seth Jones'],
    ['a shorter name that is not the full name\'s end', 'Marisol Vega Ortiz', 'Vega Ruiz'],
  ];
  for (const [title, first, second] of apart) {
    it(`keeps ${title} apart: ${first} and ${second}`, () => {
      const people = new PersonIndex();
      const a = people.addName(first, 'person', null, at(0));
      assert.notEqual(people.addName(second, 'person', null, at(50)), a);
    });
  }
});
