/**
 * How the app's CSV writes lists and structured values in one cell, and how it reads them back.
 * Shared by the exporter and the importer so that a round trip is exact.
 *
 * - Lists: items joined with "; ". A backslash escapes ";" and "\" inside an item, and a "[" at
 *   the very start of the cell (a cell starting with "[" holds a JSON list, used when items are
 *   translated texts).
 * - Figures: `kind=[qualifier ][value][ min..max] (source)[ | quote]`, e.g. `killed=about 230
 *   225..241 (src-1)`.
 * - Sources: `title <url>`, or the title alone.
 * An empty list and an absent one are both an empty cell, and read back as absent.
 */
import type { Figure } from '../../model/schema';

export function joinList(items: readonly string[]): string {
  const cell = items.map((s) => s.replace(/[\\;]/g, (c) => `\\${c}`)).join('; ');
  return cell.startsWith('[') ? `\\${cell}` : cell;
}

export function splitList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length) cur += cell[++i];
    else if (c === ';') {
      items.push(cur);
      cur = '';
      if (cell[i + 1] === ' ') i++;
    } else cur += c;
  }
  items.push(cur);
  return items;
}

const QUALIFIERS = ['exact', 'about', 'more-than', 'fewer-than', 'at-least'] as const;

export function formatFigure(f: Figure): string {
  const parts: string[] = [];
  if (f.qualifier) parts.push(f.qualifier);
  if (f.value !== undefined) parts.push(String(f.value));
  if (f.min !== undefined || f.max !== undefined) parts.push(`${f.min ?? ''}..${f.max ?? ''}`);
  return `${f.kind}=${parts.join(' ')} (${f.source})${f.quote !== undefined ? ` | ${f.quote}` : ''}`;
}

const NUM = '(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)';
const FIGURE = new RegExp(
  `^([a-z][a-z0-9-]*)=(?:(${QUALIFIERS.join('|')}) ?)?(?:${NUM}(?![.\\d]))? ?(?:${NUM}?\\.\\.${NUM}?)? \\(([^()\\s]+)\\)(?: \\| ([\\s\\S]*))?$`,
);

/** The inverse of formatFigure; undefined when the text does not follow the form. */
export function parseFigure(text: string): Figure | undefined {
  // Leading space only: trailing whitespace may belong to the quote.
  const m = FIGURE.exec(text.replace(/^\s+/, ''));
  if (!m) return undefined;
  const [, kind, qualifier, value, min, max, source, quote] = m;
  const f: Figure = { kind: kind!, source: source! };
  if (qualifier) f.qualifier = qualifier as Figure['qualifier'];
  if (value !== undefined) f.value = Number(value);
  if (min !== undefined) f.min = Number(min);
  if (max !== undefined) f.max = Number(max);
  if (quote !== undefined) f.quote = quote;
  return f;
}

export function formatSourceItem(title: string, url?: string): string {
  // A title that itself ends in "<…>" gets an empty link so it is not read as one.
  if (url) return `${title} <${url}>`;
  return /<[^<>\s]*>$/.test(title) ? `${title} <>` : title;
}

export function parseSourceItem(item: string): { title: string; url?: string } {
  const m = /^([\s\S]*) <([^<>\s]*)>$/.exec(item);
  if (!m) return { title: item };
  return m[2] ? { title: m[1]!, url: m[2] } : { title: m[1]! };
}
