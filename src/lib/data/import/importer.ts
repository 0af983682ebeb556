/**
 * One entry point from a file's bytes to a dataset and its report, used by the worker (and by
 * tests in Node). Never throws: whatever the input, the result says what happened.
 */
import type { LoadedDataset } from '../types';
import { decodeBytes, parseCSV, type SourceRow } from './csv';
import type { Encoding } from './encodings';
import { describeImport, emptyCatalogue } from './describe';
import { detectFormat, guessFullMapping, headerFingerprint, type ImportMapping } from './detect';
import { importJsonText } from './geojson';
import { arrowImport } from './arrow';
import { isArrowBytes } from '../export/arrow-columns';
import { hashId } from './hash';
import type { Place, PlaceMatch } from '../../geo/places';
import { sizeLimitIssue } from './limits';
import { capIssues, issue, type ImportIssue, type ImportReport } from './report';
import { previewSample, rowsToEvents } from './rows';

export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'converting' | 'done';
  /** Rows (or features) handled so far. */
  rows: number;
  /** Characters consumed so far by the parser (≈ bytes for mostly-ASCII files). */
  bytes: number;
  totalBytes: number;
}

export interface ImportOptions {
  /** The user's mapping; when absent, the format's own or a guessed one is used. */
  mapping?: ImportMapping;
  /** Original language of the texts (BCP 47), when the user states it. */
  language?: string;
  /** Force a text encoding instead of detecting it. */
  encoding?: Encoding;
  onprogress?: (p: ImportProgress) => void;
  /** Checked while parsing; true stops the import. */
  aborted?: () => boolean;
}

export interface Placement {
  /** The event's id. */
  id: string;
  /** Its row in the file, when known. */
  row?: number;
  /** The place as the file names it. */
  text: string;
  /** The row's country (ISO alpha-2), when it gave one. */
  country?: string;
  status: PlaceMatch['status'];
  /** What the name could be, likeliest first. */
  candidates: Place[];
  /** The candidate the event is drawn at; -1: left unlocated. */
  chosen: number;
}

export interface ImportResult {
  dataset: LoadedDataset;
  report: ImportReport;
  /** The table's columns (or the GeoJSON properties seen), for the mapping dialog. */
  headers: string[];
  /** The mapping used (absent for formats that need none: the app's own CSV and bundle). */
  mapping?: ImportMapping;
  /** True when the mapping was guessed: the UI should let the user confirm or correct it. */
  mappingGuessed: boolean;
  /** Key under which the UI can remember the user's mapping for files with these columns. */
  fingerprint?: string;
  /** The first rows as read, for the dialog's preview of a changed mapping. */
  sample?: SourceRow[];
  /** Each event's row in the file (event id -> row), for a table. */
  rows?: Record<string, number>;
  /** Events placed by the name of their place (locate.ts), with the other candidates. */
  placements?: Placement[];
}

function isJsonName(name: string, text: string): boolean {
  if (/\.(geo)?json$/i.test(name)) return true;
  if (/\.(csv|tsv|txt)$/i.test(name)) return false;
  return /^\s*[[{]/.test(text);
}

function failure(file: string, issues: ImportIssue[], format = 'unknown', read = 0): ImportResult {
  return {
    dataset: {
      description: describeImport(file, '', emptyCatalogue(), 'en'),
      events: [],
      narratives: [],
      issues,
      origin: 'import',
    },
    report: { file, format, read, imported: 0, rejected: read, issues },
    headers: [],
    mappingGuessed: false,
  };
}

export function importBytes(
  bytes: Uint8Array,
  file: string,
  options: ImportOptions = {},
): ImportResult {
  try {
    const r = run(bytes, file, options);
    const issues = capIssues(r.report.issues, file);
    return { ...r, dataset: { ...r.dataset, issues }, report: { ...r.report, issues } };
  } catch (e) {
    // A bug, not a property of the file: still a report, never an exception out of the importer.
    return failure(file, [
      issue(
        'error',
        'internal-error',
        file,
        `the importer failed unexpectedly (${e instanceof Error ? e.message : String(e)}); please report this`,
        {},
        { detail: e instanceof Error ? e.message : String(e) },
      ),
    ]);
  }
}

function run(bytes: Uint8Array, file: string, options: ImportOptions): ImportResult {
  const total = bytes.length;
  const tooLarge = sizeLimitIssue(file, total);
  if (tooLarge) return failure(file, [tooLarge]);
  const progress = (phase: ImportProgress['phase'], rows: number, done: number) =>
    options.onprogress?.({ phase, rows, bytes: done, totalBytes: total });
  progress('reading', 0, 0);
  if (isArrowBytes(bytes))
    return { ...arrowImport(bytes, file, options.language), headers: [], mappingGuessed: false };
  const decoded = decodeBytes(bytes, file, options.encoding);
  if (decoded.text === undefined) return failure(file, decoded.issues);
  const text = decoded.text;
  const contentKey = hashId(text);

  if (isJsonName(file, text)) {
    progress('parsing', 0, 0);
    const j = importJsonText(text, file, {
      mapping: options.mapping,
      language: options.language,
      contentKey,
    });
    // A feature is where a CSV has a row: "feature 3", counted from 1.
    const features = j.issues.map((i) =>
      i.row === undefined ? i : { ...i, unit: 'feature' as const },
    );
    const issues = [...decoded.issues, ...features];
    progress('done', j.read, total);
    return {
      dataset: {
        description: j.description,
        events: j.events,
        narratives: j.narratives,
        issues,
        origin: 'import',
      },
      report: {
        file,
        format: j.format,
        read: j.read,
        imported: j.imported,
        rejected: j.rejected,
        issues,
        ...(j.columns && { columns: j.columns }),
        ...(decoded.encoding !== 'utf-8' && { encoding: decoded.encoding }),
      },
      headers: j.headers,
      ...(j.sample && { sample: j.sample }),
      mapping: j.mapping,
      mappingGuessed: j.format === 'geojson' && !options.mapping,
      fingerprint: j.format === 'geojson' ? headerFingerprint(j.headers) : undefined,
    };
  }

  progress('parsing', 0, 0);
  const table = parseCSV(text, file, {
    onprogress: (rows, chars) => progress('parsing', rows, chars),
    aborted: options.aborted,
  });
  const format = table.headers.length ? detectFormat(table.headers) : 'generic';
  if (table.fatal) {
    const issues = [...decoded.issues, ...table.issues];
    return { ...failure(file, issues, format, table.rows.length), headers: table.headers };
  }
  const guessed = format === 'generic' && !options.mapping;
  const mapping: ImportMapping =
    options.mapping ??
    (format === 'generic' ? guessFullMapping(table.headers) : { format, columns: {} });
  progress('converting', 0, total);
  const result = rowsToEvents(table.rows, mapping, {
    file,
    language: options.language,
    contentKey,
    headers: table.headers,
    onprogress: (rows) => progress('converting', rows, total),
  });
  const issues = [...decoded.issues, ...table.issues, ...result.issues];
  progress('done', result.read, total);
  return {
    dataset: {
      description: result.description,
      events: result.events,
      narratives: [],
      issues,
      origin: 'import',
    },
    report: {
      file,
      format: mapping.format,
      read: result.read,
      imported: result.imported,
      rejected: result.rejected,
      issues,
      columns: result.columns,
      ...(decoded.encoding !== 'utf-8' && { encoding: decoded.encoding }),
    },
    headers: table.headers,
    sample: previewSample(table.rows),
    mapping: format === 'casemap' && !options.mapping ? undefined : mapping,
    mappingGuessed: guessed,
    fingerprint: headerFingerprint(table.headers),
    rows: result.rowOf,
  };
}

/** Convenience for tests and scripts: import a string as if it were a UTF-8 file. */
export function importText(text: string, file: string, options: ImportOptions = {}): ImportResult {
  return importBytes(new TextEncoder().encode(text), file, options);
}
