import { describe, expect, it } from 'vitest';
import type { ArrowPath } from './arcs';
import { RouteCache, routes } from './movement-arrows';

/** An arrow in "pixels" already (the projection is the identity). */
const arrow = (i: number, from: [number, number], to: [number, number], color = '#0072B2') =>
  ({
    i,
    x0: from[0],
    y0: from[1],
    cx: (from[0] + to[0]) / 2,
    cy: (from[1] + to[1]) / 2 - 10,
    x2: to[0],
    y2: to[1],
    color,
    dashed: false,
    look: color === '#0072B2' ? 0 : 2,
    rotate: 0,
  }) satisfies ArrowPath;
const identity = (x: number, y: number): [number, number] => [x, y];

describe('routes', () => {
  it('draws once the movements of one look between the same two pixels, and counts them', () => {
    const r = routes(
      [
        arrow(0, [10, 10], [100, 50]),
        arrow(1, [10.2, 9.9], [100.3, 50.1]),
        arrow(2, [10, 10], [100, 50], '#D55E00'),
        arrow(3, [10, 10], [140, 50]),
        arrow(4, [9.8, 10], [99.9, 50]),
      ],
      identity,
    );
    expect(r.map((x) => [x.arrow.i, x.count])).toEqual([
      [0, 3],
      [2, 1],
      [3, 1],
    ]);
  });

  it('keeps apart the ends of arrows that reach in from off the canvas', () => {
    const r = routes([arrow(0, [-300, 10], [50, 50]), arrow(1, [-900, 10], [50, 50])], identity);
    expect(r).toHaveLength(2);
  });

  it('groups the same with a cache kept across calls, whatever subset each call gets', () => {
    const all = Array.from({ length: 400 }, (_, i) =>
      arrow(i, [i % 40, (i * 3) % 2], [100 + ((i * 5) % 3), 50], i % 3 ? '#0072B2' : '#D55E00'),
    );
    const cache = new RouteCache();
    const summary = (r: ReturnType<typeof routes>) => r.map((x) => [x.arrow.i, x.count]);
    for (let k = 0; k < 20; k++) {
      const subset = all.filter((a) => (a.i * 7 + k * 13) % 5 < 1 + (k % 4));
      expect(summary(routes(subset, identity, cache))).toEqual(summary(routes(subset, identity)));
    }
    // A new camera: the cache is cleared, and the routes follow the new projection.
    cache.clear();
    const doubled = (x: number, y: number): [number, number] => [2 * x, 2 * y];
    expect(summary(routes(all, doubled, cache))).toEqual(summary(routes(all, doubled)));
  });
});
