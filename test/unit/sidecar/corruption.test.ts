import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { runExtract } from '../../../src/cli/extractCommand';
import { analyze } from '../../../src/core/analyze';
import { loadSidecar, updateSidecar } from '../../../src/core/sidecar';

// A sidecar corrupted at random — a character deleted, a YAML-significant character inserted, a line repeated
// or the file cut short — either still loads, or is refused with problems at a real 1-based line and column;
// it is never rewritten (no text from the core, the file byte for byte the same after `newsmark extract`).

// the smallest seed keeps each case fast
const SOURCE_TEXT = readFileSync(path.join('seeds', '003_cbcabe5e24aa5d21.txt'), 'utf8');
const SOURCE = { name: 'a.txt', text: SOURCE_TEXT };
const ANALYSIS = analyze(SOURCE_TEXT);

function validSidecar(): string {
  const made = updateSidecar(null, SOURCE, ANALYSIS);
  if ('problems' in made) throw new Error('the seed sidecar should be valid');
  return made.text;
}

const SIGNIFICANT = [':', '-', '"', "'", '&', '*', '[', ']', '{', '}', '\t', '\n', '#', '|', '>', '!', '%', '@', '`', ' ', '\u0000', '\uFEFF', '\uD800'];
type Corruption = { kind: 'delete' | 'insert' | 'repeatLine' | 'truncate'; at: number; char: string };
const corruption = fc.record({ kind: fc.constantFrom('delete', 'insert', 'repeatLine', 'truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), char: fc.constantFrom(...SIGNIFICANT) });

function corrupt(text: string, steps: Corruption[]): string {
  for (const { kind, at, char } of steps) {
    const i = Math.floor(at * text.length);
    if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
    else if (kind === 'insert') text = text.slice(0, i) + char + text.slice(i);
    else if (kind === 'truncate') text = text.slice(0, i);
    else {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const lineEnd = text.indexOf('\n', i);
      const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd + 1);
      text = text.slice(0, lineStart) + line + text.slice(lineStart);
    }
  }
  return text;
}

/** Problems point at a line of the text and a column of that line (or just past its end). */
function assertClearProblems(text: string, problems: ReadonlyArray<{ message: string; line: number; column: number }>): void {
  assert.ok(problems.length > 0, 'a refused sidecar has at least one problem');
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of problems) {
    assert.ok(p.message.trim().length > 5, `a problem says what is wrong: ${JSON.stringify(p.message)}`);
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines.length, `line ${p.line} of ${lines.length}: ${p.message}`);
    assert.ok(Number.isInteger(p.column) && p.column >= 1 && p.column <= lines[p.line - 1].length + 1, `column ${p.column} of line ${p.line} (${lines[p.line - 1].length} long): ${p.message}`);
  }
}

describe('sidecar under random corruption (fast-check)', function () {
  this.timeout(30000);
  const valid = validSidecar();

  it('loads, or refuses with problems at a real line and column; never produces text to write', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(corruption, { minLength: 1, maxLength: 4 }), (steps) => {
        const text = corrupt(valid, steps);
        const loaded = loadSidecar(text);
        const updated = updateSidecar(text, SOURCE, ANALYSIS);
        if (loaded.ok) return;
        refused++;
        assertClearProblems(text, loaded.problems);
        assert.ok('problems' in updated && !('text' in updated), 'a refused sidecar gets no new text');
      }),
      { numRuns: 200, seed: 5 },
    );
    assert.ok(refused > 50, `most corruptions are refused (${refused} of 200)`);
  });

  it('`newsmark extract` leaves every refused sidecar byte for byte as it was', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-corrupt-'));
    const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
    try {
      writeFileSync(path.join(dir, 'a.txt'), SOURCE_TEXT);
      const sidecarPath = path.join(dir, 'a.txt.annotations.yaml');
      await fc.assert(
        fc.asyncProperty(fc.array(corruption, { minLength: 1, maxLength: 3 }), async (steps) => {
          const text = corrupt(valid, steps);
          fc.pre(!loadSidecar(text).ok);
          writeFileSync(sidecarPath, text);
          assert.equal(await runExtract([dir], quiet), 1, 'the CLI fails on a refused sidecar');
          assert.deepEqual(readFileSync(sidecarPath), Buffer.from(text, 'utf8'));
        }),
        { numRuns: 25, seed: 9 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
