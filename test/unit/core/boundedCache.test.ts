import assert from 'node:assert/strict';
import { BoundedCache } from '../../../src/core/boundedCache';

describe('BoundedCache', () => {
  it('forgets the least recently used entry past its capacity', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.get('a'), 1); // a is now more recent than b
    cache.set('c', 3);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('c'), 3);
    assert.equal(cache.size, 2);
  });

  it('replaces a value without growing, and deletes and clears', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    assert.equal(cache.size, 1);
    assert.equal(cache.get('a'), 2);
    cache.delete('a');
    assert.equal(cache.get('a'), undefined);
    cache.set('b', 1);
    cache.clear();
    assert.equal(cache.size, 0);
  });
});
