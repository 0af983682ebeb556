/**
 * What a row converter produces (a Draft: an event before ids of categories and sources are
 * fixed) and the helpers every format shares: coordinates, sources and their URLs, status,
 * country, precision. Converters report problems through the RowContext, never by throwing.
 */
import {
  SourceSchema,
  type EventProperties,
  type Figure,
  type LocationPrecision,
  type Status,
} from '../../model/schema';
import type { ImportMapping } from './detect';
import { findCountry } from '../../geo/countries';
import { issue, type ImportIssue } from './report';
import type { SourceRow } from './csv';

export interface SourceDraft {
  /** Given by the app's own CSV; otherwise derived from title and URL. */
  id?: string;
  title: string;
  url?: string;
  publisher?: string;
  /** ISO partial date of publication. */
  date?: string;
}

/** The cells of a row's source columns (title, URL, publisher, date), and their columns. */
export interface SourceCells {
  title: string;
  url: string;
  publisher: string;
  date: string;
}

/**
 * Sources from separate title, URL, publisher and date columns: one source per row, or, when
 * the user names a separator, one per part, the n-th part of each column making the n-th source.
 * A title is never split by guess ("Arrests; a report" stays one title). A source needs a title
 * or a link (its host name then stands for the title).
 */
export function readSourceColumns(
  ctx: RowContext,
  cells: SourceCells,
  columns: SourceCells,
  separator: string | undefined,
  readDate: (text: string, column: string) => string | undefined,
): SourceDraft[] {
  const split = (text: string) =>
    text.trim() === ''
      ? []
      : separator
        ? text.split(separator).map((x) => x.trim())
        : [text.trim()];
  const parts = {
    title: split(cells.title),
    url: split(cells.url),
    publisher: split(cells.publisher),
    date: split(cells.date),
  };
  const counts = Object.values(parts)
    .map((p) => p.length)
    .filter((n) => n > 0);
  const n = Math.max(0, ...counts);
  if (new Set(counts).size > 1) {
    ctx.warn(
      'source-parts-mismatch',
      `the source columns give different numbers of parts (${counts.join(', ')}); they were paired in order`,
      columns.title || columns.url,
      cells.title || cells.url,
      { counts: counts.join(', ') },
    );
  }
  const out: SourceDraft[] = [];
  for (let k = 0; k < n; k++) {
    const url = parts.url[k] ? safeUrl(ctx, parts.url[k]!, columns.url) : undefined;
    const title = parts.title[k] || (url ? new URL(url).hostname : '');
    if (title === '') continue;
    const s: SourceDraft = { title };
    if (url) s.url = url;
    if (parts.publisher[k]) s.publisher = parts.publisher[k];
    const date = parts.date[k] ? readDate(parts.date[k]!, columns.date) : undefined;
    if (date) s.date = date;
    out.push(s);
  }
  return out;
}

export type FigureDraft = Omit<Figure, 'source'> & { source: SourceDraft | string | undefined };

export interface Draft {
  /** The id as the data gives it, before checks; undefined -> derived from the row's content. */
  id?: string;
  idColumn?: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Omit<EventProperties, 'category' | 'sources' | 'figures' | 'status'> & {
    status?: Status;
  };
  /** Category by id (app CSV) or by label (everything else). */
  category: { id?: string; label: string };
  sources: SourceDraft[];
  figures: FigureDraft[];
  /** The row's original language (app CSV only). */
  language?: string;
  /** Document ids the row refers to (app CSV provenance, figures). */
  documents?: string[];
}

export class RowContext {
  readonly issues: ImportIssue[] = [];
  constructor(
    readonly file: string,
    readonly row: SourceRow,
    readonly mapping: ImportMapping,
    /** Once-per-file warnings, keyed by code, shared by all rows. */
    readonly once: Map<string, ImportIssue>,
  ) {}

  get hasError(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }

  /** The value of a column, '' when absent. */
  get(column: string | undefined): string {
    return column === undefined ? '' : (this.row.values[column] ?? '');
  }

  error(code: string, message: string, column?: string, value?: string, params = {}): void {
    this.issues.push(
      issue('error', code, this.file, message, { row: this.row.row, column, value }, params),
    );
  }

  warn(code: string, message: string, column?: string, value?: string, params = {}): void {
    this.issues.push(
      issue('warning', code, this.file, message, { row: this.row.row, column, value }, params),
    );
  }

  /** A warning said once per file (first row that shows it), with a count of rows. */
  warnOnce(
    code: string,
    message: string,
    column?: string,
    value?: string,
    params: Record<string, string | number> = {},
  ): void {
    const seen = this.once.get(code);
    if (seen) {
      seen.params = { ...seen.params, rows: Number(seen.params?.rows ?? 1) + 1 };
      return;
    }
    this.once.set(
      code,
      issue(
        'warning',
        code,
        this.file,
        message,
        { row: this.row.row, column, value },
        { ...params, rows: 1 },
      ),
    );
  }
}

/** A number as written in a spreadsheet: "43.25", "43,25" (decimal comma), " 76.9 ". */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/\u2212/g, '-');
  const n = /^[+-]?\d+,\d+$/.test(t) ? Number(t.replace(',', '.')) : Number(t);
  return t !== '' && Number.isFinite(n) ? n : undefined;
}

/**
 * A position from latitude and longitude cells. Both empty -> null (no location). A latitude
 * beyond ±90 with a longitude within ±90 is almost always a swapped pair: rejected with that hint
 * rather than silently swapped, because a silent swap of a valid-looking pair cannot be undone.
 */
export function readPosition(
  ctx: RowContext,
  latText: string,
  lonText: string,
  latColumn: string,
  lonColumn: string,
): [number, number] | null | undefined {
  if (latText.trim() === '' && lonText.trim() === '') return null;
  if (latText.trim() === '' || lonText.trim() === '') {
    const [missing, given, value] =
      latText.trim() === '' ? [latColumn, lonColumn, lonText] : [lonColumn, latColumn, latText];
    ctx.error('coordinate-missing', `has ${given} but no ${missing}`, missing, value, {
      given,
      missing,
    });
    return undefined;
  }
  const lat = parseNumber(latText);
  const lon = parseNumber(lonText);
  if (lat === undefined) {
    ctx.error(
      'coordinate-not-number',
      'is not a number (a latitude in decimal degrees)',
      latColumn,
      latText,
      { variant: 'latitude' },
    );
    return undefined;
  }
  if (lon === undefined) {
    ctx.error(
      'coordinate-not-number',
      'is not a number (a longitude in decimal degrees)',
      lonColumn,
      lonText,
      { variant: 'longitude' },
    );
    return undefined;
  }
  return checkPosition(ctx, lon, lat, latColumn, lonColumn);
}

export function checkPosition(
  ctx: RowContext,
  lon: number,
  lat: number,
  latColumn: string,
  lonColumn: string,
): [number, number] | undefined {
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
    ctx.error(
      'coordinates-swapped',
      `latitude ${lat} is beyond ±90 while longitude ${lon} is within it: latitude and longitude may be swapped`,
      latColumn,
      String(lat),
      { latitude: lat, longitude: lon },
    );
    return undefined;
  }
  if (Math.abs(lat) > 90) {
    ctx.error(
      'latitude-out-of-range',
      `latitude ${lat} is outside -90…90`,
      latColumn,
      String(lat),
      {
        latitude: lat,
      },
    );
    return undefined;
  }
  if (Math.abs(lon) > 180) {
    ctx.error(
      'longitude-out-of-range',
      `longitude ${lon} is outside -180…180`,
      lonColumn,
      String(lon),
      { longitude: lon },
    );
    return undefined;
  }
  // -0 would not survive a CSV round trip ("0"), and means the same place.
  return [lon === 0 ? 0 : lon, lat === 0 ? 0 : lat];
}

const SAFE_SCHEME = /^https?:$/i;

/**
 * A source URL if it is http(s) and well formed; otherwise a warning (javascript:, data:, file:
 * and the like are never kept: a link is clicked, and such a link would run or leak).
 */
export function safeUrl(ctx: RowContext, url: string, column: string): string | undefined {
  let verdict = urlVerdicts.get(url);
  if (verdict === undefined) {
    verdict = urlVerdict(url);
    if (urlVerdicts.size >= 10_000) urlVerdicts.clear();
    if (url.length <= 2048) urlVerdicts.set(url, verdict);
  }
  if (verdict === 'unsafe') {
    ctx.warn(
      'unsafe-url',
      'is not an http(s) link; only http and https links are kept, this one was dropped',
      column,
      url,
    );
    return undefined;
  }
  if (verdict === 'bad') {
    ctx.warn('bad-url', 'is not a well-formed web address; it was dropped', column, url);
    return undefined;
  }
  return url.trim();
}

/**
 * What safeUrl says of a link, kept for up to 10,000 links of ordinary length: a file cites the
 * same few sources in row after row, and parsing a URL costs more than the rest of the row.
 */
const urlVerdicts = new Map<string, 'unsafe' | 'bad' | 'ok'>();

function urlVerdict(url: string): 'unsafe' | 'bad' | 'ok' {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = undefined;
  }
  if (!parsed || !SAFE_SCHEME.test(parsed.protocol)) return 'unsafe';
  return SourceSchema.shape.url.safeParse(url.trim()).success ? 'ok' : 'bad';
}

const SCHEME_ONLY = /^[a-z][a-z0-9+.-]*:\S+$/i;
const DANGEROUS = /^\s*(javascript|data|vbscript|file|blob):/i;

/**
 * Sources from a cell: items separated by ";" or line breaks, each "title <url>", "title url",
 * a bare URL, or a title alone.
 */
export function readSources(ctx: RowContext, cell: string, column: string): SourceDraft[] {
  const out: SourceDraft[] = [];
  for (const raw of cell.split(/[;\n\r]+/)) {
    const item = raw.trim();
    if (item === '') continue;
    let title = item;
    let url: string | undefined;
    let m: RegExpExecArray | null;
    if ((m = /^([\s\S]*?)\s*<([^<>\s]*)>$/.exec(item))) [title, url] = [m[1]!, m[2]!];
    else if (SCHEME_ONLY.test(item) || DANGEROUS.test(item)) [title, url] = ['', item];
    else if ((m = /^([\s\S]*?)\s+(https?:\/\/\S+)$/i.exec(item))) [title, url] = [m[1]!, m[2]!];
    const safe = url ? safeUrl(ctx, url, column) : undefined;
    if (!safe && title.trim() === '') continue;
    if (title.trim() === '') title = safe ? new URL(safe).hostname : item;
    out.push(safe ? { title: title.trim(), url: safe } : { title: title.trim() });
  }
  return out;
}

const STATUS_WORDS: Record<string, Status> = {
  reported: 'reported',
  possible: 'possible',
  likely: 'likely',
  confirmed: 'confirmed',
  verified: 'confirmed',
  unlikely: 'unlikely',
  unknown: 'unknown',
  сообщается: 'reported',
  сообщено: 'reported',
  возможно: 'possible',
  вероятно: 'likely',
  подтверждено: 'confirmed',
  подтвержден: 'confirmed',
  подтверждён: 'confirmed',
  маловероятно: 'unlikely',
  неизвестно: 'unknown',
};

export function readStatus(ctx: RowContext, cell: string, column: string): Status | undefined {
  const key = cell.trim().toLowerCase();
  if (key === '') return undefined;
  const s = STATUS_WORDS[key];
  if (!s) {
    ctx.warn(
      'status-unknown-value',
      'is not a status (reported, possible, likely, confirmed, unlikely, unknown); "unknown" was used',
      column,
      cell,
    );
  }
  return s ?? 'unknown';
}

const PRECISION_WORDS: Record<string, LocationPrecision> = {
  exact: 'exact',
  точно: 'exact',
  точное: 'exact',
  city: 'city',
  town: 'city',
  город: 'city',
  region: 'region',
  регион: 'region',
  область: 'region',
  country: 'country',
  страна: 'country',
  unknown: 'unknown',
  неизвестно: 'unknown',
};

export function readPrecision(
  ctx: RowContext,
  cell: string,
  column: string,
): LocationPrecision | undefined {
  const key = cell.trim().toLowerCase();
  if (key === '') return undefined;
  const p = PRECISION_WORDS[key];
  if (!p) {
    ctx.warn(
      'precision-unknown-value',
      'is not a place precision (exact, city, region, country, unknown); "unknown" was used',
      column,
      cell,
    );
  }
  return p ?? 'unknown';
}

/**
 * ISO 3166-1 alpha-2 from a code (alpha-2, alpha-3, numeric) or a country's name in any language
 * of the country table (geo/countries.ts): undefined when the cell is empty or names no country.
 */
export function readCountry(cell: string): string | undefined {
  return findCountry(cell)?.a2;
}

/** The neutral place name for an event whose place the source does not name. */
export const NO_PLACE = '—';

/** Formats whose unlocated rows are placed by name (the app's own files mean what they say). */
const PLACED_FORMATS = new Set(['generic', 'acled']);

/** True when the events of a file of this format may be placed by name after the import. */
export const placedByName = (format: string) => PLACED_FORMATS.has(format);
