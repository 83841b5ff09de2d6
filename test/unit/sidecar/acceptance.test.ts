import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { annotationsFor, editSidecar, loadSidecar, updateSidecar, type SidecarModel, type SidecarProblem } from '../../../src/core/sidecar';

// Issue 4's acceptance scenario, on the five seeds (read relative to the working directory, as npm runs it).

const SEEDS = path.resolve(process.cwd(), 'seeds');

function ok<T extends object>(r: T | { problems: SidecarProblem[] }): T {
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r as T;
}

describe('sidecar acceptance: the five seeds', function () {
  this.timeout(20000);
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

  it('finds five seeds', () => assert.equal(seeds.length, 5));

  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    it(`${name}: decisions, notes, comments and manual quotes survive a paragraph inserted at the top and re-extraction`, () => {
      const text = readFileSync(path.join(SEEDS, name), 'utf8');
      const source = { name, text };
      const analysis = analyze(text);
      let sidecar = ok(updateSidecar(null, source, analysis)).text;
      assert.equal(ok(updateSidecar(sidecar, source, analysis)).text, sidecar, 're-extracting unchanged text changes no byte');
      const model = (loadSidecar(sidecar) as { ok: true; sidecar: SidecarModel }).sidecar;

      // a person's work: a comment, a rejected quote, a confirmed one with a note, a manual quote
      sidecar = sidecar.replace('\nversion: 1\n', '\n# reviewed by the desk\nversion: 1\n');
      const rejected = model.quotes[0];
      const confirmed = model.quotes[model.quotes.length - 1];
      if (rejected) sidecar = ok(editSidecar(sidecar, source, analysis, { type: 'reject', id: rejected.id })).text;
      if (confirmed && confirmed !== rejected) {
        sidecar = ok(editSidecar(sidecar, source, analysis, { type: 'confirm', id: confirmed.id })).text;
        sidecar = ok(editSidecar(sidecar, source, analysis, { type: 'note', id: confirmed.id, note: 'checked with the agency' })).text;
      }
      const words = /[A-Z][a-z]+ [a-z]+ [a-z]+/.exec(text.slice(200)) ?? /\w+/.exec(text);
      assert.ok(words);
      const mStart = text.indexOf(words[0], words.index + (words.input === text ? 0 : 200));
      const manual = ok(editSidecar(sidecar, source, analysis, { type: 'addQuote', start: mStart, end: mStart + words[0].length, speaker: 'The Desk' }));
      sidecar = manual.text;

      // the source changes above everything, and is re-extracted
      const inserted = 'EDITOR\'S NOTE: this article was updated with "a brand new statement," the editor said.\n\n';
      const text2 = inserted + text;
      const source2 = { name, text: text2 };
      const analysis2 = analyze(text2);
      const after = ok(updateSidecar(sidecar, source2, analysis2));
      assert.ok(after.text.includes('# reviewed by the desk\nversion: 1\n'), 'the comment survives');
      const byId = new Map(after.model.quotes.map((q) => [q.id, q]));
      const shift = inserted.length;
      if (rejected) {
        const q = byId.get(rejected.id);
        assert.ok(q);
        assert.equal(q.status, 'rejected');
        assert.equal(text2.slice(q.target.start, q.target.end), rejected.target.exact);
        assert.equal(q.target.start, rejected.target.start + shift);
        assert.equal(after.model.quotes.filter((x) => x.target.start === q.target.start && x.target.end === q.target.end).length, 1, 'the rejected quote is not brought back');
      }
      if (confirmed && confirmed !== rejected) {
        const q = byId.get(confirmed.id);
        assert.deepEqual([q?.status, q?.note], ['confirmed', 'checked with the agency']);
        assert.equal(q?.target.start, confirmed.target.start + shift);
      }
      const m = byId.get(manual.id ?? '');
      assert.ok(m);
      assert.deepEqual([m.status, m.speaker], ['manual', 'The Desk']);
      assert.equal(text2.slice(m.target.start, m.target.end), words[0]);
      assert.equal(m.target.start, mStart + shift);
      // every auto id of the old text is still there (ids do not depend on offsets)
      for (const q of model.quotes) assert.ok(byId.has(q.id) || !analysis2.quotes.some((a) => a.text === q.text), `${q.id} kept`);
      // the views show the same ids
      const views = annotationsFor(after.text, text2, analysis2).annotations;
      assert.deepEqual(views.quotes.map((q) => q.id), after.model.quotes.map((q) => q.id));
      assert.equal(ok(updateSidecar(after.text, source2, analysis2)).text, after.text, 'stable after the merge');
    });
  }

  it('a sidecar with a syntax error is untouched and reported with its line', () => {
    const name = seeds[0];
    const text = readFileSync(path.join(SEEDS, name), 'utf8');
    const good = ok(updateSidecar(null, { name, text }, analyze(text))).text;
    const lines = good.split('\n');
    const broken = lines.map((l, i) => (i === 9 ? `${l}: : [oops` : l)).join('\n');
    const result = updateSidecar(broken, { name, text }, analyze(text));
    assert.ok('problems' in result);
    assert.ok(result.problems.some((p) => p.line >= 10 && p.line <= lines.length), JSON.stringify(result.problems));
  });
});
