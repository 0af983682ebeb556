import { describe, expect, it } from 'vitest';
import { catalogues, LANGUAGES, translate } from './translate';
import { en } from './messages.en';

describe('translate', () => {
  it('has every English key in every language', () => {
    for (const lang of LANGUAGES) {
      // A plural family needs its "other" form in each language; the rest follow the language.
      const missing = Object.keys(en)
        .map((k) => k.replace(/\.one$/, '.other'))
        .filter((k) => !(k in catalogues[lang]));
      expect(missing, lang).toEqual([]);
    }
  });

  it('fills parameters and formats numbers for the language', () => {
    expect(translate('en', 'events.count', { visible: 1200, total: 10000, count: 10000 })).toBe(
      '1,200 of 10,000 events',
    );
    expect(translate('ru', 'events.count', { visible: 1200, total: 10000, count: 10000 })).toBe(
      '1\u00a0200 из 10\u00a0000 событий',
    );
  });

  it('chooses Russian plural forms', () => {
    expect(translate('ru', 'issues.summary', { count: 1 })).toMatch(/^1 проблема/);
    expect(translate('ru', 'issues.summary', { count: 3 })).toMatch(/^3 проблемы/);
    expect(translate('ru', 'issues.summary', { count: 5 })).toMatch(/^5 проблем /);
    expect(translate('en', 'issues.summary', { count: 2 })).toMatch(/^2 problems/);
  });

  it('agrees the noun with the number of events', () => {
    const count = (lang: 'en' | 'ru', total: number) =>
      translate(lang, 'events.count', { visible: 1, total, count: total });
    expect(count('en', 1)).toBe('1 of 1 event');
    expect(count('en', 18)).toBe('1 of 18 events');
    expect(count('ru', 1)).toBe('1 из 1 события');
    expect(count('ru', 21)).toBe('1 из 21 события');
    expect(count('ru', 5)).toBe('1 из 5 событий');
    expect(translate('ru', 'filters.countOf', { count: 1 })).toBe('1 событие');
    expect(translate('ru', 'filters.countOf', { count: 3 })).toBe('3 события');
    expect(translate('ru', 'filters.countOf', { count: 11 })).toBe('11 событий');
    expect(translate('en', 'filters.countOf', { count: 1 })).toBe('1 event');
  });

  it('falls back to the key itself when a message is missing, so nothing renders blank', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
