/**
 * Translation and formatting, pure: the language is a parameter, never a global. Components get
 * a bound `t` from the locale state (locale.svelte.ts).
 *
 * English is part of the page; every other catalogue is a chunk of its own, loaded when its
 * language is first chosen (`loadCatalogue`; the locale state waits for it before it switches),
 * so the first view carries one language, not seven. `translate` stays synchronous over the
 * catalogues loaded so far: a language whose catalogue is not loaded yet is spoken as English.
 * The offline copy inlines every chunk, so its languages load from within the file.
 */
import { en, type Catalogue, type MessageKey } from './messages.en';
import { numberFormat, pluralRules } from './intl';

/**
 * The languages of the language menu: the six official languages of the United Nations, in the
 * UN's order (the English alphabetical order of their English names), then Kazakh.
 */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'kk'] as const;

/**
 * The pseudo-locale: English made about 40% longer, with accented letters and brackets, to show
 * text that a layout cuts or a string that bypasses the catalogue. Reachable only from the link
 * (`lang=en-XA`), never from the menu; see docs/I18N.md.
 */
export const PSEUDO = 'en-XA';
export type UiLang = (typeof LANGUAGES)[number] | typeof PSEUDO;

/** Each language's own name, shown in the language switcher. */
export const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
  kk: 'Қазақша',
};

/** The catalogues loaded so far. */
const catalogues: Partial<Record<UiLang, Catalogue>> = { en: en as Catalogue };

/** Where each other catalogue comes from: a chunk of its own (the pseudo-locale is made from English). */
const LOADERS: Record<Exclude<UiLang, 'en'>, () => Promise<Catalogue>> = {
  ar: () => import('./messages.ar').then((m) => m.ar),
  zh: () => import('./messages.zh').then((m) => m.zh),
  fr: () => import('./messages.fr').then((m) => m.fr),
  ru: () => import('./messages.ru').then((m) => m.ru),
  es: () => import('./messages.es').then((m) => m.es),
  kk: () => import('./messages.kk').then((m) => m.kk),
  [PSEUDO]: () => import('./pseudo').then((m) => m.pseudo(en as Catalogue)),
};
const loading = new Map<UiLang, Promise<void>>();

/** Whether `translate` speaks `lang` already (English always). */
export function isLoaded(lang: UiLang): boolean {
  return catalogues[lang] !== undefined;
}

/**
 * Loads the catalogue of `lang`, once: concurrent and later calls share the first. A failed load
 * (the server gone, say) is forgotten, so that choosing the language again tries again.
 */
export function loadCatalogue(lang: UiLang): Promise<void> {
  if (lang === 'en' || isLoaded(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = LOADERS[lang]().then(
      (cat) => {
        catalogues[lang] = cat;
      },
      (e: unknown) => {
        loading.delete(lang);
        throw e;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** The catalogue `translate` uses for `lang`: its own once loaded, English until then. */
export function catalogue(lang: UiLang): Catalogue {
  return catalogues[lang] ?? (en as Catalogue);
}

export function isUiLang(x: unknown): x is UiLang {
  return typeof x === 'string' && (x === PSEUDO || (LANGUAGES as readonly string[]).includes(x));
}

/** Writing direction of an interface language. */
export function direction(lang: UiLang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export type Params = Record<string, string | number>;

/** The plural key to use for `count`, e.g. "issues.summary.few" in Russian, where it exists. */
function pluralKey(lang: UiLang, key: string, count: number): string {
  const category = pluralRules(lang).select(count);
  const cat = catalogue(lang);
  if (`${key}.${category}` in cat) return `${key}.${category}`;
  return `${key}.other`;
}

/**
 * The message `key` in `lang`, with {params} filled in. Numbers in params are formatted for the
 * language. A key ending in a plural family (key.one/key.other) is chosen by params.count.
 * While the catalogue of `lang` is not loaded, the message is the English one, whole: English
 * words, plural forms and number formatting (translate('en', …)).
 */
export function translate(lang: UiLang, key: MessageKey | string, params: Params = {}): string {
  const spoken = isLoaded(lang) ? lang : 'en';
  const cat = catalogue(spoken);
  let k = key;
  if (!(k in cat) && typeof params.count === 'number') k = pluralKey(spoken, key, params.count);
  const template = cat[k] ?? (en as Record<string, string>)[k] ?? key;
  const nf = numberFormat(spoken);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? nf.format(v) : v;
  });
}
