import { describe, expect, it } from 'vitest';
import { CITY, EXACT, isMapped, precisionRadius, REGION } from './precision-radius';
import { LOCATION_PRECISIONS } from '../filter/event-index';

describe('precision radius', () => {
  it('draws exact places as a mark only, cities and regions as discs of growing size', () => {
    expect(precisionRadius(EXACT)).toBe(0);
    expect(precisionRadius(CITY)).toBeGreaterThanOrEqual(10_000);
    expect(precisionRadius(CITY)).toBeLessThanOrEqual(15_000);
    expect(precisionRadius(REGION)).toBeGreaterThanOrEqual(100_000);
  });

  it('maps only located events no coarser than a region', () => {
    const p = (name: string) => LOCATION_PRECISIONS.indexOf(name as 'exact');
    expect(isMapped(76.9, 43.2, p('exact'))).toBe(true);
    expect(isMapped(76.9, 43.2, p('region'))).toBe(true);
    expect(isMapped(76.9, 43.2, p('country'))).toBe(false);
    expect(isMapped(76.9, 43.2, p('unknown'))).toBe(false);
    expect(isMapped(NaN, NaN, p('city'))).toBe(false);
  });
});
