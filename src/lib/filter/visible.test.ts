import { describe, expect, it } from 'vitest';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { buildEventIndex } from './event-index';
import {
  applyTime,
  combine,
  facetCounts,
  facetMasks,
  NO_FILTERS,
  timeMask,
  visibleInTimeOrder,
  type Filters,
} from './visible';

const events = [
  makeEvent('a', {
    articles: [2, 11],
    category: 'protest',
    date: { start: '2022-01-04', end: '2022-01-10' },
  }),
  makeEvent('b', {
    articles: [2],
    category: 'torture',
    title: 'Détenu battu à Алматы',
    date: { start: '2022-01-06' },
  }),
  makeEvent('c', {
    articles: [3],
    category: 'deportation',
    date: { start: '2022-01' },
    lonlat: [87.6, 43.8],
    place: { name: 'Urumqi', country: 'CN', precision: 'city' },
  }),
  makeEvent('d', { articles: [11], category: 'torture', date: { start: '2019-07' }, lonlat: null }),
  makeEvent('e', {
    articles: [2],
    category: 'protest',
    date: { start: '1998-08' },
    persons: [{ name: 'Secret Witness', role: 'witness', sensitive: true }],
  }),
];
const ix = buildEventIndex(events, DESCRIPTION);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

function visibleIds(f: Filters): string[] {
  const m = facetMasks(ix, f, DESCRIPTION);
  const out = new Uint8Array(ix.n);
  applyTime(ix, combine(m), f.time, out);
  return ix.ids.filter((_, i) => out[i]);
}

describe('visible set', () => {
  it('shows everything with no filter', () => {
    expect(visibleIds(NO_FILTERS)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('ORs within the article facet and ANDs across facets', () => {
    expect(visibleIds({ ...NO_FILTERS, articles: [3, 11] })).toEqual(['a', 'c', 'd']);
    expect(visibleIds({ ...NO_FILTERS, articles: [3, 11], categories: ['torture'] })).toEqual([
      'd',
    ]);
  });

  it('keeps events that overlap the time window, ranges and whole months included', () => {
    // 8 January is inside the range a (4-10 January) and inside the month-precision event c.
    expect(visibleIds({ ...NO_FILTERS, time: [day('2022-01-08'), day('2022-01-09')] })).toEqual([
      'a',
      'c',
    ]);
    // The window ends where b's day starts: b is not in it (half-open intervals).
    expect(visibleIds({ ...NO_FILTERS, time: [day('2022-01-01'), day('2022-01-06')] })).toEqual([
      'a',
      'c',
    ]);
  });

  it('searches case-, accent- and script-insensitively, every word', () => {
    expect(visibleIds({ ...NO_FILTERS, text: 'DETENU алматы' })).toEqual(['b']);
    expect(visibleIds({ ...NO_FILTERS, text: 'urumqi' })).toEqual(['c']);
    // The title says Алматы; the Latin spelling and the city's former name find it too.
    expect(visibleIds({ ...NO_FILTERS, text: 'détenu Almaty' })).toEqual(['b']);
    expect(visibleIds({ ...NO_FILTERS, text: 'détenu Алма-Ата' })).toEqual(['b']);
  });

  it('does not find events by a name that is withheld', () => {
    expect(visibleIds({ ...NO_FILTERS, text: 'secret witness' })).toEqual([]);
  });

  it('keeps unlocated events when limited to the map view', () => {
    expect(visibleIds({ ...NO_FILTERS, bounds: [70, 40, 80, 45] })).toEqual(['a', 'b', 'd', 'e']);
  });

  it('filters by place', () => {
    expect(visibleIds({ ...NO_FILTERS, places: ['Urumqi'] })).toEqual(['c']);
  });
});

describe('facet counts', () => {
  it('counts an event under several articles once under each', () => {
    const c = facetCounts(
      ix,
      facetMasks(ix, NO_FILTERS, DESCRIPTION),
      timeMask(ix, null),
      DESCRIPTION,
    );
    // a (2, 11), b (2), c (3), d (11), e (2).
    expect([...c.articles]).toEqual([
      [2, 3],
      [3, 1],
      [11, 2],
    ]);
  });

  it('counts each value under the other active filters', () => {
    const f: Filters = {
      ...NO_FILTERS,
      articles: [2],
      categories: ['torture'],
      time: [day('2022-01-01'), day('2022-02-01')],
    };
    const m = facetMasks(ix, f, DESCRIPTION);
    const c = facetCounts(ix, m, timeMask(ix, f.time), DESCRIPTION);
    // Articles under category torture in January 2022: b (art. 2). d is in 2019.
    expect([...c.articles]).toEqual([
      [2, 1],
      [3, 0],
      [11, 0],
    ]);
    // Categories under article 2 in January 2022: a (protest), b (torture).
    expect([...c.categories]).toEqual([
      ['protest', 1],
      ['torture', 1],
      ['deportation', 0],
    ]);
  });
});

describe('time order', () => {
  it('orders visible events by start, then end', () => {
    const all = new Uint8Array(ix.n).fill(1);
    expect(visibleInTimeOrder(ix, all).map((i) => ix.ids[i])).toEqual(['e', 'd', 'c', 'a', 'b']);
  });
});
