import { describe, expect, it } from 'vitest';
import {
  latFromMercatorY,
  lonFromMercatorX,
  mercatorPerMetre,
  mercatorPerPixel,
  mercatorX,
  mercatorY,
} from './mercator';

describe('mercator', () => {
  it('puts the origin in the middle of the unit square and round-trips', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    const [lon, lat] = [76.9286, 43.2567];
    expect(lonFromMercatorX(mercatorX(lon))).toBeCloseTo(lon, 9);
    expect(latFromMercatorY(mercatorY(lat))).toBeCloseTo(lat, 9);
    expect(mercatorY(60)).toBeLessThan(mercatorY(40));
  });

  it('stretches metres away from the equator and halves pixels per zoom level', () => {
    expect(mercatorPerMetre(60) / mercatorPerMetre(0)).toBeCloseTo(2, 9);
    expect(mercatorPerPixel(1) / mercatorPerPixel(2)).toBe(2);
    expect(mercatorPerPixel(0)).toBe(1 / 512);
  });
});
