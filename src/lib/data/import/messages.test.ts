/**
 * Every import report message exists in English and Russian: every issue code the importers can
 * produce has an `importIssue.<code>` message, and for every fixture each issue reads fully in
 * both languages (no unfilled {param}), the English line being the importer's own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, LANGUAGES } from '../../i18n/translate';
import { importBytes } from './importer';
import {
  importIssueKey,
  importIssueMessage,
  importIssueParams,
  importIssueText,
} from './issue-text';
import { formatImportIssue, type ImportIssue } from './report';

const here = __dirname;
const root = join(here, '../../../../tests/fixtures');

/** A message key is there as itself or as a plural family (key.one, key.other…). */
function has(lang: (typeof LANGUAGES)[number], key: string): boolean {
  const cat = catalogue(lang) as Record<string, string>;
  return key in cat || `${key}.other` in cat;
}

/** Issue codes written in the importers' source: literal first arguments and chosen codes. */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const literal = /'([a-z][a-z0-9]*(?:-[a-z0-9]+)*)'/g;
  for (const f of files) {
    const src = readFileSync(join(here, f), 'utf8');
    // ctx.error('code', …), warn/warnOnce/err/fatal/bad('code', …)
    for (const m of src.matchAll(
      /\b(?:error|warn|warnOnce|err|fatal|bad)\(\s*'([a-z][a-z0-9-]*)'/g,
    ))
      codes.add(m[1]!);
    // issue('error' | 'warning', 'code', …)
    for (const m of src.matchAll(/\bissue\(\s*'(?:error|warning)',\s*'([a-z][a-z0-9-]*)'/g))
      codes.add(m[1]!);
    // Codes chosen by expression: `code: a ? 'x' : 'y'` and fromValidation(issue, 'code').
    for (const m of src.matchAll(/\bcode:([^,;]*)[,;]/g))
      for (const l of m[1]!.matchAll(literal)) if (l[1]!.includes('-')) codes.add(l[1]!);
    for (const m of src.matchAll(/\bfromValidation\(([^;]*?)\)[,)\n;]/g))
      for (const l of m[1]!.matchAll(literal)) if (l[1]!.includes('-')) codes.add(l[1]!);
  }
  return codes;
}

const fixtures = ['bad', 'good'].flatMap((dir) =>
  readdirSync(join(root, dir))
    // Files only: good/served/ holds a dataset that the e2e specs load by ?data=.
    .filter((f) => f !== 'expected.json' && statSync(join(root, dir, f)).isFile())
    .map((name) => [dir, name] as const),
);

const reports = new Map(
  fixtures.map(([dir, name]) => [
    `${dir}/${name}`,
    importBytes(new Uint8Array(readFileSync(join(root, dir, name))), name).report.issues,
  ]),
);

describe('import issue messages', () => {
  const source = codesInSource();

  it('finds the importers’ codes in their source', () => {
    expect(source.size).toBeGreaterThanOrEqual(60);
    for (const code of [
      'date-invalid',
      'invalid-event',
      'no-location',
      'bundle-description-invalid',
    ])
      expect(source).toContain(code);
    // Everything the fixtures produce was found by the scan (so the scan misses nothing they show).
    const produced = new Set([...reports.values()].flat().map((i) => i.code));
    for (const code of produced) expect(source).toContain(code);
  });

  it.each(LANGUAGES)('has a message for every code in %s', (lang) => {
    const missing = [...source].filter((code) => !has(lang, `importIssue.${code}`));
    expect(missing).toEqual([]);
  });

  it('has a message for every variant the importers name', () => {
    const variants = new Set<string>();
    for (const f of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
      for (const m of readFileSync(join(here, f), 'utf8').matchAll(/\bvariant:?\s*'([a-z-]+)'/g))
        variants.add(m[1]!);
    expect(variants.size).toBeGreaterThan(10);
    const keys = Object.keys(catalogue('en'));
    expect([...variants].filter((v) => !keys.some((k) => k.endsWith(`.${v}`)))).toEqual([]);
  });

  it.each(LANGUAGES)('has every variant and plural form in %s that English has', (lang) => {
    const en = Object.keys(catalogue('en')).filter((k) => k.startsWith('importIssue.'));
    const base = (k: string) => k.replace(/\.(zero|one|two|few|many|other)$/, '');
    expect(en.filter((k) => !has(lang, base(k)))).toEqual([]);
  });

  describe.each(fixtures)('%s/%s', (dir, name) => {
    const issues = reports.get(`${dir}/${name}`)!;

    it.each(LANGUAGES)('reads every issue fully in %s', (lang) => {
      for (const i of issues) {
        const key = importIssueKey(i);
        expect(key, `${i.code} has no message`).toBeDefined();
        // Translated from the catalogue, not the English fallback.
        const text = importIssueText(lang, i);
        const message = importIssueMessage(lang, i);
        expect(text, text).not.toMatch(/\{[A-Za-z]+\}/);
        if (lang !== 'en') expect(message, `${i.code} fell back to English`).not.toBe(i.message);
        expect(importIssueParams(lang, i)).toBeDefined();
      }
    });

    it('gives the importer’s own line in English', () => {
      // Counts are grouped in the reader's language ("10,000"); the importer writes "10000".
      const plain = (s: string) => s.replace(/(\d),(?=\d{3}\b)/g, '$1');
      for (const i of issues) {
        const en = importIssueText('en', i);
        expect(plain(en)).toBe(formatImportIssue(i));
        if (i.row !== undefined) expect(en).toContain(`${i.unit ?? 'row'} ${i.row}`);
        if (i.column) expect(en).toContain(`column "${i.column}"`);
      }
    });
  });

  it('says where in Russian: row, column and value', () => {
    const issue = reports
      .get('bad/impossible-dates.csv')!
      .find((i: ImportIssue) => i.value === '2022-02-30')!;
    expect(importIssueText('ru', issue)).toBe(
      'impossible-dates.csv, строка 2, столбец «date», значение «2022-02-30»: «2022-02-30» — такого дня нет в календаре (дней в месяце 2022-02: 28)',
    );
  });

  it('says in Russian how long a shortened value is', () => {
    const issue = reports.get('bad/long-field.csv')!.find((i) => i.code === 'field-too-long')!;
    expect(importIssueText('ru', issue)).toContain(
      `значение «${'x'.repeat(60)}… (символов: 120000)»`,
    );
    expect(importIssueText('en', issue)).toContain(
      `value "${'x'.repeat(60)}… (120000 characters)"`,
    );
  });

  it('chooses Russian plural forms by the count', () => {
    const issue = reports
      .get('bad/ragged-too-many.csv')!
      .find((i) => i.code === 'too-many-fields')!;
    expect(importIssueMessage('ru', issue)).toMatch(
      /^в строке 13 значений, а столбцов в заголовке: 12/,
    );
    expect(importIssueMessage('ru', { ...issue, params: { ...issue.params, count: 22 } })).toMatch(
      /^в строке 22 значения,/,
    );
  });

  it('falls back to the English message when the params cannot fill a translation', () => {
    const i: ImportIssue = {
      severity: 'error',
      code: 'date-end-before-start',
      file: 'f.csv',
      path: 'end',
      message: '"x" has a UTC offset beyond ±14:00',
      params: {},
    };
    expect(importIssueMessage('ru', i)).toBe(i.message);
    expect(importIssueMessage('ru', { ...i, code: 'no-such-code' })).toBe(i.message);
  });
});
