/**
 * Text to a table: RFC 4180 parsing with papaparse (comma, semicolon, tab or pipe, detected from
 * the header), whole or a piece at a time as the file is decoded (decode.ts). Never throws: every
 * problem becomes an issue naming the file, the row as a spreadsheet numbers it (header = row 1),
 * the column, the value and the reason.
 */
import Papa from 'papaparse';
import { append, issue, type ImportIssue } from './report';
import { unguardCell } from '../export/csv-cells';

/** A header with more columns than this is refused: it is a damaged or transposed file. */
const MAX_COLUMNS = 1000;
/** A longer cell rejects its row: usually an unclosed quote that swallowed the rest of the file. */
const MAX_FIELD_CHARS = 100_000;

/** A data row as read from a CSV file or from a GeoJSON feature's properties. */
export interface SourceRow {
  /** Row number as a spreadsheet shows it (header = 1); for GeoJSON the feature's index + 1. */
  row: number;
  /** Values by column name (header), in header order. */
  values: Record<string, string>;
  /** Problems found while reading the row; any error rejects it. */
  issues: ImportIssue[];
  /** The table's header, the keys of `values` in order (one array shared by all its rows). */
  headers?: readonly string[];
  /** A position from a GeoJSON geometry, already checked, and the precision it implies. */
  point?: { lon: number; lat: number; precision?: 'region' } | null;
}

export interface CsvTable {
  file: string;
  delimiter: string;
  headers: string[];
  rows: SourceRow[];
  /** File-level problems; a `fatal` one means no row can be imported. */
  issues: ImportIssue[];
  fatal: boolean;
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The separator that splits the header line most (outside quotes); comma on a tie or none. */
export function detectDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < 1_000_000; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

const NAME: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** A file with more misplaced quote marks than this is refused before it is parsed. */
const MAX_BAD_QUOTES = 100_000;

const QUOTE = 34;
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

/**
 * How many quote marks the parser will find misplaced (a quote closing a quoted value but
 * followed by neither a separator nor a line end), counted in one pass that builds nothing, up
 * to `limit`; and the row of the first. papaparse keeps an error object for each one, and a line
 * of `"x"y;` has one every few characters: counted first, such a file is refused before the
 * parser can hold hundreds of bytes per byte of it.
 */
export function countBadQuotes(
  text: string,
  delimiter: string,
  limit: number,
): { count: number; row: number } {
  const n = text.length;
  const sep = delimiter.charCodeAt(0);
  let i = 0;
  let row = 1;
  let count = 0;
  let first = 0;
  /** Moves past a line end at k; returns false when k is not one. */
  const lineEnd = (k: number) => {
    const c = text.charCodeAt(k);
    if (c !== LF && c !== CR) return false;
    i = k + (c === CR && text.charCodeAt(k + 1) === LF ? 2 : 1);
    row++;
    return true;
  };
  while (i < n) {
    if (text.charCodeAt(i) !== QUOTE) {
      let k = i;
      for (let c = text.charCodeAt(k); k < n; c = text.charCodeAt(++k))
        if (c === sep || c === LF || c === CR) break;
      if (k >= n) break;
      if (text.charCodeAt(k) === sep) i = k + 1;
      else lineEnd(k);
      continue;
    }
    let from = i + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) return { count, row: first }; // never closed: the rest of the file is the value
      if (text.charCodeAt(q + 1) === QUOTE) {
        from = q + 2;
        continue;
      }
      if (q === n - 1) return { count, row: first }; // closed at the end of the file
      let k = q + 1;
      while (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB) k++;
      if (k < n && text.charCodeAt(k) === sep) {
        i = k + 1;
        break;
      }
      if (k < n && lineEnd(k)) break;
      if (count++ === 0) first = row;
      if (count >= limit) return { count, row: first };
      from = q + 1;
    }
  }
  return { count, row: first };
}

/** Spreadsheet column letters: 0 -> A, 26 -> AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface ParseOptions {
  /** Called every few thousand rows with the rows read and the characters consumed. */
  onprogress?: (rows: number, chars: number) => void;
  /** Checked between rows; when true, parsing stops and the table says so. */
  aborted?: () => boolean;
  /** How many characters the parser is given at a time (tests give it small pieces). */
  chunkChars?: number;
}

/** The separator and line end are told from this much of the file's start (as papaparse does). */
const HEAD_CHARS = 1 << 20;
/** The parser is given the text this much at a time. */
const CHUNK_CHARS = 1 << 20;
/**
 * A row not ended after this many characters stops the reading: only a quote never closed makes
 * one (a row of 1,000 columns at their longest is 100 million characters), and it would read the
 * rest of the file into one value.
 */
const MAX_ROW_CHARS = 128 * 1024 * 1024;

type LineEnd = '\n' | '\r' | '\r\n';
/** papaparse's own guess of a text's line ends (from its first megabyte, quoted values aside). */
const guessLineEnds = (text: string): LineEnd =>
  new (
    Papa as unknown as {
      ParserHandle: new (c: object) => { guessLineEndings(t: string, q: string): LineEnd };
    }
  ).ParserHandle({}).guessLineEndings(text, '"');

/** Problems in the cells of a row (cleaned in place): NUL bytes, stray BOMs, endless values. */
function cellIssues(
  file: string,
  row: number,
  cells: string[],
  names: string[],
  out: ImportIssue[],
): void {
  for (let c = 0; c < cells.length; c++) {
    let v = cells[c]!;
    // The common cell, checked cheaply: no NUL byte, no byte order mark, not too long, and no
    // apostrophe in front that guards a formula.
    if (v.length <= MAX_FIELD_CHARS && v.charCodeAt(0) !== APOSTROPHE && !ODD_CHARS.test(v))
      continue;
    const column = names[c] ?? columnLetter(c);
    if (v.includes('\0')) {
      out.push(
        issue(
          'error',
          'nul-byte',
          file,
          'contains a NUL byte: the file may be damaged or not text',
          { row, column, value: v },
        ),
      );
    }
    if (v.includes('\uFEFF')) {
      v = v.replace(/\uFEFF/g, '');
      out.push(
        issue(
          'warning',
          'bom-inside',
          file,
          'contains a byte order mark inside the file (two files joined?); it was removed',
          { row, column, value: v },
        ),
      );
    }
    if (v.length > MAX_FIELD_CHARS) {
      out.push(
        issue(
          'error',
          'field-too-long',
          file,
          `is ${v.length} characters long, more than the ${MAX_FIELD_CHARS} allowed (an unclosed quote?)`,
          { row, column, value: v },
          { length: v.length, limit: MAX_FIELD_CHARS },
        ),
      );
    }
    cells[c] = unguardCell(v);
  }
}

const APOSTROPHE = 39;
/** A NUL byte or a byte order mark. */
const ODD_CHARS = /[\0\uFEFF]/;

/**
 * One issue per kind of quoting problem in a row, however many times the row repeats it (a
 * line of `"x"y;` has one every few characters), with the count; the value is the field
 * concerned, never the whole row.
 */
function quoteIssues(
  file: string,
  errors: Papa.ParseError[],
  cells: string[],
  row: number,
  out: ImportIssue[],
): void {
  if (errors.length === 0) return;
  const missing = errors.filter((e) => e.code === 'MissingQuotes').length;
  const invalid = errors.filter((e) => e.code === 'InvalidQuotes');
  if (missing) out.push(unclosedQuote(file, row, cells[cells.length - 1] ?? ''));
  const first = invalid[0];
  if (!first) return;
  const count = invalid.length;
  out.push(
    issue(
      'error',
      'bad-quote',
      file,
      `a quoted value is malformed (${first.message})${count > 1 ? `, ${count} times in this row` : ''}`,
      { row, value: cells.find((c) => c.includes('"')) ?? cells[0] ?? '' },
      count > 1 ? { detail: first.message, count, variant: 'repeated' } : { detail: first.message },
    ),
  );
}

const unclosedQuote = (file: string, row: number, value: string) =>
  issue(
    'error',
    'unclosed-quote',
    file,
    'a quoted value starts in this row and is never closed, so the rest of the file was read into it',
    { row, value },
  );

/**
 * A CSV file's text read a piece at a time, as it is decoded: each data row is handed to `onrow`
 * as soon as it is complete (a row cut between two pieces, within a quoted value or between the
 * two characters of a line end, is joined first), so the file's text is never held whole. The
 * separator and line ends are told from the first megabyte. `end()` after the last piece; then
 * `fatal` says whether the file could be read at all, and `issues` what is wrong with it.
 */
export class CsvReader {
  delimiter = ',';
  headers: string[] = [];
  /** File-level problems; a `fatal` one means no row can be imported. */
  readonly issues: ImportIssue[] = [];
  fatal = false;
  /** Data rows handed over (blank lines are not rows). */
  rows = 0;
  /** Text not yet parsed: the end of a row cut by the last piece, and what came after. */
  private buffer = '';
  /** Characters parsed before `buffer`. */
  private base = 0;
  /** How much of the buffer a parse takes, and the next one. */
  private readonly chunkChars: number;
  private want: number;
  private parser?: Papa.Parser;
  private newline: LineEnd = '\n';
  private others: string[] = [];
  /** The reading has stopped: the file is refused, or the import cancelled. */
  private done = false;
  private cancelled = false;
  private sawText = false;
  private record = 0;
  private rawHeaders?: string[];
  private tooMany = false;
  /** Misplaced quote marks in the rows handed over, and the row of the first. */
  private badQuotes = 0;
  private firstBadQuote = 0;
  /** Each row's values start as a copy of this (blankRow), once the header is read. */
  private blank?: Record<string, string> | null;

  constructor(
    private readonly file: string,
    private readonly onrow: (row: SourceRow) => void,
    private readonly options: ParseOptions = {},
  ) {
    this.chunkChars = options.chunkChars ?? CHUNK_CHARS;
    this.want = this.chunkChars;
  }

  /** True when the rest of the file will not be read (it is refused, or the import cancelled). */
  get stopped(): boolean {
    return this.done;
  }

  /** The next piece of the file's text. */
  push(text: string): void {
    if (this.done) return;
    if (!this.sawText && /\S/.test(text)) this.sawText = true;
    this.buffer += text;
    if (!this.parser && this.buffer.length < HEAD_CHARS) return;
    while (!this.done && this.buffer.length >= this.want) this.parse(false);
  }

  /** The file has ended: the last row is read, and the file's own problems told. */
  end(): void {
    while (!this.done && this.buffer.length >= this.want) this.parse(false);
    if (!this.done) this.parse(true);
    this.buffer = '';
    if (this.cancelled) this.err('cancelled', 'the import was cancelled');
    else if (this.fatal) return;
    else if (!this.sawText || !this.rawHeaders) {
      this.issues.length = 0;
      this.err('empty-file', 'the file is empty');
    } else if (this.rows === 0) this.err('no-rows', 'has a header row but no data rows');
  }

  /** A problem that refuses the file, and stops the reading. */
  private err(code: string, message: string, params: Record<string, string | number> = {}) {
    this.issues.push(issue('error', code, this.file, message, {}, params));
    this.fatal = true;
    this.done = true;
  }

  private start(): void {
    // papaparse drops a byte order mark the decoder left (a file saved with two).
    if (this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
    this.delimiter = detectDelimiter(this.buffer);
    this.others = DELIMITERS.filter((d) => d !== this.delimiter);
    this.newline = guessLineEnds(this.buffer);
    this.parser = new Papa.Parser({
      delimiter: this.delimiter,
      newline: this.newline,
      step: (results: Papa.ParseStepResult<string[][]>) => this.step(results),
    });
  }

  private parse(final: boolean): void {
    if (!this.parser) this.start();
    const input = final ? this.buffer : this.buffer.slice(0, this.want);
    // Counted before parsing: papaparse keeps an error object for each misplaced quote, and a
    // line of `"x"y;` has one every few characters (see countBadQuotes). Counted in the file's
    // first piece, in a row longer than a piece, and once the file has shown a misplaced quote:
    // a file of well-formed rows is not read twice.
    const suspect = this.base === 0 || this.badQuotes > 0 || this.want > this.chunkChars;
    const bad = suspect
      ? countBadQuotes(input, this.delimiter, MAX_BAD_QUOTES - this.badQuotes)
      : { count: 0, row: 0 };
    if (this.badQuotes + bad.count >= MAX_BAD_QUOTES) {
      const first = this.firstBadQuote || this.record + bad.row;
      this.err(
        'quotes-broken',
        `has more than ${MAX_BAD_QUOTES} misplaced quote marks (the first in row ${first}): its quoting is broken, so its values cannot be told apart; a quote inside a quoted value must be doubled ("")`,
        { limit: MAX_BAD_QUOTES, first },
      );
      return;
    }
    const results = this.parser!.parse(input, this.base, !final) as Papa.ParseResult<string[]>;
    if (final || this.done) return;
    const used = results.meta.cursor - this.base;
    this.base += used;
    this.buffer = this.buffer.slice(used);
    // A row longer than the piece: the next parse takes twice as much, so that a long row is
    // parsed again only a few times, not once per piece.
    const left = input.length - used;
    this.want = Math.max(this.chunkChars, 2 * left);
    if (left > MAX_ROW_CHARS) {
      this.rows++;
      this.onrow({
        row: ++this.record,
        values: {},
        issues: [unclosedQuote(this.file, this.record, this.buffer.slice(0, 200))],
      });
      this.done = true;
    }
  }

  private step(results: Papa.ParseStepResult<string[][]>): void {
    const row = ++this.record; // header is record 1
    const cells = results.data[0]!;
    if (this.options.aborted?.()) {
      this.cancelled = true;
      this.done = true;
      this.parser!.abort();
      return;
    }
    const file = this.file;
    if (!this.rawHeaders) {
      this.rawHeaders = cells;
      if (cells.length > MAX_COLUMNS) {
        this.tooMany = true;
        this.issues.push(
          issue(
            'error',
            'too-many-columns',
            file,
            `the header has ${cells.length} columns, more than the ${MAX_COLUMNS} this importer reads: is it the right file?`,
            {},
            { count: cells.length, limit: MAX_COLUMNS },
          ),
        );
        this.fatal = true;
      }
      const rowIssues: ImportIssue[] = [];
      cellIssues(file, 1, cells, [], rowIssues);
      append(
        this.issues,
        rowIssues.map((i) => ({ ...i, severity: 'warning' as const })),
      );
      this.headers = uniqueHeaders(cells, file, this.issues);
      return;
    }
    if (cells.length === 1 && cells[0] === '') return; // a blank line is not a row
    if (cells.every((c) => c.trim() === '') && results.errors.length === 0) return;
    const invalid = results.errors.length
      ? results.errors.filter((e) => e.code === 'InvalidQuotes').length
      : 0;
    if (invalid && !this.badQuotes) this.firstBadQuote = row;
    this.badQuotes += invalid;
    const rowIssues: ImportIssue[] = [];
    quoteIssues(file, results.errors, cells, row, rowIssues);
    const headers = this.headers;
    this.rows++;
    if (this.tooMany) {
      this.onrow({ row, values: {}, issues: rowIssues });
      return;
    }
    const delimiter = this.delimiter;
    if (cells.length > headers.length) {
      const extra = cells.slice(headers.length);
      if (extra.some((c) => c.trim() !== '')) {
        rowIssues.push(
          issue(
            'error',
            'too-many-fields',
            file,
            `has ${cells.length} values where the header has ${headers.length} columns (an unquoted ${NAME[delimiter]} inside a value?)`,
            { row, column: columnLetter(headers.length), value: extra.join(delimiter) },
            { count: cells.length, expected: headers.length, delimiter: NAME[delimiter]! },
          ),
        );
      }
      cells.length = headers.length;
    } else if (cells.length < headers.length) {
      const other = this.others.find((d) => cells.some((c) => c.includes(d)));
      if (cells.length === 1 && headers.length > 1 && other) {
        rowIssues.push(
          issue(
            'error',
            'mixed-separators',
            file,
            `is one value although the header has ${headers.length} columns: this row seems separated by ${NAME[other]}s, the header by ${NAME[delimiter]}s`,
            { row, value: cells[0] },
            { separator: NAME[other]!, expected: NAME[delimiter]!, columns: headers.length },
          ),
        );
      } else {
        rowIssues.push(
          issue(
            'warning',
            'too-few-fields',
            file,
            `has ${cells.length} values where the header has ${headers.length} columns; the missing ones are read as empty`,
            { row },
            { count: cells.length, expected: headers.length },
          ),
        );
      }
    }
    cellIssues(file, row, cells, headers, rowIssues);
    if (this.blank === undefined) this.blank = blankRow(headers);
    const values: Record<string, string> = this.blank ? { ...this.blank } : {};
    for (let c = 0; c < headers.length; c++) values[headers[c]!] = cells[c] ?? '';
    this.onrow({ row, values, issues: rowIssues, headers });
    if (this.options.onprogress && row % 5000 === 0)
      this.options.onprogress(row - 1, results.meta.cursor);
  }
}

/**
 * A row's values, all empty, keyed by the header in its order; null for a header that names a
 * column "__proto__" (an own key here, where a plain assignment sets none). Each row's object is
 * a copy of it, then filled: an object JSON.parse made is copied whole at once, where 28 keys
 * added one by one to an empty object cost V8 a lookup of the object's next shape each.
 */
function blankRow(headers: readonly string[]): Record<string, string> | null {
  if (headers.includes('__proto__')) return null;
  const empty = Object.fromEntries(headers.map((h) => [h, '']));
  return JSON.parse(JSON.stringify(empty)) as Record<string, string>;
}

/** Parses decoded CSV text into rows keyed by header. */
export function parseCSV(text: string, file: string, options: ParseOptions = {}): CsvTable {
  const rows: SourceRow[] = [];
  const reader = new CsvReader(file, (r) => rows.push(r), options);
  reader.push(text);
  reader.end();
  const { delimiter, headers, issues, fatal } = reader;
  return { file, delimiter, headers, rows, issues, fatal };
}

/** Header names made unique and non-empty, so every value has a name to go by. */
function uniqueHeaders(cells: string[], file: string, issues: ImportIssue[]): string[] {
  const seen = new Set<string>();
  // The next number to try for each repeated name: counting up from 2 each time made a header
  // of 300,000 equal names take hours.
  const next = new Map<string, number>();
  return cells.map((raw, i) => {
    let h = raw.trim();
    if (h === '') h = `(column ${columnLetter(i)})`;
    if (seen.has(h)) {
      let k = next.get(h) ?? 2;
      while (seen.has(`${h} (${k})`)) k++;
      next.set(h, k + 1);
      issues.push(
        issue(
          'warning',
          'duplicate-header',
          file,
          `the column name "${h}" appears twice; the later one is called "${h} (${k})"`,
          { row: 1, column: columnLetter(i), value: h },
          { name: h, renamed: `${h} (${k})` },
        ),
      );
      h = `${h} (${k})`;
    }
    seen.add(h);
    return h;
  });
}
