import { describe, expect, it, vi } from 'vitest';
import {
  catalogue,
  direction,
  isLoaded,
  isUiLang,
  LANGUAGE_NAMES,
  LANGUAGES,
  PSEUDO,
  translate,
  type UiLang,
} from './translate';
import { en, type MessageKey } from './messages.en';

describe('translate', () => {
  const PLURAL = /\.(zero|one|two|few|many|other)$/;
  const families = new Set(
    Object.keys(en)
      .filter((k) => PLURAL.test(k))
      .map((k) => k.replace(PLURAL, '')),
  );
  const params = (s: string) => new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

  it.each<UiLang>([...LANGUAGES, PSEUDO])('has every interface string in %s', (lang) => {
    // Loaded by the test setup (tests/support/catalogues.ts), not English in its place.
    expect(isLoaded(lang)).toBe(true);
    const cat = catalogue(lang) as Record<string, string>;
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const missing = [
      ...Object.keys(en).filter((k) => !PLURAL.test(k) && !(k in cat)),
      // Every plural family in every category the language's plural rules can choose.
      ...[...families].flatMap((f) =>
        categories.map((c) => `${f}.${c}`).filter((k) => !(k in cat)),
      ),
    ];
    expect(missing).toEqual([]);
    // Nothing left over: a key English no longer has is a stale translation.
    const stray = Object.keys(cat).filter(
      (k) => !(k in en) && !families.has(k.replace(PLURAL, '')),
    );
    expect(stray).toEqual([]);
    // A translation names only parameters its English message fills.
    for (const [k, v] of Object.entries(cat)) {
      const known = params(
        (en as Record<string, string>)[k] ?? en[`${k.replace(PLURAL, '')}.other` as MessageKey],
      );
      expect(
        [...params(v)].filter((p) => !known.has(p)),
        `${lang} ${k}`,
      ).toEqual([]);
    }
  });

  it('offers every language of the menu under its own name', () => {
    expect(LANGUAGES).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es', 'kk']);
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LANGUAGES].sort());
    expect(isUiLang('en-XA')).toBe(true);
    expect(isUiLang('de')).toBe(false);
    expect(direction('ar')).toBe('rtl');
    expect(direction('kk')).toBe('ltr');
  });

  it('chooses Arabic, French and Chinese plural forms', () => {
    const n = (lang: 'ar' | 'fr' | 'zh' | 'es' | 'kk', count: number) =>
      translate(lang, 'filters.countOf', { count });
    expect(n('ar', 1)).toBe('حدث واحد');
    expect(n('ar', 2)).toBe('حدثان');
    expect(n('ar', 3)).toBe('3 أحداث');
    expect(n('ar', 11)).toBe('11 حدثًا');
    expect(n('ar', 100)).toBe('100 حدث');
    expect(n('fr', 0)).toBe('0 événement');
    expect(n('fr', 2)).toBe('2 événements');
    expect(n('fr', 1_000_000)).toBe('1\u202f000\u202f000 d’événements');
    expect(n('es', 1)).toBe('1 hecho');
    expect(n('zh', 1)).toBe('1 个事件');
    expect(n('kk', 5)).toBe('5 оқиға');
  });

  it('makes the pseudo-locale longer, accented and bracketed, keeping parameters', () => {
    const text = translate(PSEUDO, 'filters.countOf', { count: 3 });
    expect(text).toMatch(/^\[3 éṽéñţš.*\]$/);
    expect(text.length).toBeGreaterThanOrEqual(Math.round('3 events'.length * 1.4));
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

describe('catalogues loaded when first chosen', () => {
  // A fresh copy of the module, with only English loaded (the test setup loads every catalogue
  // into the shared one).
  async function fresh() {
    vi.resetModules();
    return import('./translate');
  }

  it('speaks English whole for a language not loaded yet, and the language once it is', async () => {
    const i18n = await fresh();
    expect(i18n.isLoaded('en')).toBe(true);
    expect(i18n.isLoaded('ru')).toBe(false);
    const count = { visible: 1200, total: 10000, count: 10000 };
    // English words, plural forms and number format: as translate('en', …), not a mixture.
    expect(i18n.translate('ru', 'events.count', count)).toBe('1,200 of 10,000 events');
    expect(i18n.catalogue('ru')).toBe(i18n.catalogue('en'));
    await i18n.loadCatalogue('ru');
    expect(i18n.isLoaded('ru')).toBe(true);
    expect(i18n.translate('ru', 'events.count', count)).toBe('1\u00a0200 из 10\u00a0000 событий');
    // Only what was asked for.
    expect(i18n.isLoaded('fr')).toBe(false);
  });

  it('loads a catalogue once for calls that overlap', async () => {
    const i18n = await fresh();
    const [a, b] = [i18n.loadCatalogue('kk'), i18n.loadCatalogue('kk')];
    expect(a).toBe(b);
    await a;
    await i18n.loadCatalogue(i18n.PSEUDO);
    expect(i18n.translate(i18n.PSEUDO, 'filters.countOf', { count: 3 })).toMatch(/^\[3 éṽéñţš/);
  });
});

describe('the locale switches whole', () => {
  it('keeps its language until the chosen catalogue is loaded; the last choice wins', async () => {
    vi.resetModules();
    const { Locale } = await import('./locale.svelte');
    const locale = new Locale();
    const ru = locale.set('ru');
    expect(locale.lang).toBe('en');
    const fr = locale.set('fr');
    await Promise.all([ru, fr]);
    expect(locale.lang).toBe('fr');
    expect(locale.t('filters.countOf', { count: 2 })).toBe('2 événements');
    // A loaded language is spoken at once.
    void locale.set('ru');
    expect(locale.lang).toBe('ru');
    expect(locale.dir).toBe('ltr');
  });
});
