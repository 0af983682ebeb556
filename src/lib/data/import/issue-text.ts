/**
 * An import issue in the reader's language: "events.csv, строка 5, столбец «date», значение
 * «2022-02-30»: …". The message is `importIssue.<code>` (or `importIssue.<code>.<variant>` when
 * the issue's params name a variant), filled from the issue's params. In English the result is
 * the importer's own line (formatImportIssue). An issue whose params do not fill its message (a
 * report saved by an older version, a new variant) falls back to the English message.
 */
import { catalogue, translate, type Params, type UiLang } from '../../i18n/translate';
import { formatIssue, type ValidationIssue } from '../../model/validate';
import type { ImportIssue } from './report';

/** Params that are counts: formatted for the language and used to choose plural forms. */
const COUNTS = new Set([
  'count',
  'expected',
  'limit',
  'length',
  'sizeMB',
  'limitMB',
  'perKind',
  'total',
]);
/** Params whose value is a word with its own translation (importIssue.term.<value>). */
const TERMS = new Set(['separator', 'expected', 'delimiter', 'order']);
const PLURAL = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The templates a key stands for in a language: the key itself, or its plural family. */
function templates(lang: UiLang, key: string): string[] {
  const cat = catalogue(lang) as Record<string, string>;
  if (key in cat) return [cat[key]!];
  return PLURAL.map((p) => cat[`${key}.${p}`]).filter((s): s is string => s !== undefined);
}

/** The message key for an issue, or undefined when there is none for its code. */
export function importIssueKey(i: Pick<ImportIssue, 'code' | 'params'>): string | undefined {
  const base = `importIssue.${i.code}`;
  const variant = i.params?.variant;
  if (variant !== undefined && templates('en', `${base}.${variant}`).length)
    return `${base}.${variant}`;
  return templates('en', base).length ? base : undefined;
}

/** The issue's params ready for its message: positions and values as written, terms translated. */
export function importIssueParams(lang: UiLang, i: Pick<ImportIssue, 'params'>): Params {
  const out: Params = {};
  for (const [name, v] of Object.entries(i.params ?? {})) {
    if (typeof v === 'number') out[name] = COUNTS.has(name) ? v : String(v);
    else if (TERMS.has(name) && templates('en', `importIssue.term.${v}`).length)
      out[name] = translate(lang, `importIssue.term.${v}`);
    else out[name] = v;
  }
  return out;
}

/** The reason alone, translated; the English message when the issue cannot fill a translation. */
export function importIssueMessage(lang: UiLang, i: ImportIssue): string {
  const key = importIssueKey(i);
  if (!key) return i.message;
  const params = importIssueParams(lang, i);
  const needed = templates(lang, key).flatMap((s) =>
    [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
  );
  if (needed.some((n) => params[n] === undefined)) return i.message;
  return translate(lang, key, params);
}

/** A value shortened for display (text.ts, shortValue): its start, and its length in the language. */
function shownValue(lang: UiLang, value: string): string {
  const m = /^([\s\S]{60})… \((\d+) characters\)$/.exec(value);
  return m ? translate(lang, 'importIssue.where.long', { start: m[1]!, length: m[2]! }) : value;
}

/** The whole line: file, where in it (row, id, column or path, value), and the reason. */
export function importIssueText(lang: UiLang, i: ImportIssue): string {
  const where = [i.file];
  if (i.row !== undefined)
    where.push(
      translate(lang, `importIssue.where.${i.unit === 'feature' ? 'feature' : 'row'}`, {
        row: String(i.row),
      }),
    );
  if (i.id !== undefined && i.row === undefined)
    where.push(translate(lang, 'importIssue.where.id', { id: i.id }));
  if (i.column !== undefined && i.column !== '')
    where.push(translate(lang, 'importIssue.where.column', { column: i.column }));
  else if (i.path) where.push(translate(lang, 'importIssue.where.path', { path: i.path }));
  if (i.value !== undefined)
    where.push(translate(lang, 'importIssue.where.value', { value: shownValue(lang, i.value) }));
  return `${where.join(', ')}: ${importIssueMessage(lang, i)}`;
}

/**
 * Any issue as a person reads it: an importer's (it has params) in the reader's language, with
 * the row as the file numbers it; a dataset's validation issue as `formatIssue` says it.
 */
export function issueText(lang: UiLang, i: ValidationIssue | ImportIssue): string {
  return 'params' in i && i.params ? importIssueText(lang, i) : formatIssue(i);
}

/** How many problems an issue stands for: a `more-issues` line counts the ones it leaves out. */
function weight(i: ValidationIssue | ImportIssue): number {
  return i.code === 'more-issues' && 'params' in i ? Number(i.params?.count ?? 1) : 1;
}

/**
 * The one-line summary above the issues: events left out are said only when there are errors
 * (an error leaves its event out); warnings alone are called warnings.
 */
export function issuesSummary(lang: UiLang, issues: readonly (ValidationIssue | ImportIssue)[]) {
  let errors = 0;
  let warnings = 0;
  for (const i of issues) {
    if (i.severity === 'error') errors += weight(i);
    else warnings += weight(i);
  }
  if (!errors) return translate(lang, 'issues.warnings', { count: warnings });
  const summary = translate(lang, 'issues.summary', { count: errors });
  return warnings
    ? `${summary} ${translate(lang, 'issues.alsoWarnings', { count: warnings })}`
    : summary;
}
