import { describe, expect, it } from 'vitest';
import {
  CITY,
  COUNTRY,
  EXACT,
  isMapped,
  precisionRadius,
  REGION,
  UNSTATED,
} from './precision-radius';

describe('precision radius', () => {
  it('draws exact places as a mark only, cities, regions and countries as discs of growing size', () => {
    expect(precisionRadius(EXACT)).toBe(0);
    expect(precisionRadius(CITY)).toBeGreaterThanOrEqual(10_000);
    expect(precisionRadius(CITY)).toBeLessThanOrEqual(15_000);
    expect(precisionRadius(REGION)).toBeGreaterThanOrEqual(100_000);
    expect(precisionRadius(COUNTRY)).toBeGreaterThan(precisionRadius(REGION));
  });

  it('gives a place of unstated precision no disc: no extent is known', () => {
    expect(precisionRadius(UNSTATED)).toBe(0);
  });

  it('maps every event with coordinates, whatever its precision, and none without', () => {
    expect(isMapped(76.9, 43.2)).toBe(true);
    expect(isMapped(-179.9, 78.2)).toBe(true);
    expect(isMapped(NaN, NaN)).toBe(false);
    expect(isMapped(76.9, NaN)).toBe(false);
  });
});
