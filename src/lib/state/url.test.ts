import { describe, expect, it } from 'vitest';
import {
  decodeInstant,
  ignoredParams,
  decodeUrl,
  DEFAULT_URL_STATE,
  encodeFragment,
  encodeInstant,
  isAnchor,
  startLanguage,
  type UrlState,
} from './url';

const BASE = 'http://127.0.0.1:4173/';
const roundTrip = (s: UrlState) => decodeUrl(BASE + encodeFragment(s));

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    expect(encodeFragment(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrl(BASE)).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips every field exactly', () => {
    const s: UrlState = {
      ...DEFAULT_URL_STATE,
      dataset: 'kz-cat-2022',
      version: '1.0.0',
      lang: 'ru',
      articles: [2, 11],
      categories: ['protest', 'torture'],
      places: ['Almaty', 'Almaty region'],
      areas: ['FJ', 'KAZ-3206'],
      text: 'Алматы & "quotes" #hash',
      time: [Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 10, 18, 30)],
      window: [Date.UTC(2021, 11, 20, 3, 7, 9, 123), Date.UTC(2022, 1, 1)],
      selected: 'kz-2022-01-abishev',
      map: { center: [76.91234, 43.25123], zoom: 6.25 },
      mapMode: 'counts',
      lanes: 'category',
      inView: true,
      view: 'present',
      narrative: 'january-2022',
      step: 3,
    };
    expect(roundTrip(s)).toEqual(s);
  });

  it('keeps readable links: days as dates, lists with commas', () => {
    const s = {
      ...DEFAULT_URL_STATE,
      articles: [11, 2],
      time: [Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 11)] as [number, number],
    };
    expect(encodeFragment(s)).toBe('#a=2,11&t=2022-01-04..2022-01-11');
  });

  it('shows sensitive names only when the link says names=1', () => {
    expect(decodeUrl(BASE).names).toBe(false);
    expect(decodeUrl(`${BASE}#names=1`).names).toBe(true);
    expect(decodeUrl(`${BASE}#names=yes`).names).toBe(false);
    expect(encodeFragment({ ...DEFAULT_URL_STATE, names: true })).toBe('#names=1');
  });

  it('ignores unknown and malformed parameters instead of failing', () => {
    const s = decodeUrl(
      `${BASE}#a=2,x,99,0&t=2022-13-45..2022-01-01&map=5/95/10&lang=xx&view=nope&s=-2&foo=bar`,
    );
    expect(s.articles).toEqual([2]);
    expect(s.time).toBeNull();
    expect(s.map).toBeNull();
    expect(s.lang).toBeUndefined();
    expect(s.view).toBe('explore');
    expect(s.step).toBeNull();
  });

  it('rejects a window whose end is not after its start', () => {
    expect(decodeUrl(`${BASE}#t=2022-01-10..2022-01-04`).time).toBeNull();
  });

  it('reads the query too, the fragment winning', () => {
    const s = decodeUrl(`${BASE}?view=brief&a=3#a=2`);
    expect(s.view).toBe('brief');
    expect(s.articles).toEqual([2]);
  });

  it('round-trips the presenter window with its narrative step', () => {
    const s: UrlState = { ...DEFAULT_URL_STATE, view: 'presenter', narrative: 'n1', step: 4 };
    expect(encodeFragment(s)).toBe('#view=presenter&n=n1&s=4');
    expect(roundTrip(s)).toEqual(s);
  });

  it('encodes instants without loss', () => {
    for (const ms of [
      0,
      Date.UTC(2022, 0, 4),
      Date.UTC(2022, 0, 4, 6),
      Date.UTC(2022, 0, 4, 6, 0, 5, 250),
    ]) {
      expect(decodeInstant(encodeInstant(ms))).toBe(ms);
    }
    expect(encodeInstant(Date.UTC(2022, 0, 4, 6))).toBe('2022-01-04T06:00Z');
  });
});

describe('isAnchor', () => {
  it('tells an in-page anchor from a view', () => {
    expect(isAnchor('#events')).toBe(true);
    expect(isAnchor('#lang=ru&a=3&q=Uzbek')).toBe(false);
    expect(isAnchor('#view=present')).toBe(false);
    expect(isAnchor('')).toBe(false);
    expect(isAnchor('#')).toBe(false);
  });
});

describe('ignoredParams', () => {
  const base = 'https://example.org/casemap/';
  it('lists unknown names and known names whose value cannot be read, as written', () => {
    expect(
      ignoredParams(`${base}?utm_source=x#lang=xx&a=2,3&t=yesterday&view=slides&sel=e1&foo`),
    ).toEqual(['utm_source=x', 'lang=xx', 't=yesterday', 'view=slides', 'foo']);
    expect(ignoredParams(`${base}#map=30/0/0&lanes=time&s=0&inview=yes`)).toEqual([
      'map=30/0/0',
      'lanes=time',
      's=0',
      'inview=yes',
    ]);
  });

  it('lists nothing for a link the app reads whole, or for an in-page anchor', () => {
    expect(
      ignoredParams(
        `${base}?view=brief#d=jan&v=1&lang=ru&a=2&c=x&p=Almaty&q=t&t=2022-01-01..2022-02-01&sel=e&map=5/43/76&lanes=category&inview=1&n=n1&s=2`,
      ),
    ).toEqual([]);
    expect(ignoredParams(`${base}#events`)).toEqual([]);
    expect(ignoredParams(`${base}?data=events.csv`)).toEqual([]);
  });
});

describe('startLanguage', () => {
  it("takes the link's language, else Russian for a Russian or Kazakh browser, else English", () => {
    expect(startLanguage('http://x/#lang=fr', 'ru-RU')).toBe('fr');
    expect(startLanguage('http://x/?lang=ar', 'en-US')).toBe('ar');
    expect(startLanguage('http://x/', 'kk')).toBe('ru');
    expect(startLanguage('http://x/', 'ru')).toBe('ru');
    expect(startLanguage('http://x/#lang=en', 'ru')).toBe('en');
    expect(startLanguage('http://x/', 'de-DE')).toBe('en');
  });
});
