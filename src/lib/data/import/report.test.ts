import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { importText } from './importer';
import { importIssueText } from './issue-text';
import { formatImportIssue, MAX_ISSUES_PER_CODE, reportToCSV } from './report';

describe('import report', () => {
  it('names file, row, column, value and reason, and exports as CSV', () => {
    const r = importText('date,title\n2022-02-30,"=A, ""b"""\n2022-01-05,Fine\n', 'events.csv');
    expect(r.report).toMatchObject({ read: 2, imported: 1, rejected: 1 });
    const err = r.report.issues.find((i) => i.severity === 'error')!;
    expect(formatImportIssue(err)).toBe(
      'events.csv, row 2, column "date", value "2022-02-30": "2022-02-30" is not a day of the calendar (2022-02 has 28 days)',
    );
    expect(err.params).toMatchObject({ row: 2, column: 'date', value: '2022-02-30' });
    const csv = reportToCSV(r.report);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim()).data;
    expect(rows[1]).toEqual(['events.csv', 'generic', '2', '1', '1']);
    expect(
      rows.some((row) => row[1] === 'date-invalid' && row[3] === '2' && row[4] === 'date'),
    ).toBe(true);
  });

  it('lists at most 100 issues of one kind and counts the rest, in words', () => {
    const rows = Array.from({ length: 250 }, (_, i) => `2022-02-30,Event ${i}`);
    const r = importText(`date,title\n${rows.join('\n')}\n`, 'events.csv');
    expect(r.report).toMatchObject({ read: 250, imported: 0, rejected: 250 });
    const invalid = r.report.issues.filter((i) => i.code === 'date-invalid');
    expect(invalid).toHaveLength(MAX_ISSUES_PER_CODE);
    expect(invalid.at(-1)?.row).toBe(MAX_ISSUES_PER_CODE + 1);
    const more = r.report.issues.find((i) => i.code === 'more-issues')!;
    expect(more).toMatchObject({ severity: 'error', params: { count: 150, kind: 'date-invalid' } });
    expect(importIssueText('en', more)).toBe(
      'events.csv: 150 more problems of the kind "date-invalid" are not listed (a report lists at most 100 of one kind and 1,000 in all)',
    );
    expect(importIssueText('ru', more)).toMatch(
      /^events\.csv: ещё 150 проблем вида «date-invalid»/,
    );
  });

  it('cuts a value from its field, not from the whole row', () => {
    const row = '"x"y;'.repeat(2000);
    const r = importText(`id;date;title\n${row}\n`, 'events.csv');
    const bad = r.report.issues.find((i) => i.code === 'bad-quote')!;
    expect(bad.params).toMatchObject({ count: 3999, variant: 'repeated' });
    expect(bad.value!.length).toBeLessThan(100);
    expect(r.report.issues.length).toBeLessThan(5);
  });
});

describe('the report of columns', () => {
  it('says in the CSV what each column became, or that it was ignored', () => {
    const r = importText('date,title,Deaths,extra\n2022-01-05,Fine,3,x\n', 'events.csv');
    const rows = Papa.parse<string[]>(
      reportToCSV(r.report)
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data;
    const at = rows.findIndex((row) => row[0] === 'column' && row[1] === 'became');
    expect(rows.slice(at + 1, at + 5)).toEqual([
      ['date', 'date'],
      ['title', 'title'],
      ['Deaths', 'figure: Deaths'],
      ['extra', 'ignored'],
    ]);
  });
});
