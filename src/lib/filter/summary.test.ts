import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { areaSummary, countInWindow, viewSummary, yearMonth } from './summary';
import { indexOf, seedLikeEvents } from '../../../tests/support/map-events';

const index = indexOf(seedLikeEvents());
const all = new Uint8Array(index.n).fill(1);
const en = (k: string, p?: Record<string, string | number>) => translate('en', k, p);
const ru = (k: string, p?: Record<string, string | number>) => translate('ru', k, p);

describe('viewSummary', () => {
  it('counts what is shown by place, the busiest first, and by period', () => {
    expect(viewSummary(index, all, 'en', en)).toBe(
      '15 events shown. By place: Almaty 7, Kazakhstan 3, Almaty → Ürümqi 1, Almaty Region 1, ' +
        'Kazakhstan → Uzbekistan 1, and 2 other places. By period: 2019 1, 2021 1, 2022 13.',
    );
  });

  it('follows the filters, by month over a short span, in the reader’s language', () => {
    const some = new Uint8Array(index.n);
    for (const id of ['almaty-0', 'almaty-1', 'taldykorgan-exact']) some[index.byId.get(id)!] = 1;
    expect(viewSummary(index, some, 'en', en)).toBe(
      '3 events shown. By place: Almaty 2, Taldykorgan, main square 1. By period: January 2022 3.',
    );
    expect(viewSummary(index, some, 'ru', ru)).toMatch(
      /^Показано 3 события\. .*январь 2022 г\. 3\.$/,
    );
    expect(viewSummary(index, new Uint8Array(index.n), 'en', en)).toBe('No events shown');
  });
});

describe('countInWindow', () => {
  const d = (s: string) => Date.parse(s);
  it('counts the drawn events that overlap both the window and the brushed dates', () => {
    const january: [number, number] = [d('2022-01-01'), d('2022-02-01')];
    expect(countInWindow(index, all, january, null)).toBe(10);
    expect(countInWindow(index, all, january, [d('2022-01-03'), d('2022-01-05')])).toBe(3);
    expect(countInWindow(index, all, [d('2019-01-01'), d('2022-01-04')], null)).toBe(4);
    expect(countInWindow(index, new Uint8Array(index.n), january, null)).toBe(0);
  });
});

describe('areaSummary', () => {
  const t = (key: string, params?: Record<string, string | number>) =>
    `${key}${params ? JSON.stringify(params) : ''}`;

  it('says the areas with the most events first, the rest as a number', () => {
    const areas = 'abcdefg'.split('').map((name, k) => ({ name, count: 10 - k }));
    expect(areaSummary(areas, t)).toBe(
      'summary.byArea{"list":"a 10, b 9, c 8, d 7, e 6, summary.otherPlaces{\\"count\\":2}"}.',
    );
    expect(areaSummary([], t)).toBe('');
  });
});

describe('the year and month of an instant', () => {
  it('are those of Date in UTC, for every kind of date', () => {
    const day = 86_400_000;
    const instants = [
      0,
      -1,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      Date.UTC(1900, 2, 1),
      Date.UTC(1, 0, 1),
      Date.UTC(-500, 11, 31, 12),
      8.64e15,
      -8.64e15,
    ];
    for (let k = 0; k < 2000; k++)
      instants.push(Math.round((k - 1000) * 47.3 * day + k * 3_600_123));
    for (const ms of instants) {
      const d = new Date(ms);
      expect(yearMonth(ms)).toBe(d.getUTCFullYear() * 12 + d.getUTCMonth());
    }
  });
});
