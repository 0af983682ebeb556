/**
 * Places found by name, offline: a place name as a spreadsheet gives it ("Alexandria",
 * "Rangoon", "Алматы", "Almaty Region", "Tripoli, Lebanon") matched against countries, the
 * first-level regions of every country and the cities of 15,000 people or more, with their names
 * in several languages and former names (PROVENANCE.md). The precision follows what was matched:
 * a country, a region or a city, never finer than the text.
 *
 * Namesakes are chosen between by the row's country when it has one (Alexandria in Egypt, not
 * Virginia), else by size; when no candidate clearly wins, the match is "ambiguous" and carries
 * the candidates, so that the person importing chooses. places.json is some 0.5 MB gzip: this
 * module is loaded by a dynamic import, only for an import that needs it.
 */
import { COUNTRIES, findCountry, type Country } from './countries';
import { nameKey } from './names';
import table from './places.json';

export type PlaceKind = 'city' | 'region' | 'country';

export interface Place {
  kind: PlaceKind;
  /** The place's name in the gazetteer (for a country, its English name). */
  name: string;
  /** ISO 3166-1 alpha-2 of the country it is in. */
  country: string;
  lon: number;
  lat: number;
  /** People, for a city (from GeoNames). */
  population?: number;
}

export interface PlaceMatch {
  /**
   * placed: one place clearly meant; ambiguous: several, `place` is the likeliest of them;
   * not-found: none (`candidates` then lists places of that name in other countries, if any).
   */
  status: 'placed' | 'ambiguous' | 'not-found';
  place?: Place;
  /** Every place the name could be, likeliest first (the chosen one included). */
  candidates: Place[];
}

type Row = [string, string, number, number, ...string[]];
const data = table as unknown as { regions: Row[]; cities: Row[] };

let index: Map<string, Place[]> | undefined;

function add(idx: Map<string, Place[]>, name: string, place: Place): void {
  const k = nameKey(name);
  if (k === '') return;
  const list = idx.get(k);
  if (!list) idx.set(k, [place]);
  else if (!list.includes(place)) list.push(place);
}

function placeIndex(): Map<string, Place[]> {
  if (index) return index;
  index = new Map();
  for (const [country, name, lon, lat, population, ...others] of data.cities) {
    const place: Place = { kind: 'city', name, country, lon, lat, population: 1000 * +population! };
    add(index, name, place);
    for (const o of others) add(index, o, place);
  }
  for (const [country, name, lon, lat, ...others] of data.regions) {
    const place: Place = { kind: 'region', name, country, lon, lat };
    add(index, name, place);
    for (const o of others) add(index, o, place);
  }
  return index;
}

/** Words that say a name is a region: "Almaty Region", "Алматинская область", "محافظة الجيزة". */
const REGION_WORDS =
  /^(?:(?:region|province|oblast|oblysy|governorate|state|department|prefecture|county|district|oblast|область|край|провинция|облысы|штат|محافظة|ولاية|منطقة|province de|región de|provincia de|departamento de|estado de|région|provincia|región|departamento|estado) )|(?: (?:region|province|oblast|oblysy|governorate|state|department|prefecture|county|district|область|край|провинция|облысы|штат|省|州|区))$/u;

/**
 * An Arabic name is written with the article or without it (الخرطوم, خرطوم; البصرة, بصرة): the
 * other form, tried when the name as given is not found.
 */
function otherArticle(k: string): string | undefined {
  if (!/^\p{Script=Arabic}/u.test(k)) return undefined;
  return k.startsWith('ال') ? k.slice(2) : `ال${k}`;
}

function countryPlace(c: Country): Place {
  return { kind: 'country', name: c.names[0]!, country: c.a2, lon: c.p[0], lat: c.p[1] };
}

/** Likeliest first: cities before regions, larger cities first. */
function rank(a: Place, b: Place): number {
  if (a.kind !== b.kind) return a.kind === 'city' ? -1 : 1;
  return (b.population ?? 0) - (a.population ?? 0);
}

/** True when `best` is clearly the place meant among `all`. */
function clearWinner(best: Place, all: Place[]): boolean {
  return all.every(
    (p) =>
      p === best ||
      // A region of the same name in the same country: the city is meant (Almaty, not its oblast).
      (p.kind === 'region' && p.country === best.country && best.kind === 'city') ||
      // A namesake ten times smaller: Alexandria in Egypt, not Louisiana.
      (p.kind === 'city' &&
        best.kind === 'city' &&
        (p.population ?? 0) * 10 <= (best.population ?? 0)),
  );
}

function decide(candidates: Place[]): PlaceMatch {
  const sorted = [...candidates].sort(rank);
  const best = sorted[0];
  if (!best) return { status: 'not-found', candidates: [] };
  return {
    status: clearWinner(best, sorted) ? 'placed' : 'ambiguous',
    place: best,
    candidates: sorted,
  };
}

/**
 * The place a name means, within `country` (an ISO alpha-2 code) when given. A name that is a
 * country's is that country. "Name, Country" is read as the name within that country.
 */
export function matchPlace(text: string, country?: string): PlaceMatch {
  const t = text.trim();
  if (t === '') return { status: 'not-found', candidates: [] };
  const whole = findCountry(t);
  // A country's name is the country, unless the row is in another one (Georgia, US).
  if (whole && (country === undefined || whole.a2 === country))
    return { status: 'placed', place: countryPlace(whole), candidates: [countryPlace(whole)] };
  const comma = t.lastIndexOf(',');
  if (comma > 0 && country === undefined) {
    const tail = findCountry(t.slice(comma + 1));
    if (tail) return matchPlace(t.slice(0, comma), tail.a2);
  }
  const idx = placeIndex();
  const k = nameKey(t);
  let all = idx.get(k) ?? [];
  const article = otherArticle(k);
  if (all.length === 0 && article) all = idx.get(article) ?? [];
  if (all.length === 0) {
    const bare = k.replace(REGION_WORDS, '').trim();
    if (bare !== k) all = (idx.get(bare) ?? []).filter((p) => p.kind === 'region');
  }
  if (all.length === 0 && comma > 0) {
    // "Alexandria, Virginia": the name within the country of the region named after it.
    const region = (idx.get(nameKey(t.slice(comma + 1))) ?? []).find((p) => p.kind === 'region');
    if (region) return matchPlace(t.slice(0, comma), country ?? region.country);
  }
  if (country === undefined) return decide(all);
  const inCountry = all.filter((p) => p.country === country);
  if (inCountry.length) return decide(inCountry);
  return { status: 'not-found', candidates: [...all].sort(rank) };
}

/** The country table's places (for tests and the fixture's report). */
export const GAZETTEER_SIZE = {
  countries: COUNTRIES.length,
  regions: data.regions.length,
  cities: data.cities.length,
};
