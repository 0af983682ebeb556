/**
 * The import report: what was read, imported and rejected, and why, row by row. Every message
 * carries a machine-readable `code` and its `params`, so the UI can show it in the reader's
 * language; `message` is the English reference wording.
 */
import type { ValidationIssue } from '../../model/validate';
import { csvCell } from '../export/csv-cells';
import { shortValue } from './text';
import type { ColumnUse } from './columns';

export interface ImportIssue extends ValidationIssue {
  code: string;
  /**
   * The row as a spreadsheet shows it (header = row 1); for GeoJSON, the feature's position + 1,
   * with `unit` 'feature'.
   */
  row?: number;
  /** The column (CSV header) or property name concerned. */
  column?: string;
  /** The offending value, truncated for display. */
  value?: string;
  /** Values for the translated message ({row}, {column}, {value}, {limit}...). */
  params?: Record<string, string | number>;
}

export interface ImportReport {
  file: string;
  /** 'casemap' | 'acled' | 'timelinejs' | 'generic' | 'geojson' | 'bundle' | 'unknown'. */
  format: string;
  /** Data rows (or features) found; blank lines are not rows. */
  read: number;
  imported: number;
  rejected: number;
  /** Errors (each rejects a row, or the file when it has no row) and warnings, in file order. */
  issues: ImportIssue[];
  /** What each column of the file became, or that it was ignored. */
  columns?: ColumnUse[];
  /** The text encoding the file was read in, when it was not UTF-8. */
  encoding?: string;
}

/** An issue with its value shortened for display and its path defaulted. */
export function issue(
  severity: 'error' | 'warning',
  code: string,
  file: string,
  message: string,
  where: { row?: number; column?: string; value?: string; id?: string; path?: string } = {},
  params: Record<string, string | number> = {},
): ImportIssue {
  const out: ImportIssue = {
    severity,
    code,
    file,
    path: where.path ?? where.column ?? '',
    message,
  };
  if (where.row !== undefined) {
    out.row = where.row;
    // ValidationIssue.index is 0-based over rows/features; the header is not a row.
    out.index = Math.max(0, where.row - 2);
  }
  if (where.column !== undefined) out.column = where.column;
  if (where.value !== undefined) out.value = shortValue(where.value);
  if (where.id !== undefined) out.id = where.id;
  out.params = { ...params };
  if (where.row !== undefined) out.params.row = where.row;
  if (where.column !== undefined) out.params.column = where.column;
  if (out.value !== undefined) out.params.value = out.value;
  return out;
}

/** The report lists at most this many issues of one code… */
export const MAX_ISSUES_PER_CODE = 100;
/** …and at most this many in all; the rest are counted, per code, in a closing issue. */
export const MAX_ISSUES = 1000;

/**
 * `items` added to the end of `list` one by one: spread into one `push`, a hostile file's few
 * hundred thousand issues overflow the call stack.
 */
export function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/**
 * The issues a report keeps: the first of each code in file order, within the caps, then for
 * every code with more, one `more-issues` issue counting them. A file of any content thus gives
 * a report of bounded size; the read/imported/rejected counts stay exact.
 */
export function capIssues(issues: ImportIssue[], file: string): ImportIssue[] {
  const kept: ImportIssue[] = [];
  const shown = new Map<string, number>();
  const left = new Map<string, { count: number; error: boolean }>();
  for (const i of issues) {
    const n = shown.get(i.code) ?? 0;
    if (n < MAX_ISSUES_PER_CODE && kept.length < MAX_ISSUES) {
      kept.push(i);
      shown.set(i.code, n + 1);
      continue;
    }
    const l = left.get(i.code) ?? { count: 0, error: false };
    l.count++;
    l.error ||= i.severity === 'error';
    left.set(i.code, l);
  }
  for (const [code, { count, error }] of left) {
    kept.push(
      issue(
        error ? 'error' : 'warning',
        'more-issues',
        file,
        `${count} more ${count === 1 ? 'problem' : 'problems'} of the kind "${code}" ${count === 1 ? 'is' : 'are'} not listed (a report lists at most ${MAX_ISSUES_PER_CODE} of one kind and ${MAX_ISSUES} in all)`,
        {},
        { count, kind: code, perKind: MAX_ISSUES_PER_CODE, total: MAX_ISSUES },
      ),
    );
  }
  return kept;
}

/** One line: 'events.csv, row 5, column "date", value "2022-02-30": not a day of the calendar'. */
export function formatImportIssue(i: ImportIssue): string {
  const where = [i.file];
  if (i.row !== undefined) where.push(`${i.unit === 'feature' ? 'feature' : 'row'} ${i.row}`);
  if (i.id !== undefined && i.row === undefined) where.push(`id ${i.id}`);
  if (i.column !== undefined && i.column !== '') where.push(`column "${i.column}"`);
  else if (i.path) where.push(i.path);
  if (i.value !== undefined) where.push(`value "${i.value}"`);
  return `${where.join(', ')}: ${i.message}`;
}

const REPORT_COLUMNS = ['severity', 'code', 'file', 'row', 'column', 'value', 'id', 'message'];

/** The report as CSV (RFC 4180, formula-guarded), one line per issue, counts in a first block. */
export function reportToCSV(report: ImportReport): string {
  const lines = [
    ['file', 'format', 'read', 'imported', 'rejected'],
    [report.file, report.format, report.read, report.imported, report.rejected],
    [],
    // What each column became: its fields, its figure, read (fixed formats) or ignored.
    ...(report.columns?.length
      ? [
          ['column', 'became'],
          ...report.columns.map((u) => [
            u.column,
            u.read
              ? 'read'
              : [...u.fields, ...(u.figure !== undefined ? [`figure: ${u.figure}`] : [])].join(
                  '; ',
                ) || 'ignored',
          ]),
          [],
        ]
      : []),
    REPORT_COLUMNS,
    ...report.issues.map((i) => [
      i.severity,
      i.code,
      i.file,
      i.row ?? '',
      i.column ?? '',
      i.value ?? '',
      i.id ?? '',
      i.message,
    ]),
  ];
  return `\uFEFF${lines.map((l) => l.map((c) => csvCell(String(c))).join(',')).join('\r\n')}\r\n`;
}
