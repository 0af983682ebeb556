/**
 * Translation and formatting, pure: the language is a parameter, never a global. Components get
 * a bound `t` from the locale state (locale.svelte.ts).
 */
import { en, type Catalogue, type MessageKey } from './messages.en';
import { ru } from './messages.ru';
import { numberFormat, pluralRules } from './intl';

export const LANGUAGES = ['en', 'ru'] as const;
export type UiLang = (typeof LANGUAGES)[number];

/** Each language's own name, shown in the language switcher. */
export const LANGUAGE_NAMES: Record<UiLang, string> = { en: 'English', ru: 'Русский' };

const catalogues: Record<UiLang, Catalogue> = { en: en as Catalogue, ru };

export function isUiLang(x: unknown): x is UiLang {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
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
