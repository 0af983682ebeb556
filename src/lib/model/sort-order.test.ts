import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedBy } from './sort-order';

describe('a stable sort by a number', () => {
  it('orders by the key, equal keys (0 and -0 too) in their first order', () => {
    const keys = Float64Array.of(3, -1, 0, -0, 2.5, -Infinity, Infinity, 3, -1e-300, 1e300);
    expect([...sortedBy(keys)]).toEqual([5, 1, 8, 2, 3, 4, 0, 7, 9, 6]);
    expect([...sortedBy(keys, Uint32Array.of(7, 3, 0, 2))]).toEqual([3, 2, 7, 0]);
    expect([...sortedBy(new Float64Array(0))]).toEqual([]);
  });

  it('gives what a comparison sort gives, and sorts by two keys when applied twice', () => {
    const key = fc.oneof(
      fc.constantFrom(0, -0, 1, -1, 1.5e12, -4.1e12),
      fc.double({ noNaN: true }),
      fc.integer({ min: -5, max: 5 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, key), { maxLength: 80 }), (pairs) => {
        const a = Float64Array.from(pairs, (p) => p[0]);
        const b = Float64Array.from(pairs, (p) => p[1]);
        const ids = Uint32Array.from(pairs.keys());
        expect([...sortedBy(a)]).toEqual([...ids].sort((x, y) => a[x]! - a[y]! || x - y));
        expect([...sortedBy(a, sortedBy(b))]).toEqual(
          [...ids].sort((x, y) => a[x]! - a[y]! || b[x]! - b[y]! || x - y),
        );
      }),
    );
  });
});
