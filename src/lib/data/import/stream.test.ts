/**
 * A CSV file read as a stream (importBlob), a few bytes and characters at a time, gives the same
 * dataset and report as the file read whole (importBytes), wherever the chunks cut it: within a
 * row, a quoted line break, a line end's CR and LF, a byte order mark, a UTF-8 character or a
 * UTF-16 code unit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, parseCSV, type SourceRow } from './csv';
import { TextChunks } from './decode';
import { guessFullMapping } from './detect';
import { importBlob, importBytes, type ImportResult } from './importer';
import { rowsToEvents } from './rows';
import type { EventFeature } from '../../model/schema';
import { toCSV } from '../export/csv';

const dir = join(__dirname, '../../../../tests/fixtures');
const enc = (s: string) => new TextEncoder().encode(s);
const blob = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);

/** What a person sees of an import, as plain data. */
const seen = (r: ImportResult) => JSON.parse(JSON.stringify(r));

async function sameInChunks(bytes: Uint8Array, file: string, sizes: [number, number][]) {
  const whole = seen(importBytes(bytes, file));
  for (const [chunkBytes, chunkChars] of sizes) {
    const streamed = await importBlob(blob(bytes), file, { chunkBytes, chunkChars });
    expect(
      seen(streamed),
      `${file} in chunks of ${chunkBytes} bytes, ${chunkChars} characters`,
    ).toEqual(whole);
  }
  return whole;
}

const CSV =
  'id,date,title,summary,lat,lon\r\n' +
  'a1,2022-01-05,"Arrest, Almaty","two\r\nlines, and ""quotes""",43.2,76.9\r\n' +
  'a2,2022-02-07,Тест ✓ 😀,"",51.1,71.4\r\n' +
  'a3,2022-03-09,"Protest","a ""quoted"" word",42.9,74.6\r\n';

describe('a CSV file read as a stream', () => {
  it('gives the dataset and report of the whole file, wherever the chunks cut it', async () => {
    const sizes: [number, number][] = [1, 2, 3, 5, 7, 11, 64].map((n) => [n, n]);
    const whole = await sameInChunks(enc(CSV), 'small.csv', sizes);
    expect(whole.report).toMatchObject({ read: 3, imported: 3, rejected: 0 });
    expect(whole.dataset.events[0].properties.summary).toBe('two\r\nlines, and "quotes"');
  });

  it('joins a row cut anywhere: a quoted line break, CR from LF, a doubled quote', () => {
    const text = 'id;text;n\r\n1;"a; ""b""\r\nc";2\r\n\r\n2;x;3\r\n3;"";4\r\n';
    const whole = parseCSV(text, 'f.csv');
    for (let n = 1; n <= text.length; n++) {
      const rows: SourceRow[] = [];
      const reader = new CsvReader('f.csv', (r) => rows.push(r), { chunkChars: n });
      // Given in pieces of every size too, not only parsed so.
      for (let i = 0; i < text.length; i += 4) reader.push(text.slice(i, i + 4));
      reader.end();
      expect(rows, `pieces of ${n}`).toEqual(whole.rows);
      expect(reader.headers).toEqual(['id', 'text', 'n']);
    }
    expect(whole.rows.map((r) => r.values.text)).toEqual(['a; "b"\r\nc', 'x', '']);
  });

  it('reads a row cut at any point as the same row (property)', () => {
    const cell = fc.stringMatching(/^[a-z",;\r\n ]{0,6}$/);
    const row = fc.array(cell, { minLength: 3, maxLength: 3 });
    const quote = (c: string) => (/[",;\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 9 }),
        (rows, eol, n) => {
          const text = ['a;b;c', ...rows.map((r) => r.map(quote).join(';'))].join(eol) + eol;
          const whole = parseCSV(text, 'p.csv');
          const got: SourceRow[] = [];
          const reader = new CsvReader('p.csv', (r) => got.push(r), { chunkChars: n });
          reader.push(text);
          reader.end();
          expect(got).toEqual(whole.rows);
          expect(reader.issues).toEqual(whole.issues);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('drops a byte order mark cut between chunks', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(CSV)]);
    const whole = await sameInChunks(bytes, 'bom.csv', [
      [1, 4],
      [2, 3],
      [4, 100],
    ]);
    expect(whole.headers[0]).toBe('id');
  });

  it('reads UTF-16 with and without a byte order mark, a code unit or a pair cut', async () => {
    const le = (s: string) => {
      const b = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        b[2 * i] = s.charCodeAt(i) & 0xff;
        b[2 * i + 1] = s.charCodeAt(i) >> 8;
      }
      return b;
    };
    const be = (s: string) => le(s).map((_, i, a) => a[i ^ 1]!);
    const sizes: [number, number][] = [
      [1, 5],
      [3, 7],
      [5, 2],
    ];
    for (const [name, bytes] of [
      ['le.csv', Uint8Array.from([0xff, 0xfe, ...le(CSV)])],
      ['be.csv', Uint8Array.from([0xfe, 0xff, ...be(CSV)])],
      // Without a mark, told by its zero bytes: U+DE00 (of 😀) would have one in the wrong place.
      ['le-no-bom.csv', le(CSV.replace(' 😀', ''))],
    ] as const) {
      const whole = await sameInChunks(bytes, name, sizes);
      expect(whole.report.imported, name).toBe(3);
      expect(whole.dataset.events[1].properties.title, name).toMatch(/^Тест ✓/);
    }
  });

  it('decodes a character cut between chunks, and names the offset of a byte that is not UTF-8', () => {
    const bytes = enc('aé✓😀b');
    for (let n = 1; n <= 4; n++) {
      const chunks = new TextChunks(undefined);
      let text = '';
      for (let i = 0; i < bytes.length; i += n)
        text += chunks.push(bytes.subarray(i, i + n), i + n >= bytes.length);
      expect(text).toBe('aé✓😀b');
    }
    const bad = Uint8Array.from([...enc('abcé'), 0xe2, 0x82, 0x41]);
    for (let n = 1; n <= 7; n++) {
      const chunks = new TextChunks(undefined);
      expect(() => {
        for (let i = 0; i < bad.length; i += n)
          chunks.push(bad.subarray(i, i + n), i + n >= bad.length);
      }).toThrow(expect.objectContaining({ offset: 5, byte: 0xe2 }));
    }
  });

  it('falls back to a Cyrillic code page or refuses, as whole, when the bad byte comes late', async () => {
    await sameInChunks(
      new Uint8Array(readFileSync(join(dir, 'encodings/sparse-windows-1251.csv'))),
      'sheet.csv',
      [
        [3, 5],
        [64, 64],
      ],
    );
    await sameInChunks(new Uint8Array(readFileSync(join(dir, 'bad/latin1.csv'))), 'latin.csv', [
      [2, 5],
    ]);
    // Past the first megabyte, where the encoding is told: read again as it should have been.
    const late = Uint8Array.from([...enc(`date,title\n${'2022-01-05,a\n'.repeat(90_000)}`), 0xff]);
    const r = await importBlob(blob(late), 'late.csv', { chunkBytes: 1 << 16 });
    expect(r.report.issues.map((i) => i.code)).toEqual(['not-utf8']);
    expect(r.report.issues[0]!.params).toMatchObject({ offset: late.length - 1, byte: '0xFF' });
  }, 60_000);

  it('gives every fixture the result of the whole file, in small chunks', async () => {
    for (const sub of ['good', 'bad', 'encodings', 'sheet']) {
      for (const name of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.csv'))) {
        const bytes = new Uint8Array(readFileSync(join(dir, sub, name)));
        await sameInChunks(bytes, name, [[Math.max(7, bytes.length >> 4), 97]]);
      }
    }
  }, 60_000);
});

describe('a million rows in memory', () => {
  it('keeps drafts as text past the first ones, with the same events and report', () => {
    for (const name of [
      'bad/too-many-categories.csv',
      'good/acled-synthetic.csv',
      'bad/bad-ids.csv',
    ]) {
      const t = parseCSV(readFileSync(join(dir, name), 'utf8'), name);
      const mapping = guessFullMapping(t.headers);
      const as = (keptDrafts?: number) =>
        JSON.parse(JSON.stringify(rowsToEvents(t.rows, mapping, { file: name, keptDrafts })));
      expect(as(0), name).toEqual(as());
    }
  });

  it('hands the final events over a part at a time when asked, not those to be placed by name', () => {
    const small = importBytes(readFileSync(join(dir, 'good/small.csv')), 'small.csv').dataset;
    // The app's own CSV: its events are final as read.
    const app = enc(toCSV(small.events, small.description));
    const parts: EventFeature[][] = [];
    const sunk = importBytes(app, 'small.csv', { onevents: (e) => parts.push(e) });
    const whole = importBytes(app, 'small.csv');
    expect(sunk.dataset.events).toEqual([]);
    expect(parts.flat()).toEqual(whole.dataset.events);
    expect(whole.dataset.events).toHaveLength(small.events.length);
    expect(sunk.report).toEqual(whole.report);
    // A sheet whose places may be found by name keeps its events for that.
    const sheet = 'date,title,place\n2024-01-01,One,Alexandria\n';
    const kept = importBytes(enc(sheet), 'places.csv', { onevents: () => parts.push([]) });
    expect(kept.dataset.events).toHaveLength(1);
  });
});
