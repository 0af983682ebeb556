/**
 * One entry point from a file's bytes to a dataset and its report, used by the worker (and by
 * tests in Node). Never throws: whatever the input, the result says what happened.
 */
import type { LoadedDataset } from '../types';
import type { EventFeature } from '../../model/schema';
import { CsvReader, type SourceRow } from './csv';
import {
  decodeBytes,
  HEAD_BYTES,
  notUtf8,
  NotUtf8Error,
  sniffEncoding,
  TextChunks,
  undecodable,
  type Sniffed,
} from './decode';
import type { Encoding } from './encodings';
import { describeImport, emptyCatalogue } from './describe';
import { detectFormat, guessFullMapping, headerFingerprint, type ImportMapping } from './detect';
import { importJsonText } from './geojson';
import { arrowImport, type ArrowSource } from './arrow';
import { isArrowBytes } from '../export/arrow-columns';
import { Hash53, hashId } from './hash';
import type { Place, PlaceMatch } from '../../geo/places';
import { sizeLimitIssue } from './limits';
import { capIssues, issue, type ImportIssue, type ImportReport } from './report';
import { drain, RowsConverter } from './rows';
import { placedByName } from './context';

export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'converting' | 'done';
  /** Rows (or features) handled so far. */
  rows: number;
  /** Bytes of the file read so far. */
  bytes: number;
  totalBytes: number;
  /** While converting: how many rows there are to check (`rows` of them are done). */
  totalRows?: number;
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
  /**
   * Given, the events of a CSV file that are final as imported (not to be placed by name) are
   * handed to it a part at a time as they are made, and the dataset returned has none: the
   * worker sends them on at once, and never holds them all.
   */
  onevents?: (events: EventFeature[]) => void;
  /** How many bytes of a file are read, and characters parsed, at a time (tests take few). */
  chunkBytes?: number;
  chunkChars?: number;
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
  rows?: Map<string, number>;
  /** Events placed by the name of their place (locate.ts), with the other candidates. */
  placements?: Placement[];
  /** An Arrow file's events as its rows, for the worker's handover (handover.ts). */
  arrow?: ArrowSource;
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
    return capped(run(bytes, file, options), file);
  } catch (e) {
    return internalError(file, e);
  }
}

/** The result with its issues capped (report.ts): a million bad rows need not be listed. */
function capped(r: ImportResult, file: string): ImportResult {
  const issues = capIssues(r.report.issues, file);
  return { ...r, dataset: { ...r.dataset, issues }, report: { ...r.report, issues } };
}

/** A bug, not a property of the file: still a report, never an exception out of the importer. */
function internalError(file: string, e: unknown): ImportResult {
  const detail = e instanceof Error ? e.message : String(e);
  return failure(file, [
    issue(
      'error',
      'internal-error',
      file,
      `the importer failed unexpectedly (${detail}); please report this`,
      {},
      { detail },
    ),
  ]);
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

  if (isJsonName(file, text)) {
    const whole = sizeLimitIssue(file, total, 'whole');
    if (whole) return failure(file, [whole]);
    progress('parsing', 0, 0);
    const contentKey = hashId(text);
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

  const csv = new CsvImport(file, options, total, decoded);
  csv.push(text, total);
  return csv.finish();
}

/**
 * A CSV file imported as its text comes, a piece at a time: each row is parsed and converted to
 * an event draft as soon as it is read, so neither the whole text nor all its rows are held.
 */
class CsvImport {
  private readonly hash = new Hash53();
  private readonly reader: CsvReader;
  private converter?: RowsConverter;
  private mapping?: ImportMapping;
  private readonly sample: SourceRow[] = [];
  private chars = 0;
  private bytes = 0;

  constructor(
    private readonly file: string,
    private readonly options: ImportOptions,
    private readonly total: number,
    private readonly decoded: { encoding?: Encoding; issues: ImportIssue[] },
  ) {
    this.reader = new CsvReader(file, (row) => this.row(row), {
      // The share of the file read, from the characters parsed (a piece is read ahead).
      onprogress: (rows, chars) =>
        this.progress('parsing', rows, Math.round((chars * this.bytes) / Math.max(1, this.chars))),
      aborted: options.aborted,
      chunkChars: options.chunkChars,
    });
    this.progress('parsing', 0, 0);
  }

  private progress(phase: ImportProgress['phase'], rows: number, bytes: number, of?: number) {
    this.options.onprogress?.({
      phase,
      rows,
      bytes,
      totalBytes: this.total,
      ...(of !== undefined && { totalRows: of }),
    });
  }

  /** The text of the file's bytes up to `bytes`. */
  push(text: string, bytes: number): void {
    this.hash.update(text);
    this.chars += text.length;
    this.bytes = bytes;
    this.reader.push(text);
  }

  /** True when the rest of the file need not be read (it is refused, or the import cancelled). */
  get stopped(): boolean {
    return this.reader.stopped;
  }

  private row(row: SourceRow): void {
    if (this.sample.length < PREVIEW_ROWS) this.sample.push({ ...row, issues: [] });
    if (this.reader.fatal) return;
    if (!this.converter) {
      const headers = this.reader.headers;
      const format = detectFormat(headers);
      this.mapping =
        this.options.mapping ??
        (format === 'generic' ? guessFullMapping(headers) : { format, columns: {} });
      this.converter = new RowsConverter(this.mapping, {
        file: this.file,
        language: this.options.language,
        headers,
        onprogress: (rows, of) => this.progress('converting', rows, this.total, of),
        ...(!placedByName(this.mapping.format) && { onevents: this.options.onevents }),
      });
    }
    this.converter.add(row);
  }

  finish(): ImportResult {
    return drain(this.steps());
  }

  /** finish() a part of the events at a time (RowsConverter.steps). */
  *steps(): Generator<void, ImportResult> {
    const { file, reader, options, decoded, total } = this;
    reader.end();
    const headers = reader.headers;
    const format = headers.length ? detectFormat(headers) : 'generic';
    if (reader.fatal || !this.converter || !this.mapping) {
      const issues = [...decoded.issues, ...reader.issues];
      return { ...failure(file, issues, format, reader.rows), headers };
    }
    const mapping = this.mapping;
    const guessed = format === 'generic' && !options.mapping;
    this.progress('converting', 0, total, reader.rows);
    const result = yield* this.converter.steps(this.hash.id());
    const issues = [...decoded.issues, ...reader.issues, ...result.issues];
    this.progress('done', result.read, total);
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
      headers,
      sample: this.sample,
      mapping: format === 'casemap' && !options.mapping ? undefined : mapping,
      mappingGuessed: guessed,
      fingerprint: headerFingerprint(headers),
      rows: result.rowOf,
    };
  }
}

/** How many rows the mapping dialog previews. */
const PREVIEW_ROWS = 5;

/** A CSV file is read 4 MiB at a time. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * A file (a Blob) to a dataset and its report, as importBytes, reading a CSV file a chunk at a
 * time: its encoding is told from its first megabyte, then the text is decoded, parsed and
 * converted as it is read, so that a file of a million rows fits in memory with its events. The
 * formats read whole (JSON, GeoJSON, Arrow) are read whole. Never throws.
 */
export async function importBlob(
  blob: Blob,
  file: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return capped(await runBlob(blob, file, options), file);
  } catch (e) {
    return internalError(file, e);
  }
}

async function runBlob(blob: Blob, file: string, options: ImportOptions) {
  const total = blob.size;
  const tooLarge = sizeLimitIssue(file, total);
  if (tooLarge) return failure(file, [tooLarge]);
  options.onprogress?.({ phase: 'reading', rows: 0, bytes: 0, totalBytes: total });
  const head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
  let sniffed = sniffEncoding(head, file, options.encoding);
  const start = new TextDecoder(sniffed.encoding ?? 'utf-8').decode(head.subarray(0, 1024));
  // An Arrow file is read whole from its columns (up to 1 GiB); JSON as one text (up to 200 MiB).
  if (isArrowBytes(head)) return run(new Uint8Array(await blob.arrayBuffer()), file, options);
  if (!sniffed.refused && isJsonName(file, start.replace(/^\uFEFF/, ''))) {
    const whole = sizeLimitIssue(file, total, 'whole');
    if (whole) return failure(file, [whole]);
    return run(new Uint8Array(await blob.arrayBuffer()), file, options);
  }
  if (sniffed.refused) return failure(file, sniffed.issues);
  try {
    return await streamCsv(blob, file, options, sniffed);
  } catch (e) {
    if (!(e instanceof NotUtf8Error)) throw e;
    if (sniffed.encoding) return failure(file, [undecodable(file, sniffed.encoding)]);
    // Not UTF-8 after all, past the first megabyte: read again in the code page the first
    // bytes look like, or refused, as a file found so at once would be.
    sniffed = notUtf8(head, e.offset, e.byte, file);
    if (sniffed.refused) return failure(file, sniffed.issues);
    return streamCsv(blob, file, options, sniffed);
  }
}

async function streamCsv(
  blob: Blob,
  file: string,
  options: ImportOptions,
  sniffed: Sniffed,
): Promise<ImportResult> {
  const total = blob.size;
  const chunk = options.chunkBytes ?? CHUNK_BYTES;
  const decoder = new TextChunks(sniffed.encoding);
  const csv = new CsvImport(file, options, total, {
    encoding: sniffed.encoding ?? 'utf-8',
    issues: sniffed.issues,
  });
  // The next chunk is read while this one is parsed: reading a file is the browser's work, not
  // this thread's, and the parse need not wait for it. (A read ahead is left unread when the file
  // is refused or the import cancelled: its failure, if any, is then no error of the import.)
  const read = (at: number) => {
    const bytes = blob.slice(at, at + chunk).arrayBuffer();
    bytes.catch(() => {});
    return bytes;
  };
  let next = read(0);
  for (let at = 0; at < total && !csv.stopped;) {
    const bytes = new Uint8Array(await next);
    at += bytes.length;
    if (at < total) next = read(at);
    csv.push(decoder.push(bytes, at >= total), at);
  }
  // Between parts of the events, the worker answers its messages.
  const steps = csv.steps();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Convenience for tests and scripts: import a string as if it were a UTF-8 file. */
export function importText(text: string, file: string, options: ImportOptions = {}): ImportResult {
  return importBytes(new TextEncoder().encode(text), file, options);
}
