/** How the gazetteer compares names: shared by the lookups and by scripts/build-gazetteer.ts. */
import { fold } from '../i18n/fold';

/** A name as compared: folded (i18n/fold.ts), without punctuation, one space between words. */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
