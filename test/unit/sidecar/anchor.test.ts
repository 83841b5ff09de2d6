import assert from 'node:assert/strict';
import { reanchor, targetFor } from '../../../src/core/sidecar/anchor';

const OLD = 'Intro line.\nThe minister said "we will not back down" on Monday.\nLater, "we will not back down" was repeated by others.\n';

describe('sidecar re-anchoring', () => {
  const first = OLD.indexOf('we will not back down');
  const target = targetFor(OLD, first, first + 'we will not back down'.length);
  const cases: Array<[string, string, string | undefined, 'position' | 'exact' | 'fuzzy' | undefined, number?]> = [
    ['unchanged text: the recorded position', OLD, 'we will not back down', 'position'],
    ['a paragraph inserted above: the exact text nearest the old place', 'NEW PARAGRAPH\n\n' + OLD, 'we will not back down', 'exact'],
    ['the first copy deleted from above it: the exact text elsewhere', OLD.replace('Intro line.\n', 'Intro line, longer now with words.\n'), 'we will not back down', 'exact'],
    ['a typo fixed inside: fuzzy', OLD.replace('we will not back down" on', 'we will not step down" on'), undefined, 'fuzzy'],
    ['the words gone: not found', 'Something else entirely.', undefined, undefined],
  ];
  for (const [what, text, exact, how] of cases) {
    it(`${what}`, () => {
      const found = reanchor(text, target);
      assert.equal(found?.how, how);
      if (found && exact) assert.equal(text.slice(found.start, found.end), exact);
      if (found && how === 'fuzzy') assert.equal(text.slice(found.start, found.end), 'we will not step down');
    });
  }

  it('prefers the copy whose prefix and suffix match over the nearer one', () => {
    const text = 'x said "we will not back down" today.\n' + OLD.replace('Intro line.\n', '');
    const found = reanchor(text, target);
    assert.ok(found);
    assert.equal(text.slice(found.start - 'minister said "'.length, found.start), 'minister said "');
  });

  it('chooses the second copy when the second was annotated', () => {
    const second = OLD.indexOf('we will not back down', first + 1);
    const t2 = targetFor(OLD, second, second + 21);
    const text = 'Header\n' + OLD;
    const found = reanchor(text, t2);
    assert.equal(found?.start, second + 'Header\n'.length);
  });

  it('gives up on a long quote fast when it is gone (bounded error budget)', () => {
    const long = 'word '.repeat(400);
    const t = targetFor(long, 0, 1500);
    const other = 'zzzz '.repeat(20000);
    const t0 = performance.now();
    assert.equal(reanchor(other, t), undefined);
    assert.ok(performance.now() - t0 < 1500, `${performance.now() - t0} ms`);
  });
});
