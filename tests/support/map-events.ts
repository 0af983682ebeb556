/**
 * Small seed-like datasets for the map's unit tests and its browser harness: several events on
 * Almaty's centre, one in Almaty region, two movements, three nationwide, and a synthetic
 * generator for the 100,000-event benchmark (seeded, so runs compare).
 */
import { buildEventIndex, type EventIndex } from '../../src/lib/filter/event-index';
import type { EventFeature, LocationPrecision, Place } from '../../src/lib/model/schema';

export const TEST_CATEGORIES = [
  { id: 'detention', label: 'Detention' },
  { id: 'torture', label: 'Torture' },
  { id: 'death', label: 'Death in custody' },
  { id: 'extradition', label: 'Extradition' },
  { id: 'protest', label: 'Protest' },
  { id: 'reprisal', label: 'Reprisal' },
  { id: 'impunity', label: 'Impunity' },
  { id: 'other', label: 'Other' },
];

const ALMATY: [number, number] = [76.9286, 43.2567];

function event(
  id: string,
  category: string,
  start: string,
  place: Place,
  coordinates: [number, number] | null,
): EventFeature {
  return {
    type: 'Feature',
    id,
    geometry: coordinates ? { type: 'Point', coordinates } : null,
    properties: {
      title: { en: `Event ${id}`, ru: `Событие ${id}` },
      date: { start },
      place,
      category,
      articles: [1],
      status: 'reported',
    },
  };
}

const cityPlace = (name: string): Place => ({ name, country: 'KZ', precision: 'city' });

export function seedLikeEvents(): EventFeature[] {
  const cats = TEST_CATEGORIES.map((c) => c.id);
  const out: EventFeature[] = [];
  for (let k = 0; k < 7; k++)
    out.push(
      event(
        `almaty-${k}`,
        cats[k % cats.length]!,
        `2022-01-${String(k + 3).padStart(2, '0')}`,
        cityPlace('Almaty'),
        ALMATY,
      ),
    );
  out.push(
    event(
      'almaty-region',
      'torture',
      '2022-01-06',
      { name: 'Almaty Region', country: 'KZ', precision: 'region' },
      [77.9, 44.6],
    ),
  );
  out.push(
    event(
      'taldykorgan-exact',
      'protest',
      '2022-01-05T14:30+06:00',
      { name: 'Taldykorgan, main square', country: 'KZ', precision: 'exact' },
      [78.3739, 45.0156],
    ),
  );
  out.push(
    event(
      'extradition-cn',
      'extradition',
      '2021-03',
      {
        name: 'Almaty → Ürümqi',
        country: 'KZ',
        precision: 'city',
        origin: { name: 'Almaty', country: 'KZ', coordinates: ALMATY, precision: 'city' },
        destination: {
          name: 'Ürümqi',
          country: 'CN',
          coordinates: [87.6168, 43.8256],
          precision: 'city',
        },
      },
      ALMATY,
    ),
  );
  out.push(
    event(
      'deportation-uz',
      'extradition',
      '2019',
      {
        name: 'Kazakhstan → Uzbekistan',
        country: 'KZ',
        precision: 'country',
        origin: {
          name: 'Kazakhstan',
          country: 'KZ',
          coordinates: [67.0, 48.0],
          precision: 'country',
        },
        destination: {
          name: 'Uzbekistan',
          country: 'UZ',
          coordinates: [64.5, 41.4],
          precision: 'country',
        },
      },
      null,
    ),
  );
  for (let k = 0; k < 3; k++)
    out.push(
      event(
        `nationwide-${k}`,
        cats[k]!,
        `2022-0${k + 1}`,
        { name: 'Kazakhstan', country: 'KZ', precision: 'country' },
        null,
      ),
    );
  out.push(
    event(
      'withheld',
      'reprisal',
      '2022-02-10',
      { name: 'Withheld', country: 'KZ', precision: 'exact', withheld: true },
      [71.4, 51.1],
    ),
  );
  return out;
}

export function indexOf(events: EventFeature[]): EventIndex {
  return buildEventIndex(events, {
    articles: [{ number: 1, title: 'Definition', obliges: 'x' }],
    categories: TEST_CATEGORIES,
    sources: [],
  });
}

/** Kazakh cities (lon, lat) synthetic events are placed around. */
const CITIES: [number, number][] = [
  ALMATY,
  [71.4491, 51.1694],
  [69.5901, 42.3417],
  [73.0877, 49.8047],
  [57.1669, 50.2839],
  [51.9238, 47.1167],
  [63.6246, 44.8488],
  [80.2275, 50.4111],
  [76.9674, 52.2873],
  [51.3667, 51.2333],
  [71.3667, 42.9],
  [63.5803, 53.2144],
  [69.1505, 54.8754],
  [82.6149, 49.9489],
  [78.3739, 45.0156],
];

/** A seeded linear congruential generator (same constants as d3.randomLcg). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 4294967296;
}

/**
 * n synthetic events: half exact (scattered within ~60 km of a city), a third city-level, the
 * rest region-level, a few nationwide and a few movements; dates over 2014-2023.
 */
export function syntheticEvents(n: number, seed = 1): EventFeature[] {
  const rnd = lcg(seed);
  const out: EventFeature[] = [];
  for (let k = 0; k < n; k++) {
    const [clon, clat] = CITIES[Math.floor(rnd() * CITIES.length)]!;
    const r = rnd();
    const precision: LocationPrecision =
      r < 0.5 ? 'exact' : r < 0.83 ? 'city' : r < 0.97 ? 'region' : 'country';
    const coords: [number, number] | null =
      precision === 'exact'
        ? [clon + (rnd() - 0.5) * 1.2, clat + (rnd() - 0.5) * 0.8]
        : precision === 'city'
          ? [clon, clat]
          : precision === 'region'
            ? [clon + 0.8, clat + 0.6]
            : null;
    const y = 2014 + Math.floor(rnd() * 10);
    const mo = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const cat = TEST_CATEGORIES[Math.floor(rnd() * TEST_CATEGORIES.length)]!.id;
    const place: Place = { name: `Place ${k % 997}`, country: 'KZ', precision };
    if (cat === 'extradition' && rnd() < 0.05) {
      const [dlon, dlat] = CITIES[Math.floor(rnd() * CITIES.length)]!;
      place.origin = { name: 'From', country: 'KZ', coordinates: [clon, clat], precision: 'city' };
      place.destination = {
        name: 'To',
        country: 'CN',
        coordinates: [dlon + 8, dlat + 1],
        precision: 'city',
      };
    }
    out.push(event(`s${k}`, cat, `${y}-${mo}-${d}`, place, coords));
  }
  return out;
}
