import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { updateByMerge, updateSidecar, type SidecarProblem } from '../../../src/core/sidecar';
import { unchangedMachineSidecar } from '../../../src/core/sidecar/unchanged';

// A re-extraction that changes nothing is recognised without parsing the sidecar, and must agree with the full
// path (parse, validate, merge, print) in every case it takes.

const SEEDS = path.resolve(process.cwd(), 'seeds');

function text<T extends { text: string }>(r: T | { problems: SidecarProblem[] }): string {
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r.text;
}

describe('sidecar: re-extraction of an unchanged machine-written sidecar', function () {
  this.timeout(20000);
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(path.join(SEEDS, name), 'utf8') }));

  for (const source of seeds) {
    it(`${source.name}: is recognised without parsing, and the full path agrees it is unchanged`, () => {
      const analysis = analyze(source.text);
      const first = text(updateSidecar(null, source, analysis));
      const model = unchangedMachineSidecar(first, source, analysis);
      assert.ok(model);
      const full = updateByMerge(first, source, analysis);
      assert.equal(text(full), first);
      assert.deepEqual(JSON.parse(JSON.stringify(model)), JSON.parse(JSON.stringify('model' in full ? full.model : null)));
      assert.equal(text(updateSidecar(first, source, analysis)), first);
    });
  }

  it('takes the full path when the text changed, and gives what the full path gives', () => {
    const source = seeds[0];
    const first = text(updateSidecar(null, source, analyze(source.text)));
    const edited = { name: source.name, text: `"We are ready," said Jane Smith.\n\n${source.text}` };
    const analysis = analyze(edited.text);
    assert.equal(unchangedMachineSidecar(first, edited, analysis), undefined);
    assert.equal(text(updateSidecar(first, edited, analysis)), text(updateByMerge(first, edited, analysis)));
  });

  it('takes the full path for a sidecar a person touched (a comment), and keeps the comment', () => {
    const source = seeds[1];
    const analysis = analyze(source.text);
    const commented = text(updateSidecar(null, source, analysis)).replace('\nversion: 1\n', '\n# checked by the desk\nversion: 1\n');
    assert.equal(unchangedMachineSidecar(commented, source, analysis), undefined);
    assert.equal(text(updateSidecar(commented, source, analysis)), commented);
  });
});
