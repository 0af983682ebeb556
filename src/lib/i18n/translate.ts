/**
 * Translation and formatting, pure: the language is a parameter, never a global. Components get
 * a bound `t` from the locale state (locale.svelte.ts).
 */
import { en, type Catalogue, type MessageKey } from './messages.en';
import { ru } from './messages.ru';
import { ar } from './messages.ar';
import { es } from './messages.es';
import { fr } from './messages.fr';
import { kk } from './messages.kk';
import { zh } from './messages.zh';
import { pseudo } from './pseudo';
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

const catalogues: Record<UiLang, Catalogue> = {
  en: en as Catalogue,
  ru,
  ar,
  zh,
  fr,
  es,
  kk,
  [PSEUDO]: pseudo(en as Catalogue),
};

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
  const cat = catalogues[lang];
  if (`${key}.${category}` in cat) return `${key}.${category}`;
  return `${key}.other`;
}

/**
 * The message `key` in `lang`, with {params} filled in. Numbers in params are formatted for the
 * language. A key ending in a plural family (key.one/key.other) is chosen by params.count.
 */
export function translate(lang: UiLang, key: MessageKey | string, params: Params = {}): string {
  const cat = catalogues[lang];
  let k = key;
  if (!(k in cat) && typeof params.count === 'number') k = pluralKey(lang, key, params.count);
  const template = cat[k] ?? (en as Record<string, string>)[k] ?? key;
  const nf = numberFormat(lang);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? nf.format(v) : v;
  });
}

export { catalogues };
