import { describe, expect, it } from 'vitest';
import { WORLD_BOUNDS } from '../map/basemap-style';
import { briefFrame, cameraFrame } from './brief-frame';

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

describe('cameraFrame', () => {
  it('is what a map of that size shows around the centre at that zoom', () => {
    const [w, s, e, n] = cameraFrame({ center: [77, 43], zoom: 6 }, 680, 360);
    // 680 px at zoom 6: 680 / (512 * 64) of the world's 360 degrees.
    expect(e - w).toBeCloseTo((680 / (512 * 64)) * 360, 6);
    expect((w + e) / 2).toBeCloseTo(77, 6);
    expect(s).toBeLessThan(43);
    expect(n).toBeGreaterThan(43);
    // Mercator: the half above the centre is shorter in degrees than the half below.
    expect(n - 43).toBeLessThan(43 - s);
  });

  it('stays on the map when zoomed out', () => {
    expect(cameraFrame({ center: [0, 0], zoom: 0 }, 2000, 2000)).toEqual([-180, -85, 180, 85]);
  });
});
