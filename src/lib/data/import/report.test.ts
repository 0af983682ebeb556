import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { importText } from './importer';
import { formatImportIssue, reportToCSV } from './report';

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
});
