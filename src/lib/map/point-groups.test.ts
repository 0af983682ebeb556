import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsByPlace } from './point-groups';

/** The groups as a Map of text keys numbers them (the way before). */
function byText(rows: Int32Array, lon: Float64Array, lat: Float64Array) {
  const ids = new Map<string, number>();
  const group = Array.from(rows, (i) => {
    const key = `${lon[i]}:${lat[i]}`;
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key)!;
  });
  return { group, count: ids.size };
}

describe('events grouped by their coordinates', () => {
  it('numbers the places in order of first appearance, 0 and -0 alike', () => {
    const lon = Float64Array.of(76.9, 80, 76.9, -0, 0, 76.9);
    const lat = Float64Array.of(43.25, 44, 43.25, 10, 10, 43.25);
    const rows = Int32Array.of(5, 0, 1, 2, 3, 4);
    expect(groupsByPlace(rows, lon, lat)).toEqual({
      group: Int32Array.of(0, 0, 1, 0, 2, 2),
      count: 3,
    });
    expect(groupsByPlace(new Int32Array(0), lon, lat).count).toBe(0);
  });

  it('groups as text keys made of the numbers would', () => {
    const coordinate = fc.oneof(
      fc.constantFrom(0, -0, 76.9, 43.25, 1e-7),
      fc.double({ min: -180, max: 180, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate), {
          maxLength: 60,
        }),
        (points) => {
          const lon = Float64Array.from(points, (p) => p[0]);
          const lat = Float64Array.from(points, (p) => p[1]);
          // Repeat some points so that most places have several events.
          const rows = Int32Array.from({ length: 2 * points.length }, (_, k) => k % points.length);
          const got = groupsByPlace(rows, lon, lat);
          expect({ group: [...got.group], count: got.count }).toEqual(byText(rows, lon, lat));
        },
      ),
    );
  });
});
