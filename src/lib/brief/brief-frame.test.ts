import { describe, expect, it } from 'vitest';
import { WORLD_BOUNDS } from '../map/basemap-style';
import { briefFrame } from './brief-frame';

describe('briefFrame', () => {
  it('is the whole world when no event is located', () => {
    expect(briefFrame([])).toEqual(WORLD_BOUNDS);
  });

  it('frames the events with a margin, wherever they are', () => {
    const [w, s, e, n] = briefFrame([
      [-70, -33],
      [-58, -34],
    ]);
    expect(w).toBeLessThan(-70);
    expect(e).toBeGreaterThan(-58);
    expect(s).toBeLessThan(-34);
    expect(n).toBeGreaterThan(-33);
    expect(e - w).toBeLessThan(20);
  });

  it('shows one event with its surroundings, and stays on the map', () => {
    const [w, s, e, n] = briefFrame([[178.44, -18.14]]);
    expect(e - w).toBeGreaterThan(2);
    expect(n - s).toBeGreaterThanOrEqual(3);
    expect(e).toBeLessThanOrEqual(180);
    expect(briefFrame([[0, 89]])[3]).toBeLessThanOrEqual(85);
  });
});
