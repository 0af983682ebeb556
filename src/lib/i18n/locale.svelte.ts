/**
 * The interface language as shared state. Components read `locale.t` and `locale.lang`; the URL
 * state writes the language through `set`.
 */
import {
  direction,
  isLoaded,
  loadCatalogue,
  translate,
  type Params,
  type UiLang,
} from './translate';
import type { MessageKey } from './messages.en';

export class Locale {
  lang = $state<UiLang>('en');
  /** Writing direction of the current language, for the document's dir attribute. */
  dir = $derived(direction(this.lang));
  /** The language last asked for: a switch still loading gives way to a later one. */
  #wanted: UiLang = 'en';

  t = (key: MessageKey | string, params?: Params): string => translate(this.lang, key, params);

  /**
   * Switches to `lang` once its catalogue is loaded (at once when it is), so that the page goes
   * from one language to the other whole, never through English. When the catalogue cannot be
   * loaded the page keeps its language, and the promise rejects.
   */
  set(lang: UiLang): Promise<void> {
    this.#wanted = lang;
    if (isLoaded(lang)) {
      this.lang = lang;
      return Promise.resolve();
    }
    return loadCatalogue(lang).then(() => {
      if (this.#wanted === lang) this.lang = lang;
    });
  }
}
