import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAnalyze } from '../../../src/cli/analyzeCommand';
import { sink } from '../streams';

// `newsmark analyze` without --json: one line of counts per source, in words a person reads.
describe('newsmark analyze, readable summary', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-summary-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts one of a thing in the singular and more in the plural', () => {
    const file = path.join(dir, 'one.txt');
    writeFileSync(file, 'Bridge reopens\n\n“We are proud of the crews,” Mayor Lena Ortiz said of the 12 workers and 3 engineers.\n');
    const out = sink();
    assert.equal(runAnalyze([file], { json: false }, out, sink()), 0);
    assert.equal(out.text.split('\n')[0], `${file}: 1 segment, 1 quote (+0 scare), 2 figures, 1 entity`);
  });
});
