import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnLetter, countBadQuotes, detectDelimiter, parseCSV } from './csv';
import { decodeBytes, firstInvalidUtf8 } from './decode';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(enc('a,b\n'), 'f.csv').text).toBe('a,b\n');
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('дата\n')]), 'f.csv').text).toBe(
      'дата\n',
    );
  });

  it('names the byte offset of invalid UTF-8', () => {
    const d = decodeBytes(Uint8Array.from([...enc('abc,'), 0xff, ...enc('x\n')]), 'f.csv');
    expect(d.text).toBeUndefined();
    expect(d.issues[0]).toMatchObject({ code: 'not-utf8' });
    expect(d.issues[0]!.message).toContain('invalid byte 0xFF at byte offset 4');
  });

  it('finds the first invalid UTF-8 byte, including truncated and overlong sequences', () => {
    expect(firstInvalidUtf8(enc('héllo ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});

describe('parseCSV', () => {
  it('detects comma, semicolon and tab from the header', () => {
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('a;b;c\n')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('single\n')).toBe(',');
  });

  it('reads quoted commas, quotes and line breaks, numbering rows as a spreadsheet does', () => {
    const t = parseCSV('id;text;n\n1;"a; ""b""\nc";2\n\n2;x;3\n', 'f.csv');
    expect(t.delimiter).toBe(';');
    expect(t.headers).toEqual(['id', 'text', 'n']);
    expect(t.rows.map((r) => [r.row, r.values.text])).toEqual([
      [2, 'a; "b"\nc'],
      [4, 'x'],
    ]);
  });

  it("keys every row's values by the header in its order, short rows filled with empty values", () => {
    const t = parseCSV('b,a,2,c\nx,y,z,w\n1,2\n', 'f.csv');
    expect(t.rows.map((r) => JSON.stringify(r.values))).toEqual([
      '{"2":"z","b":"x","a":"y","c":"w"}',
      '{"2":"","b":"1","a":"2","c":""}',
    ]);
    // A column named "__proto__" is no key of the values, as an assignment to it sets none.
    const odd = parseCSV('__proto__,a\nx,y\n', 'f.csv').rows[0]!.values;
    expect(Object.keys(odd)).toEqual(['a']);
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
  });

  it('gives empty and unnamed headers a name', () => {
    const t = parseCSV('a,,a\n1,2,3\n', 'f.csv');
    expect(t.headers).toEqual(['a', '(column B)', 'a (2)']);
  });

  it('names spreadsheet columns by letter', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('ignores trailing empty values (Excel) but not extra data', () => {
    const t = parseCSV('a,b\n1,2,,\n1,2,3\n', 'f.csv');
    expect(t.rows[0]!.issues).toEqual([]);
    expect(t.rows[1]!.issues[0]).toMatchObject({ code: 'too-many-fields', row: 3, column: 'C' });
  });

  it('reports progress and can be cancelled', () => {
    const text = `a\n${'1\n'.repeat(12_000)}`;
    const seen: number[] = [];
    parseCSV(text, 'f.csv', { onprogress: (rows) => seen.push(rows) });
    expect(seen.length).toBeGreaterThan(0);
    const t = parseCSV(text, 'f.csv', { aborted: () => true });
    expect(t.fatal).toBe(true);
    expect(t.issues[0]!.code).toBe('cancelled');
  });
});

describe('counting misplaced quotes before parsing', () => {
  it('counts what papaparse will report, without building anything', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('"', 'x', ';', '\n', ' ', '\t', '"x"y;', '""'),
          maxLength: 40,
        }),
        (text) => {
          const parsed = Papa.parse(text, { delimiter: ';', newline: '\n' });
          const invalid = parsed.errors.filter((e) => e.code === 'InvalidQuotes').length;
          expect(countBadQuotes(text, ';', Infinity).count).toBe(invalid);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('stops at the limit, naming the row of the first', () => {
    expect(countBadQuotes('a;b\nc;d\n"x"y;'.padEnd(5000, '"x"y;'), ';', 100)).toEqual({
      count: 100,
      row: 3,
    });
  });
});
