/** Small text helpers shared by the importers: header normalisation, slugs, HTML to text. */
import { fold } from '../../i18n/fold';

/**
 * Header names compared case- and accent-insensitively: "Широта ", "LATITUDE" and "Latitúde"
 * meet. NFKD then dropping combining marks also folds "й" to "и" and "ё" to "е"; both sides of
 * every comparison go through it, so that is harmless.
 */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-.\s/()]+/g, ' ')
    .trim();
}

/**
 * A lower-case id ("Excessive force against protesters" -> "excessive-force-against-protesters",
 * "Пытки" -> "pytki"): Cyrillic is transliterated (as search folds it, i18n/fold.ts) so ids stay
 * readable in URLs. Empty when
 * nothing id-like remains; the caller falls back to a hash.
 */
export function slugify(text: string, max = 48): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo: '«',
  raquo: '»',
};

/**
 * Plain text from a TimelineJS "Text" cell, which TimelineJS renders as HTML. The result is
 * shown as text, never as HTML, so stripping need not be a sanitiser: it only has to read well.
 * Script and style elements lose their content as well as their tags.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A value as a person sees it in a message: quoted, one line, at most `max` characters. Only the
 * value's start is read, and the result is a fresh string: a slice would keep the whole (perhaps
 * megabytes long) value alive for as long as the message lives.
 */
export function shortValue(value: string, max = 60): string {
  // A line break of two characters becomes one, so 2 × max characters always fill `max`.
  const head = value.length > 2 * max + 2 ? value.slice(0, 2 * max + 2) : value;
  const one = head.replace(/\r?\n|\r/g, '⏎').replace(/\0/g, '␀');
  const cut = one.length > max || head.length < value.length;
  return fresh(cut ? `${one.slice(0, max)}… (${value.length} characters)` : one);
}

/** A copy of a short string that shares no memory with the string it was cut from. */
function fresh(s: string): string {
  return Array.from(s).join('');
}
