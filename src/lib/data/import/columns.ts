/**
 * What became of each column of a file, for the report: the fields it filled, the figure it
 * gave, or nothing (ignored). No column is dropped without a line that says so.
 */
import { MAPPABLE_FIELDS, type ImportMapping, type MappableField } from './detect';

export interface ColumnUse {
  column: string;
  /** The fields the column filled, in the mapping's order; none with no figure: ignored. */
  fields: MappableField[];
  /** The label of the figure the column gives. */
  figure?: string;
  /** Read by a format with fixed columns (the app's CSV, ACLED, TimelineJS). */
  read?: boolean;
}

/**
 * The use of every column: through the mapping for tables with any columns, through the columns
 * the converter read (`read`) for the formats with fixed ones.
 */
export function columnUses(
  headers: readonly string[],
  mapping: ImportMapping,
  read: ReadonlySet<string>,
): ColumnUse[] {
  return headers.map((column) => {
    if (mapping.format === 'casemap') return { column, fields: [], read: true };
    if (mapping.format !== 'generic')
      return read.has(column) ? { column, fields: [], read: true } : { column, fields: [] };
    const fields = MAPPABLE_FIELDS.filter((f) => mapping.columns[f] === column);
    const figure = mapping.figures?.find((f) => f.column === column);
    return figure ? { column, fields, figure: figure.label || column } : { column, fields };
  });
}

/** Whether a column was left out of the import. */
export const ignored = (u: ColumnUse): boolean => !u.fields.length && !u.figure && !u.read;

/**
 * A row's values that record which columns a converter reads: formats with fixed columns say so
 * themselves only by reading them.
 */
export function recordingReads(
  values: Record<string, string>,
  read: Set<string>,
): Record<string, string> {
  return new Proxy(values, {
    get(target, key) {
      if (typeof key === 'string' && key in target) read.add(key);
      return Reflect.get(target, key) as unknown;
    },
  });
}
