import { describe, expect, it } from 'vitest';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { worldRegions } from '../../../tests/support/regions';
import { areaMask, buildAreaIndex, countAreas, isCountryCode } from './areas';
import { buildEventIndex } from './event-index';
import { combine, exceptArea, facetMasks, NO_FILTERS } from './visible';

const events = [
  makeEvent('almaty-1', { category: 'torture' }),
  makeEvent('almaty-2', { category: 'protest' }),
  makeEvent('astana', {
    lonlat: [71.43, 51.13],
    place: { name: 'Astana', country: 'KZ', precision: 'city' },
  }),
  // Known only by country: drawn at a point inside Kazakhstan, counted by country, in no region.
  makeEvent('kz-country', {
    lonlat: [67, 48],
    place: { name: 'Kazakhstan', country: 'KZ', precision: 'country' },
  }),
  makeEvent('suva', {
    lonlat: [178.44, -18.14],
    place: { name: 'Suva', precision: 'city' },
  }),
  makeEvent('sea', { lonlat: [-30, 0], place: { name: 'At sea', precision: 'exact' } }),
  makeEvent('unlocated', { lonlat: null }),
];
const ix = buildEventIndex(events, DESCRIPTION);
const regions = worldRegions();
const areas = buildAreaIndex(ix, regions);
const all = new Uint8Array(ix.n).fill(1);
const regionOf = (id: string) => {
  const r = areas.regionOf[ix.byId.get(id)!]!;
  return r < 0 ? null : regions.regions[r]!;
};

describe('buildAreaIndex', () => {
  it('puts each located event in its region, and its country', () => {
    expect(regionOf('almaty-1')?.iso).toBe('KZ');
    expect(regionOf('almaty-1')).toBe(regionOf('almaty-2'));
    expect(regionOf('astana')).not.toBe(regionOf('almaty-1'));
    expect(regionOf('suva')?.iso).toBe('FJ');
  });

  it('puts an event known only by country in no region, but in its country', () => {
    expect(regionOf('kz-country')).toBeNull();
    expect(areas.countries[areas.countryOf[ix.byId.get('kz-country')!]!]).toBe('KZ');
  });

  it('takes the country from the region when the event has none', () => {
    expect(areas.countries[areas.countryOf[ix.byId.get('suva')!]!]).toBe('FJ');
  });

  it('puts an event at sea, or unlocated with no country, nowhere', () => {
    expect(regionOf('sea')).toBeNull();
    expect(areas.countryOf[ix.byId.get('sea')!]).toBe(-1);
    expect(regionOf('unlocated')).toBeNull();
  });
});

describe('countAreas', () => {
  it('counts the events by region and by country', () => {
    const c = countAreas(areas, all);
    expect(c.regions.get(regionOf('almaty-1')!.code)).toBe(2);
    expect(c.regions.get(regionOf('astana')!.code)).toBe(1);
    expect(c.regions.get(regionOf('suva')!.code)).toBe(1);
    // Two in Almaty, Astana, the nationwide one, and the unlocated one (its country is KZ).
    expect(c.countries.get('KZ')).toBe(5);
    expect(c.countries.get('FJ')).toBe(1);
    expect(c.outsideRegions).toBe(2);
    expect([...c.regions.values()].every((n) => n > 0)).toBe(true);
  });

  it('follows a filter', () => {
    const m = facetMasks(ix, { ...NO_FILTERS, categories: ['torture'] }, DESCRIPTION);
    const c = countAreas(areas, exceptArea(ix, m, null));
    expect(c.regions.get(regionOf('almaty-1')!.code)).toBe(1);
    expect(c.regions.has(regionOf('astana')!.code)).toBe(false);
  });

  it('follows the time window', () => {
    const m = facetMasks(ix, NO_FILTERS, DESCRIPTION);
    const c = countAreas(areas, exceptArea(ix, m, [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]));
    expect(c.regions.size).toBe(0);
  });
});

describe('the area filter', () => {
  const ids = (mask: Uint8Array) => ix.ids.filter((_, i) => mask[i]);

  it('keeps the events of a region, or of a country', () => {
    const almaty = regionOf('almaty-1')!.code;
    expect(ids(areaMask(ix.n, areas, [almaty]))).toEqual(['almaty-1', 'almaty-2']);
    expect(ids(areaMask(ix.n, areas, ['FJ']))).toEqual(['suva']);
    expect(isCountryCode('FJ')).toBe(true);
    expect(isCountryCode(almaty)).toBe(false);
  });

  it('passes every event while the regions are not loaded, or with no area chosen', () => {
    expect(ids(areaMask(ix.n, null, ['KZ'])).length).toBe(ix.n);
    expect(ids(areaMask(ix.n, areas, [])).length).toBe(ix.n);
  });

  it('narrows the visible set, and leaves the counts by region to the other filters', () => {
    const almaty = regionOf('almaty-1')!.code;
    const m = facetMasks(ix, { ...NO_FILTERS, areas: [almaty] }, { ...DESCRIPTION, areas });
    expect(ids(combine(m))).toEqual(['almaty-1', 'almaty-2']);
    expect(countAreas(areas, exceptArea(ix, m, null)).regions.size).toBe(3);
  });
});
