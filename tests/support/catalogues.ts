/**
 * Test setup (vite.config.ts): every interface catalogue loaded before a test file runs, so that
 * tests and the components they render speak any language at once, as `translate('ru', …)`.
 * The app itself loads a catalogue when its language is first chosen (i18n/translate.ts).
 */
import { LANGUAGES, PSEUDO, loadCatalogue, type UiLang } from '../../src/lib/i18n/translate';

const all: UiLang[] = [...LANGUAGES, PSEUDO];
await Promise.all(all.map(loadCatalogue));
