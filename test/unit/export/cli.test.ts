import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { runExport } from '../../../src/cli/exportCommand';
import { runExtract } from '../../../src/cli/extractCommand';
import { runImport } from '../../../src/cli/importCommand';
import { sink } from '../streams';

// `newsmark export` and `newsmark import` on copies of the seeds, checked on what they print and write.

describe('export CLI: newsmark export and import', function () {
  this.timeout(30000);
  let dir: string;
  const seeds = readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort();
  const sidecarOf = (name: string) => path.join(dir, `${name}.annotations.yaml`);

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-export-'));
    for (const name of seeds) copyFileSync(path.join('seeds', name), path.join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints CSV on stdout without --out: a row per quote and figure of every source, offsets matching the text', () => {
    const out = sink();
    const err = sink();
    assert.equal(runExport([dir, '--format', 'csv'], out, err), 0, err.text);
    const rows = parseCsv(out.text, { columns: true }) as Array<Record<string, string>>;
    assert.equal(new Set(rows.map((row) => path.basename(row.source))).size, seeds.length);
    for (const row of rows) {
      const text = readFileSync(path.join(dir, path.basename(row.source)), 'utf8');
      assert.equal(text.slice(Number(row.start), Number(row.end)), row.text);
    }
  });

  it('exports a person’s decisions from the sidecar: only the confirmed quote with --only-confirmed', async () => {
    assert.equal(await runExtract([dir], sink()), 0);
    const sidecar = sidecarOf(seeds[1]);
    const yaml = readFileSync(sidecar, 'utf8');
    // a hand edit: confirm the first quote
    writeFileSync(sidecar, yaml.replace(/(- id: (q-[0-9a-f]+)\n\s+status: )auto/, '$1confirmed'));
    const confirmedId = /- id: (q-[0-9a-f]+)\n\s+status: confirmed/.exec(readFileSync(sidecar, 'utf8'))?.[1];
    assert.ok(confirmedId);
    const out = sink();
    assert.equal(runExport([dir, '--format', 'json', '--only-confirmed'], out, sink()), 0);
    const exported = JSON.stringify(JSON.parse(out.text));
    assert.ok(exported.includes(confirmedId), 'the confirmed quote is exported');
    assert.equal((exported.match(/"status":"auto"/g) ?? []).length, 0, 'nothing the machine alone found');
  });

  it('refuses brat without --out, and an unknown format, with usage and exit code 2', () => {
    const err = sink();
    assert.equal(runExport([dir, '--format', 'brat'], sink(), err), 2);
    assert.match(err.text, /--out DIR/);
    const unknown = sink();
    assert.equal(runExport([dir, '--format', 'xml'], sink(), unknown), 2);
    assert.match(unknown.text, /unknown format 'xml'/);
  });

  it('reports a broken sidecar as path:line:column, still exports the others, and exits 1', () => {
    const broken = 'version: 1\nquotes: [\n';
    writeFileSync(sidecarOf(seeds[0]), broken);
    const out = sink();
    const err = sink();
    assert.equal(runExport([dir, '--format', 'jsonl'], out, err), 1);
    assert.match(err.text, new RegExp(`${seeds[0].replace('.', '\\.')}\\.annotations\\.yaml:\\d+:\\d+: `));
    assert.equal(readFileSync(sidecarOf(seeds[0]), 'utf8'), broken, 'left untouched');
    const sources = new Set(out.text.trim().split('\n').map((line) => path.basename(JSON.parse(line).source)));
    assert.equal(sources.size, seeds.length);
  });

  it('imports a W3C export into an edited copy as manual items anchored to the same words, and a second import adds nothing', () => {
    const name = seeds[2];
    const source = path.join(dir, name);
    const w3c = path.join(dir, 'export.jsonld');
    // a manual quote of the person's, which the analysis would never find again
    const original = readFileSync(source, 'utf8');
    const words = original.split('\n').find((line) => line.length > 60 && !/["“”«»]/.test(line))!.slice(0, 40);
    writeFileSync(w3c, JSON.stringify(manualCollection(name, original, words)));
    // the text moves: a new first paragraph
    const moved = `A new first paragraph.\n\n${original}`;
    writeFileSync(source, moved);
    const out = sink();
    const err = sink();
    assert.equal(runImport([w3c, '--into', source], out, err), 0, err.text);
    assert.match(out.text, /1 added/);
    const yaml = readFileSync(sidecarOf(name), 'utf8');
    assert.match(yaml, /status: manual/);
    const start = moved.indexOf(words);
    assert.match(yaml, new RegExp(`start: ${start}\\n\\s+end: ${start + words.length}`));
    const again = sink();
    assert.equal(runImport([w3c, '--into', source], again, sink()), 0);
    assert.match(again.text, /0 added/);
    assert.equal(readFileSync(sidecarOf(name), 'utf8'), yaml, 'no byte changed');
  });
});

/** A one-annotation W3C collection, as another tool (Hypothesis, say) would write it. */
function manualCollection(name: string, text: string, words: string) {
  const start = text.indexOf(words);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          body: [{ type: 'TextualBody', purpose: 'commenting', value: 'check this claim' }],
          target: {
            source: name,
            selector: [
              { type: 'TextQuoteSelector', exact: words, prefix: text.slice(Math.max(0, start - 20), start), suffix: text.slice(start + words.length, start + words.length + 20) },
              { type: 'TextPositionSelector', start, end: start + words.length },
            ],
          },
        },
      ],
    },
  };
}
