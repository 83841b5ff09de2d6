import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { mergeModel, type SidecarModel } from '../../../src/core/sidecar';
import { writeCanonicalSidecar } from '../../../src/core/sidecar/canonical';
import { headerComment } from '../../../src/core/sidecar/layout';
import { writeWithDocument } from '../../../src/core/sidecar/write';
import { modelArb } from './properties';

// A new sidecar printed without the yaml Document must be the Document's bytes exactly: whenever the canonical
// writer prints, it prints what writeWithDocument(null, …) prints.

const SEEDS = path.resolve(process.cwd(), 'seeds');
const canonical = (model: SidecarModel) => writeCanonicalSidecar(model, headerComment(model.source.path));

/** The seeds and variants with the kinds of text that make yaml quote: colons, hashes, quotes, leading dashes, numbers. */
function sources(): { name: string; text: string }[] {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(path.join(SEEDS, name), 'utf8') }));
  const twists = [
    (t: string) => t.replace(/\d/g, (d) => String((Number(d) * 7 + 3) % 10)),
    (t: string) => `- Breaking: "Null," said Anna Berg. 'True' # or not\n\n${t}`,
    (t: string) => t.replace(/\. /g, '.  ').replace(/,/g, ' ,'),
    (t: string) => `%PDF or --- "1e5" and "0x10": said "Yes," said Tom Lee: ‘quoted’ @home\n${t.split('\n').reverse().join('\n')}`,
  ];
  return [...seeds, ...seeds.flatMap((s, i) => twists.map((twist, j) => ({ name: `variant ${i}-${j}: a.txt`, text: twist(s.text) })))];
}

describe('sidecar: the canonical writer of a new sidecar', function () {
  this.timeout(30000);

  it('prints the seeds and their variants exactly as the Document path does (and declines none of them)', () => {
    for (const source of sources()) {
      const model = mergeModel(null, source, analyze(source.text));
      assert.equal(canonical(model), writeWithDocument(null, model), source.name);
    }
  });

  it('on random models with YAML-hostile strings: prints the Document path\'s bytes or declines', () => {
    let printed = 0;
    fc.assert(
      fc.property(modelArb, (model) => {
        const text = canonical(model);
        if (text === undefined) return;
        printed++;
        assert.equal(text, writeWithDocument(null, model));
      }),
      { numRuns: 400 },
    );
    assert.ok(printed > 40, `only ${printed} of 400 printed`);
  });

  it('quotes every scalar that would read back as something else, as yaml does', () => {
    const lookalikes = ['', 'null', 'Null', '~', 'true', 'False', 'yes', '12', '-3.5', '1e3', '.inf', '.NaN', '0x1f', '0o7', '+1', '- a', '? x', 'a: b', 'x:', 'a #b', '#a', ' lead', 'trail ', '"dq"', "it's", `both ' and "`, '@x', '`x', '[a]', '{a}', '!t', '&a', '*a', '|', '>', 'a\tb', '’curly’', 'x:y', ':x', 'a,b', '2024-01-01', 'emoji 🎉', '--- x', '... y', '%YAML', 'a\u2028--- b'];
    for (const s of lookalikes) {
      const model: SidecarModel = { version: 1, source: { path: 'a.txt', title: s }, articles: [], quotes: [], figures: [], entities: [{ name: s, aliases: [s, 'b'], role: null }] };
      assert.equal(canonical(model), writeWithDocument(null, model), JSON.stringify(s));
    }
  });

  it('prints a selector\'s line breaks as yaml does: short texts escaped, long ones folded, spaces before a break kept', () => {
    const texts = ['a\nb', 'end\n', 'x \ny', `${'long '.repeat(9)}\n\n\n ${'more '.repeat(9)} \n`, `"${'q'.repeat(40)}"\n'x'\\`, `\n${'a'.repeat(50)}\n\n`];
    for (const exact of texts) {
      const quote = { id: 'q1', status: 'auto' as const, text: 'x', target: { exact, prefix: exact, suffix: `${exact} `, start: 0, end: exact.length } };
      const model: SidecarModel = { version: 1, source: { path: 'a.txt' }, articles: [], quotes: [quote], figures: [], entities: [] };
      assert.equal(canonical(model), writeWithDocument(null, model), JSON.stringify(exact));
    }
  });

  it('declines what it does not print as yaml would: line breaks outside a selector, control characters, -0', () => {
    for (const title of ['a\nb', 'bell\u0007', 'nul\u0000']) {
      assert.equal(canonical({ version: 1, source: { path: 'a.txt', title }, articles: [], quotes: [], figures: [], entities: [] }), undefined, JSON.stringify(title));
    }
    const figure = { id: 'f1', status: 'auto' as const, text: '0', value: -0, target: { exact: '0', start: 0, end: 1 } };
    assert.equal(canonical({ version: 1, source: { path: 'a.txt' }, articles: [], quotes: [], figures: [figure], entities: [] }), undefined);
  });
});
