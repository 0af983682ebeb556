/**
 * CSV cells (RFC 4180) and the formula-injection guard.
 *
 * A spreadsheet treats a cell starting with = + - @ as a formula, so an exported text such as
 * "=HYPERLINK(...)" or "-2+3+cmd|..." could run when opened. The guard prefixes such a cell with
 * an apostrophe, which spreadsheets read as "this is text". It is applied only to cells that are
 * not numbers ("-12.5" and "+7" stay as they are, so coordinates and figures keep their value),
 * and the importer removes exactly one guard apostrophe again (`unguardCell`), so a value that
 * itself starts with apostrophes before = + - @ gets one more on export and round trips stay exact.
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@]/;

function startsLikeFormula(v: string): boolean {
  return FORMULA_START.test(v) && !NUMBER.test(v);
}

/** True when `v`, once leading apostrophes are ignored, would start a formula. */
function needsGuard(v: string): boolean {
  return startsLikeFormula(v.replace(/^'+/, ''));
}

export function guardCell(v: string): string {
  return needsGuard(v) ? `'${v}` : v;
}

/** Inverse of guardCell on every string: removes one apostrophe that guardCell would have added. */
export function unguardCell(v: string): string {
  return v.startsWith("'") && needsGuard(v.slice(1)) ? v.slice(1) : v;
}

/** One RFC 4180 cell: guarded, then quoted when it holds a comma, quote or line break. */
export function csvCell(v: string): string {
  const g = guardCell(v);
  return /[",\r\n;\t]/.test(g) || g !== g.trim() ? `"${g.replace(/"/g, '""')}"` : g;
}
