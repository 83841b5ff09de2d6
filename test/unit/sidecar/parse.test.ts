import assert from 'node:assert/strict';
import { loadSidecar, updateSidecar } from '../../../src/core/sidecar';
import { analysisOf, quoteAt } from './helpers';

const GOOD = `version: 1
source:
  path: a.txt
quotes:
  - id: q-00000001
    status: auto
    text: hello
    target:
      exact: hello
      start: 1
      end: 6
`;

describe('sidecar parse and validate', () => {
  it('loads a minimal valid sidecar', () => {
    const result = loadSidecar(GOOD);
    assert.ok(result.ok);
    assert.equal(result.sidecar.quotes[0].id, 'q-00000001');
    assert.deepEqual(result.sidecar.figures, []);
  });

  const broken: Array<[string, string, number, number, RegExp]> = [
    ['a YAML syntax error', GOOD.replace('    text: hello', '    text: "hello'), 12, 1, /closing/],
    ['a bad indentation', GOOD.replace('  path: a.txt', '  path: a.txt\n   title: x'), 3, 9, /./],
    ['an unknown status', GOOD.replace('status: auto', 'status: maybe'), 6, 13, /status/],
    ['a wrong version', GOOD.replace('version: 1', 'version: 2'), 1, 10, /version/],
    ['an unknown key', GOOD.replace('    text: hello', '    txet: hello\n    text: hello'), 7, 5, /unknown key 'txet'/],
    ['a missing target', GOOD.replace(/    target:[\s\S]*$/, ''), 5, 5, /target/],
    ['a string offset', GOOD.replace('start: 1', 'start: one'), 10, 14, /start/],
    ['a duplicate id', GOOD + GOOD.slice(GOOD.indexOf('  - id')), 12, 9, /duplicate id/],
    ['a duplicate key', GOOD.replace('version: 1', 'version: 1\nversion: 1'), 2, 1, /./],
    ['an alias', GOOD.replace('    text: hello', '    text: &t hello').replace('exact: hello', 'exact: *t'), 7, 14, /anchor|alias/],
    ['an empty file', '', 1, 1, /empty/],
    ['a list at the top', '- a\n- b\n', 1, 1, /./],
  ];
  for (const [what, text, line, column, message] of broken) {
    it(`reports ${what} with its 1-based line and column`, () => {
      const result = loadSidecar(text);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.ok(result.problems.length > 0);
      const first = result.problems[0];
      assert.match(first.message, message);
      assert.equal(first.line, line, `${first.message} @${first.line}:${first.column}`);
      assert.equal(first.column, column, `${first.message} @${first.line}:${first.column}`);
    });
  }

  it('refuses an alias bomb quickly', () => {
    const bomb = ['version: 1', 'source: {path: a.txt}', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const t0 = Date.now();
    const result = loadSidecar(bomb.join('\n'));
    assert.equal(result.ok, false);
    assert.ok(Date.now() - t0 < 1000);
  });

  it('refuses sidecars over 5 MiB with a clear message', () => {
    const result = loadSidecar(GOOD + `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.problems[0].message, /5 MiB/);
  });

  it('never produces output for a broken sidecar (updateSidecar gives problems, no text)', () => {
    const text = 'say "hello" there';
    const result = updateSidecar(GOOD.replace('status: auto', 'status: [x'), { name: 'a.txt', text }, analysisOf({ quotes: [quoteAt(text, 'hello')] }));
    assert.ok('problems' in result);
    assert.ok(!('text' in result));
  });
});
