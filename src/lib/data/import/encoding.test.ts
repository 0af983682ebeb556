/** Legacy encodings: Cyrillic code pages detected, any listed encoding decoded when declared. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyrillicCodePage, decodeBytes } from './decode';
import { importBytes } from './importer';

const dir = join(__dirname, '../../../../tests/fixtures');
const bytes = (path: string) => new Uint8Array(readFileSync(join(dir, path)));

describe('legacy encodings', () => {
  it('reads a windows-1251 sheet whose bytes are mostly ASCII, and names the encoding', () => {
    const r = importBytes(bytes('encodings/sparse-windows-1251.csv'), 'sheet.csv');
    expect(r.report.imported).toBe(2);
    expect(r.report.encoding).toBe('windows-1251');
    expect(r.dataset.events.map((e) => e.properties.title)).toEqual([
      'Задержание активиста',
      'Обыск в редакции',
    ]);
    const warning = r.report.issues.find((i) => i.code === 'encoding-fallback');
    expect(warning?.params?.encoding).toBe('windows-1251');
    expect(warning?.message).toContain('windows-1251');
  });

  it('tells KOI8-R from windows-1251 by the case of the letters', () => {
    const koi = bytes('encodings/koi8-r.csv');
    expect(cyrillicCodePage(koi)).toBe('koi8-r');
    expect(cyrillicCodePage(bytes('encodings/sparse-windows-1251.csv'))).toBe('windows-1251');
    const r = importBytes(koi, 'koi.csv');
    expect(r.report.encoding).toBe('koi8-r');
    expect(r.dataset.events[1]!.properties.place.name).toBe('Нур-Султан');
  });

  it('does not take Western accented letters for Cyrillic, but decodes them when declared', () => {
    const latin = bytes('bad/latin1.csv');
    expect(cyrillicCodePage(latin)).toBeUndefined();
    expect(decodeBytes(latin, 'latin1.csv').issues.map((i) => i.code)).toEqual(['not-utf8']);
    const r = importBytes(latin, 'latin1.csv', { encoding: 'windows-1252' });
    expect(r.report.encoding).toBe('windows-1252');
    expect(r.dataset.events[0]!.properties.title).toBe('Café in Zürich');
  });

  it('says nothing of the encoding for UTF-8', () => {
    const r = importBytes(new TextEncoder().encode('date,title\n2022-01-05,Café\n'), 'u.csv');
    expect(r.report.encoding).toBeUndefined();
  });
});
