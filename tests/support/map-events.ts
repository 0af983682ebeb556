/**
 * Small seed-like datasets for the map's unit tests and its browser harness: several events on
 * Almaty's centre, one in Almaty region, two movements, three nationwide, and a synthetic
 * generator for the 100,000-event benchmark (seeded, so runs compare).
 */
import { buildEventIndex, type EventIndex } from '../../src/lib/filter/event-index';
import type { EventFeature, Place } from '../../src/lib/model/schema';

const TEST_CATEGORIES = [
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
