/**
 * The interface language as shared state. Components read `locale.t` and `locale.lang`; the URL
 * state writes the language through `set`.
 */
import { direction, translate, type Params, type UiLang } from './translate';
import type { MessageKey } from './messages.en';

export class Locale {
  lang = $state<UiLang>('en');
  /** Writing direction of the current language, for the document's dir attribute. */
  dir = $derived(direction(this.lang));

  t = (key: MessageKey | string, params?: Params): string => translate(this.lang, key, params);

  set(lang: UiLang): void {
    this.lang = lang;
  }
}
