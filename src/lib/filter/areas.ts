/**
 * Events by area, for the map's counts by region and the region filter. Each event is placed in a
 * region once per dataset (a point-in-polygon test per located event); the counts for a visible
 * set are then one pass over two typed arrays, cheap enough for every brush step.
 *
 * An area code is a region's code ("KAZ-1242") or a country's ISO alpha-2 code ("KZ").
 */
import type { RegionSet } from '../geo/regions';
import { LOCATION_PRECISIONS, type EventIndex } from './event-index';
import { everyEvent } from './every';

export interface AreaIndex {
  regions: RegionSet;
  /** The region index of each event, -1 for none (unlocated, at sea, known only by country). */
  regionOf: Int32Array;
  /** The index into `countries` of each event, -1 for none. */
  countryOf: Int32Array;
  /** The countries events are in, ISO alpha-2. */
  countries: readonly string[];
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Whether an area code names a country (rather than a region). */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODE.test(code);
}

/**
 * Places every event. An event known only to its country is in no region (its point is not where
 * it happened), but is in its country. The country is the event's own code where it has one, else
 * its region's.
 */
export function buildAreaIndex(ix: EventIndex, regions: RegionSet): AreaIndex {
  const regionOf = new Int32Array(ix.n).fill(-1);
  const countryOf = new Int32Array(ix.n).fill(-1);
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const countryPrecision = LOCATION_PRECISIONS.indexOf('country');
  for (let i = 0; i < ix.n; i++) {
    const r = regions.locate(ix.lon[i]!, ix.lat[i]!);
    if (ix.locationPrecision[i] !== countryPrecision) regionOf[i] = r;
    const iso = ix.events[i]!.properties.place.country ?? (r >= 0 ? regions.regions[r]!.iso : '');
    if (!iso) continue;
    let c = countryIndex.get(iso);
    if (c === undefined) {
      c = countries.length;
      countries.push(iso);
      countryIndex.set(iso, c);
    }
    countryOf[i] = c;
  }
  return { regions, regionOf, countryOf, countries };
}

/**
 * 1 for each event in one of the areas (regions or countries); every event passes when `codes` is
 * empty, or while the regions are not loaded yet (`areas` null).
 */
export function areaMask(n: number, areas: AreaIndex | null, codes: readonly string[]): Uint8Array {
  if (!codes.length || !areas) return everyEvent(n);
  const out = new Uint8Array(n);
  const regionSel = new Uint8Array(areas.regions.regions.length);
  const countrySel = new Uint8Array(areas.countries.length);
  for (const code of codes) {
    if (isCountryCode(code)) {
      const c = areas.countries.indexOf(code);
      if (c >= 0) countrySel[c] = 1;
    } else {
      const r = areas.regions.byCode.get(code);
      if (r !== undefined) regionSel[r] = 1;
    }
  }
  for (let i = 0; i < n; i++) {
    const r = areas.regionOf[i]!;
    const c = areas.countryOf[i]!;
    out[i] = (r >= 0 && regionSel[r]) || (c >= 0 && countrySel[c]) ? 1 : 0;
  }
  return out;
}

export interface AreaCounts {
  /** Events by region code (regions with none are absent). */
  regions: Map<string, number>;
  /** Events by country code. */
  countries: Map<string, number>;
  /** Events counted by country that are in no region (known only by country, say). */
  outsideRegions: number;
}

/** Counts the events `pass` marks with 1, by region and by country. */
export function countAreas(areas: AreaIndex, pass: Uint8Array): AreaCounts {
  const byRegion = new Uint32Array(areas.regions.regions.length);
  const byCountry = new Uint32Array(areas.countries.length);
  let outsideRegions = 0;
  for (let i = 0; i < pass.length; i++) {
    if (!pass[i]) continue;
    const r = areas.regionOf[i]!;
    const c = areas.countryOf[i]!;
    if (r >= 0) byRegion[r]!++;
    if (c >= 0) {
      byCountry[c]!++;
      if (r < 0) outsideRegions++;
    }
  }
  const regions = new Map<string, number>();
  byRegion.forEach((count, r) => count && regions.set(areas.regions.regions[r]!.code, count));
  const countries = new Map<string, number>();
  byCountry.forEach((count, c) => count && countries.set(areas.countries[c]!, count));
  return { regions, countries, outsideRegions };
}
