import type { Text } from '../model/schema';

/**
 * A data text in the reader's language: its translation when there is one, else the original
 * (the dataset's language), else whatever language it has. Never empty when the text exists.
 */
export function localText(t: Text | undefined, lang: string, original = 'en'): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[lang] ?? t[original] ?? Object.values(t)[0] ?? '';
}

/**
 * The language of the wording `localText` shows, for the element's `lang` attribute: a screen
 * reader then speaks it in its own voice, and the browser hyphenates and shapes it as its own.
 */
export function textLang(t: Text | undefined, lang: string, original = 'en'): string {
  if (t === undefined || typeof t === 'string') return original;
  if (t[lang] !== undefined) return lang;
  if (t[original] !== undefined) return original;
  return Object.keys(t)[0] ?? original;
}

/** True when the reader sees a translation rather than the original wording. */
export function isTranslated(t: Text | undefined, lang: string, original = 'en'): boolean {
  return typeof t === 'object' && lang !== original && t[lang] !== undefined;
}
