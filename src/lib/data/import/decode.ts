/**
 * Bytes to text: the encoding told from a file's first bytes (a byte order mark, UTF-16 without
 * one, UTF-8, a Cyrillic code page), then the bytes decoded whole (decodeBytes) or a chunk at a
 * time as they are read (TextChunks), the same text either way. Never throws out of decodeBytes:
 * a file that is not text this importer reads gets an issue that says why.
 *
 * Encoding decision: invalid UTF-8 is decoded as Cyrillic windows-1251 or KOI8-R, with a warning
 * naming the encoding and the first invalid byte, only when the bytes look like Cyrillic text in
 * that code page (Excel on a Russian or Kazakh Windows saves "CSV" so, and those are this app's
 * users). Anything else that is not UTF-8 is refused with the byte offset unless the reader
 * declares its encoding: guessing a Western code page would silently garble names.
 */
import { issue, type ImportIssue } from './report';
import type { Encoding } from './encodings';

export interface Decoded {
  text?: string;
  encoding?: Encoding;
  issues: ImportIssue[];
}

/**
 * How many first bytes decide the encoding: the UTF-16 and binary checks read 4 KiB, the
 * Cyrillic code-page check 1 MiB (and the byte after it).
 */
export const HEAD_BYTES = (1 << 20) + 1;

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

/** The encoding of a file as its first bytes tell, or why it is not a text file. */
export interface Sniffed {
  /** Undefined: UTF-8, to be checked as it is decoded (a stated encoding is taken as it is). */
  encoding?: Encoding;
  issues: ImportIssue[];
  /** The file is refused; `issues` say why. */
  refused?: boolean;
}

/** What the first bytes of a file (`head`) say of its encoding, or why it is not text. */
export function sniffEncoding(head: Uint8Array, file: string, encoding?: Encoding): Sniffed {
  const err = (code: string, message: string, params: Record<string, string | number> = {}) => ({
    issues: [issue('error', code, file, message, {}, params)],
    refused: true,
  });
  if (head.length === 0) return err('empty-file', 'the file is empty');
  const starts = (...sig: number[]) => sig.every((s, i) => head[i] === s);
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
  if (encoding) return { encoding, issues: [] };
  if (starts(0xff, 0xfe)) return { encoding: 'utf-16le', issues: [] };
  if (starts(0xfe, 0xff)) return { encoding: 'utf-16be', issues: [] };
  // UTF-16 without a BOM: every other byte of ASCII text is 0.
  const n = Math.min(head.length, 4096);
  let oddZero = 0;
  let evenZero = 0;
  for (let i = 0; i < n; i++) {
    if (head[i] !== 0) continue;
    if (i % 2) oddZero++;
    else evenZero++;
  }
  const utf16 = (e: Encoding) => ({
    encoding: e,
    issues: [
      issue(
        'warning',
        'encoding-utf16',
        file,
        'looks like UTF-16 text without a byte order mark; read as UTF-16',
      ),
    ],
  });
  if (n >= 4 && oddZero > n * 0.4 && evenZero === 0) return utf16('utf-16le');
  if (n >= 4 && evenZero > n * 0.4 && oddZero === 0) return utf16('utf-16be');
  // Binary: control characters other than tab, line feeds and form feed.
  let control = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = head[i]!;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0) {
      control++;
      if (first < 0) first = i;
    }
  }
  if (control > n * 0.05) {
    return err(
      'binary',
      `is not a text file: binary data (control byte ${hex(head[first]!)} at byte offset ${first})`,
      { offset: first, byte: hex(head[first]!) },
    );
  }
  return { issues: [] };
}

/**
 * A file that is not UTF-8 (its first invalid byte `byte` at `offset`): read in the Cyrillic
 * code page its first bytes look like, with a warning, or refused.
 */
export function notUtf8(head: Uint8Array, offset: number, byte: number, file: string): Sniffed {
  const encoding = cyrillicCodePage(head);
  if (encoding) {
    const warning = issue(
      'warning',
      'encoding-fallback',
      file,
      `is not UTF-8 (invalid byte ${hex(byte)} at byte offset ${offset}); it looks like Cyrillic in ${encoding} and was read so: check the names, or save it as "CSV UTF-8"`,
      {},
      { offset, byte: hex(byte), encoding },
    );
    return { encoding, issues: [warning] };
  }
  const refusal = issue(
    'error',
    'not-utf8',
    file,
    `is not UTF-8: invalid byte ${hex(byte)} at byte offset ${offset}; save it as "CSV UTF-8", or choose its encoding (windows-1252 for Western European text, say) and import again`,
    {},
    { offset, byte: hex(byte) },
  );
  return { issues: [refusal], refused: true };
}

/** A stated encoding the bytes are not in (only UTF-8 is decoded strictly). */
export function undecodable(file: string, encoding: Encoding): ImportIssue {
  return issue(
    'error',
    'not-utf8',
    file,
    `could not be decoded as ${encoding}`,
    {},
    { variant: 'decode', encoding },
  );
}

/** Thrown by TextChunks when bytes that were to be UTF-8 are not: where, and which byte. */
export class NotUtf8Error extends Error {
  constructor(
    readonly offset: number,
    readonly byte: number,
  ) {
    super(`invalid UTF-8 at byte offset ${offset}`);
  }
}

/**
 * A file's bytes decoded a chunk at a time, as they are read: a character cut between two chunks
 * is joined, a byte order mark at the start dropped. Undetected UTF-8 is decoded strictly and an
 * invalid byte throws a NotUtf8Error naming its offset in the file.
 */
export class TextChunks {
  private readonly decoder: TextDecoder;
  private readonly strict: boolean;
  private offset = 0;
  /** The last bytes read before: a character they start may end in the next chunk. */
  private tail: Uint8Array = new Uint8Array(0);

  constructor(readonly encoding: Encoding | undefined) {
    const e = encoding ?? 'utf-8';
    this.strict = e === 'utf-8';
    this.decoder = new TextDecoder(e, { fatal: this.strict });
  }

  /** The text of the next chunk of bytes; `last` for the file's last chunk. */
  push(bytes: Uint8Array, last = false): string {
    let b = bytes;
    const first = this.offset === 0;
    // The byte order mark is cut off before decoding, not after: Chromium's decoder otherwise
    // returns the whole text as two-byte characters (U+FEFF is not Latin-1), twice the memory
    // and slower to read, though the mark itself is dropped. (The app's own CSV starts with one.)
    if (first && this.strict && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    let text: string;
    try {
      text = this.decoder.decode(b, { stream: !last });
    } catch {
      if (!this.strict) throw new Error(`could not be decoded as ${this.encoding}`);
      throw this.invalid(bytes);
    }
    this.offset += bytes.length;
    this.tail = lastBytes(this.tail, bytes, 4);
    return first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** Where in the file the chunk's bytes (after the previous chunk's) stop being UTF-8. */
  private invalid(bytes: Uint8Array): NotUtf8Error {
    // The bytes before were valid up to a character they may have left unfinished: start at the
    // first of the last few that begins a character.
    let t = 0;
    while (t < this.tail.length && (this.tail[t]! & 0xc0) === 0x80) t++;
    const joined = new Uint8Array(this.tail.length - t + bytes.length);
    joined.set(this.tail.subarray(t));
    joined.set(bytes, this.tail.length - t);
    const start = this.offset - (this.tail.length - t);
    const bad = Math.max(0, firstInvalidUtf8(joined));
    return new NotUtf8Error(start + bad, joined[bad] ?? 0);
  }
}

/** The last `n` bytes of `a` followed by `b`. */
function lastBytes(a: Uint8Array, b: Uint8Array, n: number): Uint8Array {
  if (b.length >= n) return b.slice(b.length - n);
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined.slice(Math.max(0, joined.length - n));
}

/** Decodes a text file's bytes, or says why it is not a text file this importer can read. */
export function decodeBytes(bytes: Uint8Array, file: string, encoding?: Encoding): Decoded {
  let sniffed = sniffEncoding(bytes, file, encoding);
  if (sniffed.refused) return { issues: sniffed.issues };
  let text: string;
  try {
    text = new TextChunks(sniffed.encoding).push(bytes, true);
  } catch (e) {
    if (!(e instanceof NotUtf8Error)) {
      return { issues: [undecodable(file, sniffed.encoding ?? 'utf-8')] };
    }
    if (sniffed.encoding) return { issues: [undecodable(file, sniffed.encoding)] };
    sniffed = notUtf8(bytes, e.offset, e.byte, file);
    if (sniffed.refused) return { issues: sniffed.issues };
    text = new TextChunks(sniffed.encoding).push(bytes, true);
  }
  return { text, encoding: sniffed.encoding ?? 'utf-8', issues: sniffed.issues };
}
