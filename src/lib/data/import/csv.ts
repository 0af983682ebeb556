/**
 * Bytes to a table: decoding (UTF-8 with or without BOM, UTF-16 with BOM, a stated fallback to
 * windows-1251) and RFC 4180 parsing with papaparse (comma, semicolon, tab or pipe, detected from
 * the header). Never throws: every problem becomes an issue naming the file, the row as a
 * spreadsheet numbers it (header = row 1), the column, the value and the reason.
 *
 * Encoding decision: invalid UTF-8 is decoded as Cyrillic windows-1251 or KOI8-R, with a warning
 * naming the encoding and the first invalid byte, only when the bytes look like Cyrillic text in
 * that code page (Excel on a Russian or Kazakh Windows saves "CSV" so, and those are this app's
 * users). Anything else that is not UTF-8 is refused with the byte offset unless the reader
 * declares its encoding: guessing a Western code page would silently garble names.
 */
import Papa from 'papaparse';
import { append, issue, type ImportIssue } from './report';
import { unguardCell } from '../export/csv-cells';
import type { Encoding } from './encodings';

/** A header with more columns than this is refused: it is a damaged or transposed file. */
const MAX_COLUMNS = 1000;
/** A longer cell rejects its row: usually an unclosed quote that swallowed the rest of the file. */
const MAX_FIELD_CHARS = 100_000;

export interface Decoded {
  text?: string;
  encoding?: Encoding;
  issues: ImportIssue[];
}

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

/** Position of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array, from = 0): number {
  let i = from;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [len, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [len, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [len, min] = [3, 0x10000];
    else return i;
    if (i + len >= n) return i;
    let cp = c & (0x3f >> len);
    for (let k = 1; k <= len; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len + 1;
  }
  return -1;
}

/**
 * The Cyrillic single-byte encoding bytes look like, if any: most bytes above 0x7F are letters
 * (0xC0-0xFF, Ё and ё), and they come in runs, as the letters of Cyrillic words do (accented
 * letters of Western text stand alone between ASCII letters). The case tells windows-1251 from
 * KOI8-R: running text is mostly lower case, at 0xE0-0xFF in windows-1251 and 0xC0-0xDF in KOI8-R.
 * The share of such bytes in the file does not matter: a sheet of numbers and links with a few
 * Russian names is still a Cyrillic file.
 */
export function cyrillicCodePage(b: Uint8Array): 'windows-1251' | 'koi8-r' | undefined {
  let high = 0;
  let letters = 0;
  let paired = 0;
  let upperHalf = 0;
  const n = Math.min(b.length, 1 << 20);
  const isLetter = (c: number | undefined) =>
    c !== undefined && (c >= 0xc0 || c === 0xa8 || c === 0xb8 || c === 0xa3 || c === 0xb3);
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    high++;
    if (!isLetter(c)) continue;
    letters++;
    if (c >= 0xe0) upperHalf++;
    if (isLetter(b[i - 1]) || isLetter(b[i + 1])) paired++;
  }
  if (high === 0 || letters / high < 0.8 || paired / letters < 0.6) return undefined;
  return upperHalf * 2 >= letters ? 'windows-1251' : 'koi8-r';
}

const hex = (c: number) => `0x${c.toString(16).toUpperCase().padStart(2, '0')}`;

/** Decodes a text file's bytes, or says why it is not a text file this importer can read. */
export function decodeBytes(bytes: Uint8Array, file: string, encoding?: Encoding): Decoded {
  const err = (code: string, message: string, params: Record<string, string | number> = {}) => ({
    issues: [issue('error', code, file, message, {}, params)],
  });
  if (bytes.length === 0) return err('empty-file', 'the file is empty');
  const starts = (...sig: number[]) => sig.every((s, i) => bytes[i] === s);
  if (starts(0x50, 0x4b, 0x03, 0x04))
    return err(
      'not-text-zip',
      'is a ZIP archive (an Excel .xlsx or OpenDocument workbook?), not a CSV file: save it as "CSV UTF-8" first',
    );
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return err(
      'not-text-xls',
      'is an old Excel workbook (.xls), not a CSV file: save it as "CSV UTF-8" first',
    );
  if (starts(0x25, 0x50, 0x44, 0x46)) return err('not-text-pdf', 'is a PDF document, not data');

  const issues: ImportIssue[] = [];
  const warn = (code: string, message: string, params: Record<string, string | number> = {}) =>
    issues.push(issue('warning', code, file, message, {}, params));
  let enc = encoding;
  if (!enc) {
    if (starts(0xff, 0xfe)) enc = 'utf-16le';
    else if (starts(0xfe, 0xff)) enc = 'utf-16be';
    else {
      // UTF-16 without a BOM: every other byte of ASCII text is 0.
      const n = Math.min(bytes.length, 4096);
      let oddZero = 0;
      let evenZero = 0;
      for (let i = 0; i < n; i++) {
        if (bytes[i] !== 0) continue;
        if (i % 2) oddZero++;
        else evenZero++;
      }
      if (n >= 4 && oddZero > n * 0.4 && evenZero === 0) {
        enc = 'utf-16le';
        warn('encoding-utf16', 'looks like UTF-16 text without a byte order mark; read as UTF-16');
      } else if (n >= 4 && evenZero > n * 0.4 && oddZero === 0) {
        enc = 'utf-16be';
        warn('encoding-utf16', 'looks like UTF-16 text without a byte order mark; read as UTF-16');
      } else {
        // Binary: control characters other than tab, line feeds and form feed.
        let control = 0;
        let first = -1;
        for (let i = 0; i < n; i++) {
          const c = bytes[i]!;
          if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0) {
            control++;
            if (first < 0) first = i;
          }
        }
        if (control > n * 0.05) {
          return err(
            'binary',
            `is not a text file: binary data (control byte ${hex(bytes[first]!)} at byte offset ${first})`,
            { offset: first, byte: hex(bytes[first]!) },
          );
        }
      }
    }
  }
  if (!enc) {
    // The native decoder says at once whether the bytes are UTF-8; only a file that is not is
    // walked byte by byte for the place of its first invalid byte.
    const utf8 = utf8Text(bytes);
    if (utf8 !== undefined) return { text: withoutBom(utf8), encoding: 'utf-8', issues };
    const bad = firstInvalidUtf8(bytes);
    if (bad < 0) enc = 'utf-8';
    else if ((enc = cyrillicCodePage(bytes))) {
      warn(
        'encoding-fallback',
        `is not UTF-8 (invalid byte ${hex(bytes[bad]!)} at byte offset ${bad}); it looks like Cyrillic in ${enc} and was read so: check the names, or save it as "CSV UTF-8"`,
        { offset: bad, byte: hex(bytes[bad]!), encoding: enc },
      );
    } else {
      return err(
        'not-utf8',
        `is not UTF-8: invalid byte ${hex(bytes[bad]!)} at byte offset ${bad}; save it as "CSV UTF-8", or choose its encoding (windows-1252 for Western European text, say) and import again`,
        { offset: bad, byte: hex(bytes[bad]!) },
      );
    }
  }
  let text: string;
  try {
    const utf8 = enc === 'utf-8' ? utf8Text(bytes) : undefined;
    text = utf8 ?? new TextDecoder(enc, { fatal: enc === 'utf-8' }).decode(bytes);
  } catch {
    return err('not-utf8', `could not be decoded as ${enc}`, { variant: 'decode', encoding: enc });
  }
  return { text: withoutBom(text), encoding: enc, issues };
}

function utf8Text(bytes: Uint8Array): string | undefined {
  // The byte order mark is cut off before decoding, not after: Chromium's decoder otherwise
  // returns the whole text as two-byte characters (U+FEFF is not Latin-1), twice the memory and
  // slower to read, though the mark itself is dropped. (The app's own CSV starts with one.)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    return undefined;
  }
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

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
}

/** Parses decoded CSV text into rows keyed by header. */
export function parseCSV(text: string, file: string, options: ParseOptions = {}): CsvTable {
  const issues: ImportIssue[] = [];
  const table: CsvTable = { file, delimiter: ',', headers: [], rows: [], issues, fatal: false };
  const fatal = (code: string, message: string, params: Record<string, string | number> = {}) => {
    issues.push(issue('error', code, file, message, {}, params));
    table.fatal = true;
    return table;
  };
  if (text.trim() === '') return fatal('empty-file', 'the file is empty');
  const delimiter = detectDelimiter(text);
  table.delimiter = delimiter;
  const others = DELIMITERS.filter((d) => d !== delimiter);
  const bad = countBadQuotes(text, delimiter, MAX_BAD_QUOTES);
  if (bad.count >= MAX_BAD_QUOTES) {
    return fatal(
      'quotes-broken',
      `has more than ${MAX_BAD_QUOTES} misplaced quote marks (the first in row ${bad.row}): its quoting is broken, so its values cannot be told apart; a quote inside a quoted value must be doubled ("")`,
      { limit: MAX_BAD_QUOTES, first: bad.row },
    );
  }

  let record = 0;
  let rawHeaders: string[] | undefined;
  let stopped = false;
  let tooMany = false;
  const cellIssues = (row: number, cells: string[], names: string[], out: ImportIssue[]) => {
    cells.forEach((raw, c) => {
      const column = names[c] ?? columnLetter(c);
      let v = raw;
      if (v.includes('\0')) {
        out.push(
          issue(
            'error',
            'nul-byte',
            file,
            'contains a NUL byte: the file may be damaged or not text',
            {
              row,
              column,
              value: v,
            },
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
    });
  };

  /**
   * One issue per kind of quoting problem in a row, however many times the row repeats it (a
   * line of `"x"y;` has one every few characters), with the count; the value is the field
   * concerned, never the whole row.
   */
  const quoteIssues = (
    errors: Papa.ParseError[],
    cells: string[],
    row: number,
    out: ImportIssue[],
  ) => {
    const missing = errors.filter((e) => e.code === 'MissingQuotes').length;
    const invalid = errors.filter((e) => e.code === 'InvalidQuotes');
    if (missing) {
      out.push(
        issue(
          'error',
          'unclosed-quote',
          file,
          'a quoted value starts in this row and is never closed, so the rest of the file was read into it',
          { row, value: cells[cells.length - 1] ?? '' },
        ),
      );
    }
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
        count > 1
          ? { detail: first.message, count, variant: 'repeated' }
          : { detail: first.message },
      ),
    );
  };

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (results, parser) => {
      const row = ++record; // header is record 1
      const cells = results.data;
      if (options.aborted?.()) {
        stopped = true;
        parser.abort();
        return;
      }
      if (!rawHeaders) {
        rawHeaders = cells;
        if (cells.length > MAX_COLUMNS) {
          tooMany = true;
          fatal(
            'too-many-columns',
            `the header has ${cells.length} columns, more than the ${MAX_COLUMNS} this importer reads: is it the right file?`,
            { count: cells.length, limit: MAX_COLUMNS },
          );
        }
        const rowIssues: ImportIssue[] = [];
        cellIssues(1, cells, [], rowIssues);
        append(
          issues,
          rowIssues.map((i) => ({ ...i, severity: 'warning' as const })),
        );
        table.headers = uniqueHeaders(cells, file, issues);
        return;
      }
      if (cells.length === 1 && cells[0] === '') return; // a blank line is not a row
      if (cells.every((c) => c.trim() === '') && results.errors.length === 0) return;
      const rowIssues: ImportIssue[] = [];
      quoteIssues(results.errors, cells, row, rowIssues);
      const headers = table.headers;
      if (tooMany) {
        table.rows.push({ row, values: {}, issues: rowIssues });
        return;
      }
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
        const other = others.find((d) => cells.some((c) => c.includes(d)));
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
      cellIssues(row, cells, headers, rowIssues);
      const values: Record<string, string> = {};
      headers.forEach((h, c) => (values[h] = cells[c] ?? ''));
      table.rows.push({ row, values, issues: rowIssues, headers });
      if (options.onprogress && row % 5000 === 0) options.onprogress(row - 1, results.meta.cursor);
    },
  });
  if (stopped) return fatal('cancelled', 'the import was cancelled');
  if (!rawHeaders) return fatal('empty-file', 'the file is empty');
  if (table.rows.length === 0 && !table.fatal) {
    return fatal('no-rows', 'has a header row but no data rows');
  }
  return table;
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
