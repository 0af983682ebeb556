import { describe, expect, it } from 'vitest';
import { catalogues, LANGUAGES, translate } from './translate';
import { en } from './messages.en';

describe('translate', () => {
  it('has every English key in every language', () => {
    for (const lang of LANGUAGES) {
      const missing = Object.keys(en).filter(
        (k) => !(k in catalogues[lang]) && !k.endsWith('.one') && !k.endsWith('.other'),
      );
      expect(missing, lang).toEqual([]);
    }
  });

  it('fills parameters and formats numbers for the language', () => {
    expect(translate('en', 'events.count', { visible: 1200, total: 10000 })).toBe(
      '1,200 of 10,000 events',
    );
    expect(translate('ru', 'events.count', { visible: 1200, total: 10000 })).toBe(
      '1\u00a0200 из 10\u00a0000 событий',
    );
  });

  it('chooses Russian plural forms', () => {
    expect(translate('ru', 'issues.summary', { count: 1 })).toMatch(/^1 проблема/);
    expect(translate('ru', 'issues.summary', { count: 3 })).toMatch(/^3 проблемы/);
    expect(translate('ru', 'issues.summary', { count: 5 })).toMatch(/^5 проблем /);
    expect(translate('en', 'issues.summary', { count: 2 })).toMatch(/^2 problems/);
  });

  it('falls back to the key itself when a message is missing, so nothing renders blank', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
