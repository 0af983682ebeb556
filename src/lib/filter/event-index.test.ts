import { describe, expect, it, vi } from 'vitest';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { fold } from '../i18n/fold';
import { buildEventIndex, DATE_PRECISIONS, LOCATION_PRECISIONS } from './event-index';

vi.mock('../i18n/fold', async (actual) => {
  const real = await actual<typeof import('../i18n/fold')>();
  return { fold: vi.fn(real.fold) };
});

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

const events = [
  makeEvent('b', {
    title: { en: 'Beaten in detention', ru: 'Избит под стражей' },
    summary: 'Reported by his lawyer',
    date: { start: '2022-01-06', approximate: true },
    category: 'torture',
    articles: [2, 11],
    persons: [
      { name: 'Open Name', role: 'victim' },
      { name: 'Hidden Name', role: 'witness', sensitive: true },
    ],
    perpetrators: ['Police of Almaty', { en: 'Guards', ru: 'Охрана' }],
    sources: ['src1'],
  }),
  makeEvent('a', {
    date: { start: '2022-01-06', end: '2022-01-10' },
    category: 'deportation',
    articles: [3, 7],
    place: {
      name: { en: 'Border', ru: 'Граница' },
      country: 'KZ',
      precision: 'exact',
      origin: { name: 'Khorgos', country: 'KZ', precision: 'city', coordinates: [80.4, 44.2] },
      destination: { name: 'Urumqi', country: 'CN', precision: 'city', coordinates: [87.6, 43.8] },
    },
    lonlat: [80.4, 44.2],
  }),
  makeEvent('c', {
    date: { start: '2021-12' },
    place: { name: 'Almaty', country: 'KZ', precision: 'city', withheld: true },
  }),
  makeEvent('d', { date: { start: '2022-01-06' }, lonlat: null }),
];

describe('the event index', () => {
  const ix = buildEventIndex(events, DESCRIPTION);

  it('holds each event in columns, row i for events[i]', () => {
    expect(ix.n).toBe(4);
    expect(ix.ids).toEqual(['b', 'a', 'c', 'd']);
    expect([...ix.start]).toEqual([
      day('2022-01-06'),
      day('2022-01-06'),
      day('2021-12-01'),
      day('2022-01-06'),
    ]);
    expect([...ix.end]).toEqual([
      day('2022-01-07'),
      day('2022-01-11'),
      day('2022-01-01'),
      day('2022-01-07'),
    ]);
    expect([...ix.datePrecision].map((k) => DATE_PRECISIONS[k])).toEqual([
      'day',
      'day',
      'month',
      'day',
    ]);
    expect([...ix.approximate]).toEqual([1, 0, 0, 0]);
    expect([...ix.isRange]).toEqual([0, 1, 0, 0]);
    // Categories by their position in the description: protest, torture, deportation.
    expect([...ix.category]).toEqual([1, 2, 0, 0]);
    // Articles 2, 3, 11 are bits 0, 1, 2; article 7 is not in the description.
    expect([...ix.articleMask]).toEqual([0b101, 0b010, 0b001, 0b001]);
    // Withheld and unlocated events have no coordinates.
    expect([...ix.lon]).toEqual([76.9, 80.4, NaN, NaN]);
    expect([...ix.lat]).toEqual([43.25, 44.2, NaN, NaN]);
    expect([...ix.locationPrecision].map((k) => LOCATION_PRECISIONS[k])).toEqual([
      'city',
      'exact',
      'city',
      'country',
    ]);
    expect([...ix.hasMovement]).toEqual([0, 1, 0, 0]);
    // The movement's ends as columns (the map's arrows read no event); NaN where there is none.
    expect([...ix.movement.subarray(4, 8)]).toEqual([80.4, 44.2, 87.6, 43.8]);
    expect([...ix.movement.subarray(0, 4), ...ix.movement.subarray(8)].every(Number.isNaN)).toBe(
      true,
    );
    expect([...ix.movementCoarse]).toEqual([0, 0, 0, 0]);
    expect([...ix.place].map((k) => ix.places[k])).toEqual([
      'Almaty',
      'Border',
      'Almaty',
      'Almaty',
    ]);
    expect(ix.places).toEqual(['Almaty', 'Border']);
    expect(ix.extent).toEqual([day('2021-12-01'), day('2022-01-11')]);
  });

  it('orders the events by start, then end, then id', () => {
    expect([...ix.timeOrder].map((i) => ix.ids[i])).toEqual(['c', 'b', 'd', 'a']);
  });

  it('finds each row by its id', () => {
    expect([...ix.byId]).toEqual([
      ['b', 0],
      ['a', 1],
      ['c', 2],
      ['d', 3],
    ]);
    expect(ix.byId).toBe(ix.byId);
  });

  it('folds every searchable text, in every language, but no sensitive name', () => {
    expect(ix.searchText[0]).toBe(
      fold(
        [
          'Beaten in detention Избит под стражей',
          'Reported by his lawyer',
          'Almaty',
          '',
          '',
          'Open Name',
          'Police of Almaty',
          'Guards Охрана',
          'A report An NGO',
        ].join(' \u0001 '),
      ),
    );
    expect(ix.searchText[0]).not.toContain('hidden');
    expect(ix.searchText[1]).toContain('khorgos');
    expect(ix.searchText[1]).toContain('urumqi');
    expect(ix.searchText[1]).toContain('granitsa');
  });

  it('folds nothing until a text search asks, and then once', () => {
    vi.mocked(fold).mockClear();
    const fresh = buildEventIndex(events, DESCRIPTION);
    expect(fold).not.toHaveBeenCalled();
    expect(fresh.searchText).toHaveLength(4);
    expect(fresh.searchText).toBe(fresh.searchText);
    expect(fold).toHaveBeenCalledTimes(4);
  });

  it('is empty for no events', () => {
    const none = buildEventIndex([], DESCRIPTION);
    expect(none.n).toBe(0);
    expect(none.extent).toBeUndefined();
    expect(none.searchText).toEqual([]);
    expect(none.timeOrder).toHaveLength(0);
  });
});
