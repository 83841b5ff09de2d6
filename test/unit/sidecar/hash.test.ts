import assert from 'node:assert/strict';
import { fnv1a32, fnv1a64, utf8Length } from '../../../src/core/sidecar/hash';

describe('sidecar hash', () => {
  const cases: Array<[string, string, string]> = [
    ['', 'cbf29ce484222325', '811c9dc5'],
    ['a', 'af63dc4c8601ec8c', 'e40c292c'],
    ['foobar', '85944171f73967e8', 'bf9cf968'],
  ];
  for (const [text, h64, h32] of cases) {
    it(`FNV-1a of ${JSON.stringify(text)} matches the published vectors`, () => {
      assert.equal(fnv1a64(text), h64);
      assert.equal(fnv1a32(text), h32);
    });
  }
  it('hashes UTF-8 bytes (as Node would), surrogate pairs included', () => {
    for (const text of ['Šakalienė', '“quote”', '😀 x', 'a\u{10FFFF}b']) {
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'));
      let h = 0xcbf29ce484222325n;
      for (const b of Buffer.from(text, 'utf8')) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
      assert.equal(fnv1a64(text), h.toString(16).padStart(16, '0'));
    }
  });
});
