import { describe, expect, it } from 'vitest';
import { LOCATION_PRECISIONS } from '../filter/event-index';
import { shapePath } from '../ui/palette';
import { briefLook, hollowPath } from './brief-marks';

const look = (p: string) => briefLook(LOCATION_PRECISIONS.indexOf(p as never));

describe('briefLook', () => {
  it('draws a stated place as a point or an area, and an unstated one as its own look', () => {
    expect(look('exact')).toBe('point');
    expect(look('city')).toBe('point');
    expect(look('region')).toBe('area');
    expect(look('country')).toBe('area');
    // Not a region: nothing says how far the place may be from its point.
    expect(look('unknown')).toBe('unstated');
  });
});

describe('hollowPath', () => {
  it('is the shape and a smaller copy of it inside, two closed rings', () => {
    for (const shape of ['circle', 'square', 'triangle'] as const) {
      const d = hollowPath(shape, 5);
      expect(d.startsWith(shapePath(shape, 5))).toBe(true);
      expect(d.match(/M/g)).toHaveLength(2);
      expect(d.match(/Z/g)).toHaveLength(2);
      expect(d.endsWith(shapePath(shape, 2.75))).toBe(true);
    }
  });
});
