/**
 * Apache Arrow in: an IPC file (`.arrow`, `.feather`) or stream in the layout of
 * export/arrow-columns.ts, read with Arrow's own library. The columns are checked one by one
 * (present when required, of a type their field can hold: an issue names the file, the column and
 * the type found); each row becomes an event in the app's GeoJSON form and is then checked by the
 * same schema as a GeoJSON event, so an invalid row is reported by its row and column and left
 * out. The store of imported datasets reads its own files back with `datasetFromArrow`, which
 * skips the checks (they were made on import).
 */
import { DataType, Table, tableFromIPC, type Data, type Vector } from 'apache-arrow';
import type { DatasetDescription, EventFeature, Narrative, Text } from '../../model/schema';
import {
  ARROW_COLUMNS,
  ARROW_META,
  ARROW_REQUIRED,
  ARROW_TEXTS,
  type ArrowColumn,
  type ArrowKind,
} from '../export/arrow-columns';
import { importAppEvents, importBundle, type JsonImport } from './geojson';
import { hashId } from './hash';
import { lazyList } from './lazy-list';
import type { LoadedDataset } from '../types';
import { ColumnBuilder, setPrebuilt } from '../../model/event-columns';
import { validateFeature } from '../../model/validate';
import { issue, type ImportIssue, type ImportReport } from './report';

type Cell = string | number | boolean | null | undefined | unknown[];

/** A column's values as plain JavaScript, null where the cell is null. */
type Column = (i: number) => Cell;

/** The Arrow type a column of each kind is written with (others that fit are read too). */
const KIND_TYPES: Record<ArrowKind, string> = {
  text: 'Utf8',
  number: 'Float64',
  boolean: 'Bool',
  integers: 'List<Uint8>',
  texts: 'List<Utf8>',
  json: 'Utf8 (JSON)',
};

function isText(t: DataType): boolean {
  return (
    DataType.isUtf8(t) ||
    DataType.isLargeUtf8(t) ||
    (DataType.isDictionary(t) && isText(t.dictionary))
  );
}

function fits(kind: ArrowKind, t: DataType): boolean {
  switch (kind) {
    case 'text':
    case 'json':
      return isText(t);
    case 'number':
      return DataType.isFloat(t) || DataType.isInt(t);
    case 'boolean':
      return DataType.isBool(t);
    case 'integers':
      return (DataType.isList(t) || DataType.isLargeList(t)) && DataType.isInt(t.children[0]!.type);
    case 'texts':
      return (DataType.isList(t) || DataType.isLargeList(t)) && isText(t.children[0]!.type);
  }
}

/** Whether a chunk's value is not null, read from its validity bitmap (Data.getValid checks the type first, every call). */
function validOf(d: Data): (i: number) => boolean {
  const bits = d.nullBitmap;
  if (!d.nullCount || !bits || bits.length === 0) return () => true;
  const off = d.offset;
  return (i) => ((bits[(off + i) >> 3]! >> ((off + i) & 7)) & 1) === 1;
}

/**
 * Strings of a Utf8 buffer: the buffer decoded once, each value cut from it when asked for (its
 * offsets counted in UTF-16 units from the byte offsets, in one pass) rather than one TextDecoder
 * call per value, which costs several times more for short texts.
 */
function utf8Reader(d: Data): Column {
  const offsets = d.valueOffsets as Int32Array;
  const n = d.length;
  // The buffer may be longer (padding): only the values' bytes.
  const bytes = (d.values as Uint8Array).subarray(offsets[0], offsets[n]);
  const text = new TextDecoder().decode(bytes);
  const valid = validOf(d);
  let units: (k: number) => number = (k) => k;
  if (text.length !== bytes.length) {
    // Not all ASCII: the UTF-16 position of every byte that starts a character.
    const pos = new Int32Array(bytes.length + 1);
    let u = 0;
    for (let b = 0; b < bytes.length; b++) {
      pos[b] = u;
      const c = bytes[b]!;
      if (c < 0x80 || c >= 0xc0) u += c >= 0xf0 ? 2 : 1;
    }
    pos[bytes.length] = u;
    units = (k) => pos[k]!;
  }
  const base = offsets[0]!;
  return (i) =>
    valid(i) ? text.slice(units(offsets[i]! - base), units(offsets[i + 1]! - base)) : null;
}

/**
 * One chunk of a column, each value read from its buffers when asked for (the common types), or
 * null for a type read through Arrow's accessors. Nothing is copied: a million rows' cells are
 * made as each row is, and are garbage with it unless its event keeps them.
 */
function chunkReader(d: Data, kind: ArrowKind): Column | null {
  const t = d.type;
  const valid = validOf(d);
  if (DataType.isUtf8(t)) return utf8Reader(d);
  if (DataType.isDictionary(t) && d.dictionary) {
    const words = columnOf(d.dictionary, 'text');
    const keys = d.values as ArrayLike<number>;
    return (i) => (valid(i) ? words(Number(keys[i])) : null);
  }
  if (DataType.isBool(t)) {
    const bits = d.values as Uint8Array;
    const off = d.offset;
    return (i) => (valid(i) ? ((bits[(off + i) >> 3]! >> ((off + i) & 7)) & 1) === 1 : null);
  }
  if ((DataType.isFloat(t) && t.precision !== 0) || (DataType.isInt(t) && t.bitWidth <= 32)) {
    if (kind === 'texts') return null;
    const v = d.values as ArrayLike<number>;
    return (i) => (valid(i) ? v[i]! : null);
  }
  if (DataType.isList(t) && (kind === 'integers' || kind === 'texts')) {
    const offsets = d.valueOffsets as Int32Array;
    const items = chunkReader(d.children[0]!, 'text');
    if (!items) return null;
    return (i) => {
      if (!valid(i)) return null;
      const out: Cell[] = [];
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) out.push(items(k));
      return out;
    };
  }
  return null;
}

/** A value from Arrow's accessor as plain JavaScript (what chunkReader reads from the buffers). */
function cell(v: unknown, kind: ArrowKind): Cell {
  if (v === null || v === undefined) return null;
  if (kind === 'integers' || kind === 'texts')
    return Array.from(v as Iterable<unknown>, (x) => (typeof x === 'bigint' ? Number(x) : x));
  return typeof v === 'bigint' ? Number(v) : (v as Cell);
}

/** How a column is read: all at once (the import) or a cell at a time (the page, handover.ts). */
type ColumnReader = (vector: Vector, kind: ArrowKind) => Column;

/**
 * A column for reading every row: from its buffers as each cell is asked for when it is one chunk
 * of a common type (the app's own files), else read once into an array (several chunks, or a type
 * read through Arrow's accessors).
 */
const columnOf: ColumnReader = (vector, kind) => {
  const chunks = vector.data;
  const only = chunks.length === 1 ? chunkReader(chunks[0]!, kind) : null;
  if (only) return only;
  const values: Cell[] = new Array(vector.length);
  let at = 0;
  for (const d of chunks) {
    const read = chunkReader(d, kind);
    for (let i = 0; i < d.length; i++)
      values[at + i] = read ? read(i) : cell(vector.get(at + i), kind);
    at += d.length;
  }
  return (k) => values[k];
};

/** A column read a cell at a time, when asked for: for the few events a page opens. */
const cellsOf: ColumnReader = (vector, kind) => (k) => cell(vector.get(k), kind);

export interface ArrowRows {
  /** How many rows the table has. */
  count: number;
  /** Row i as an event in the app's GeoJSON form, not yet checked: made anew at each call. */
  row: (i: number) => Record<string, unknown>;
  /** The metadata's description and narratives, as written (not yet checked). */
  description?: unknown;
  narratives?: unknown;
  language: string;
  /** Problems with the file or its columns, and cells that are not JSON where JSON is due. */
  issues: ImportIssue[];
  /** False when the file cannot be read as events at all. */
  ok: boolean;
}

function parseMeta(table: Table, key: string): unknown {
  const text = table.schema.metadata.get(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function columnIssue(
  file: string,
  code: 'arrow-column-missing' | 'arrow-column-type',
  column: string,
  kind: ArrowKind,
  found?: DataType,
): ImportIssue {
  const wanted = KIND_TYPES[kind];
  return issue(
    'error',
    code,
    file,
    found
      ? `is of type ${String(found)}; it must be ${wanted}`
      : `is missing; every event needs it (${wanted})`,
    { column },
    { wanted, ...(found && { type: String(found) }) },
  );
}

/** The file read as a table, or why it cannot be. */
function tableOf(bytes: Uint8Array, file: string): Table | ImportIssue {
  try {
    return tableFromIPC(bytes);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return issue(
      'error',
      'arrow-unreadable',
      file,
      `is not a readable Arrow file (${detail})`,
      {},
      { detail },
    );
  }
}

/** The table's columns of the layout, by name, and its translations' columns by field. */
interface LayoutColumns {
  cols: Map<string, Column>;
  translated: Map<string, [string, Column][]>;
}

/** The table's columns, read with `read`; `issues` gets what is wrong with them. */
function layoutColumns(
  table: Table,
  file: string,
  read: ColumnReader,
  issues: ImportIssue[],
): LayoutColumns {
  const cols = new Map<string, Column>();
  const translated = new Map<string, [string, Column][]>();
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name)!;
    const kind = ARROW_COLUMNS[field.name as ArrowColumn] as ArrowKind | undefined;
    const tr = /^(title|summary|place|date_display)_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/.exec(
      field.name,
    );
    if (kind) {
      if (fits(kind, field.type)) cols.set(field.name, read(vector, kind));
      else issues.push(columnIssue(file, 'arrow-column-type', field.name, kind, field.type));
    } else if (tr) {
      if (!isText(field.type)) {
        issues.push(columnIssue(file, 'arrow-column-type', field.name, 'text', field.type));
        continue;
      }
      const list = translated.get(tr[1]!) ?? [];
      list.push([tr[2]!, read(vector, 'text')]);
      translated.set(tr[1]!, list);
    } else {
      issues.push(
        issue(
          'warning',
          'arrow-column-unknown',
          file,
          'is not a column of the Casemap layout; it is left out',
          { column: field.name },
        ),
      );
    }
  }
  return { cols, translated };
}

/**
 * Row i of the columns as an event in the app's GeoJSON form, not yet checked (`lang`: the
 * language of the texts' base columns). A cell that is not JSON where JSON is due is added to
 * `issues` and left as text, so that the schema check rejects the row too.
 */
function eventMaker(
  { cols, translated }: LayoutColumns,
  lang: string,
  file: string,
  issues: ImportIssue[],
): (i: number) => Record<string, unknown> {
  const none: Column = () => null;
  const get = (name: ArrowColumn) => cols.get(name) ?? none;
  const text = (field: (typeof ARROW_TEXTS)[number]): ((i: number) => Text | undefined) => {
    const base = get(field);
    const others = translated.get(field) ?? [];
    return (i) => {
      const b = base(i) as string | null;
      const record: Record<string, string> = {};
      let any = false;
      for (const [l, col] of others) {
        const v = col(i) as string | null;
        if (v !== null) {
          record[l] = v;
          any = true;
        }
      }
      if (!any) return b ?? undefined;
      if (b !== null) record[lang] = b;
      return record;
    };
  };
  const json = (name: ArrowColumn) => {
    const col = get(name);
    return (i: number): unknown => {
      const v = col(i);
      if (v === null || v === undefined) return undefined;
      try {
        return JSON.parse(v as string) as unknown;
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        issues.push({
          ...issue(
            'error',
            'arrow-cell-json',
            file,
            `is not valid JSON (${detail})`,
            { row: i + 1, column: name, value: v as string },
            { detail },
          ),
          // Rows are counted from 1: the file has no header row.
          index: i,
          unit: 'row',
        });
        // Left as text, so that the schema check rejects the row too.
        return v;
      }
    };
  };
  const title = text('title');
  const summary = text('summary');
  const place = text('place');
  const display = text('date_display');
  const [id, start, end, approx, country, precision, withheld, lon, lat] = (
    [
      'id',
      'date_start',
      'date_end',
      'date_approximate',
      'country',
      'place_precision',
      'place_withheld',
      'longitude',
      'latitude',
    ] as const
  ).map(get) as Column[];
  const [category, articles, status, sources, graphic, tags] = (
    ['category', 'articles', 'status', 'sources', 'graphic', 'tags'] as const
  ).map(get) as Column[];
  const [figures, persons, provenance, perpetrators, origin, destination] = (
    ['figures', 'persons', 'provenance', 'perpetrators', 'origin', 'destination'] as const
  ).map(json);

  return (i) => {
    const date: Record<string, unknown> = { start: start!(i) };
    const set = (o: Record<string, unknown>, k: string, v: unknown) => {
      if (v !== null && v !== undefined) o[k] = v;
    };
    set(date, 'end', end!(i));
    set(date, 'approximate', approx!(i));
    set(date, 'display', display(i));
    const where: Record<string, unknown> = { name: place(i) };
    // Unstated stays unstated (no key), as in the GeoJSON: a null is not "not stated".
    set(where, 'precision', precision!(i));
    set(where, 'country', country!(i));
    set(where, 'withheld', withheld!(i));
    set(where, 'origin', origin!(i));
    set(where, 'destination', destination!(i));
    const properties: Record<string, unknown> = {
      title: title(i),
      date,
      place: where,
      category: category!(i),
      articles: articles!(i) ?? [],
      status: status!(i),
    };
    set(properties, 'summary', summary(i));
    set(properties, 'figures', figures!(i));
    set(properties, 'persons', persons!(i));
    set(properties, 'perpetrators', perpetrators!(i));
    set(properties, 'sources', sources!(i));
    set(properties, 'provenance', provenance!(i));
    set(properties, 'graphic', graphic!(i));
    set(properties, 'tags', tags!(i));
    const x = lon!(i);
    const y = lat!(i);
    return {
      type: 'Feature',
      id: id!(i),
      geometry:
        x === null && y === null ? null : { type: 'Point', coordinates: [x ?? NaN, y ?? NaN] },
      properties,
    };
  };
}

/** The language of the texts' base columns: the file's, its description's, else `language`. */
function languageOf(table: Table, description: unknown, language?: string): string {
  const descLang = (description as { language?: unknown } | undefined)?.language;
  return (
    table.schema.metadata.get(ARROW_META.language) ??
    (typeof descLang === 'string' ? descLang : (language ?? 'en'))
  );
}

const noRow = (): Record<string, unknown> => ({});

/** The table's rows as app events, with what is wrong with its columns. */
function arrowRows(bytes: Uint8Array, file: string, language?: string): ArrowRows {
  const table = tableOf(bytes, file);
  if (!(table instanceof Table))
    return { count: 0, row: noRow, language: 'en', issues: [table], ok: false };
  const issues: ImportIssue[] = [];
  const description = parseMeta(table, ARROW_META.dataset);
  const lang = languageOf(table, description, language);
  const columns = layoutColumns(table, file, columnOf, issues);
  for (const name of ARROW_REQUIRED) {
    if (!table.schema.fields.some((f) => f.name === name))
      issues.push(columnIssue(file, 'arrow-column-missing', name, ARROW_COLUMNS[name]));
  }
  if (issues.some((i) => i.severity === 'error'))
    return { count: 0, row: noRow, language: lang, issues, ok: false };
  return {
    count: table.numRows,
    row: eventMaker(columns, lang, file, issues),
    description,
    narratives: parseMeta(table, ARROW_META.narratives),
    language: lang,
    issues,
    ok: true,
  };
}

/**
 * The rows of an Arrow file that its import read (`language` is the one it found), each made
 * into the same unchecked event again: `one` reads a row's cells when asked, for the few events a
 * page opens; `all` reads every column's buffers, for a reader of every event (the page's, and
 * the import worker's pass for the texts for search).
 */
function arrowRowReader(
  bytes: Uint8Array,
  language: string,
): {
  one: (row: number) => Record<string, unknown>;
  all: () => (row: number) => Record<string, unknown>;
} {
  const table = tableFromIPC(bytes);
  const maker = (read: ColumnReader) =>
    eventMaker(layoutColumns(table, '', read, []), language, '', []);
  return { one: maker(cellsOf), all: () => maker(columnOf) };
}

/** Row `i` of `source`'s events, made by `make` and checked as the import checked it. */
function checkedRow(
  { rows }: ArrowSource,
  d: DatasetDescription,
  make: (row: number) => Record<string, unknown>,
): (i: number) => EventFeature {
  return (i) => {
    const { event } = validateFeature(make(rows[i]!), rows[i]!, '', d);
    if (!event) throw new Error(`row ${rows[i]! + 1} of the imported file no longer reads`);
    return event;
  };
}

/**
 * The events of an imported Arrow file as an array (lazy-list.ts), each made again from its row
 * and checked as the import checked it (the same event, key for key) the first time it is read;
 * a reader of every event has every column read at once.
 */
export function arrowEvents(source: ArrowSource, d: DatasetDescription): EventFeature[] {
  const reader = arrowRowReader(source.bytes, source.language);
  return lazyList(source.rows.length, checkedRow(source, d, reader.one), () =>
    checkedRow(source, d, reader.all()),
  );
}

/**
 * The events of an imported Arrow file made one by one from their rows and not kept, for one pass
 * over them all (the texts for search): rows the import checked, made again as they were and not
 * checked again (the check copies an event key for key; handover.test.ts compares the texts).
 */
export function arrowEventReader(source: ArrowSource): (i: number) => EventFeature {
  const make = arrowRowReader(source.bytes, source.language).all();
  return (i) => make(source.rows[i]!) as unknown as EventFeature;
}

/** A schema path as the Arrow column that holds it. */
const PATH_COLUMNS: [RegExp, string][] = [
  [/^properties\.date\.start/, 'date_start'],
  [/^properties\.date\.end/, 'date_end'],
  [/^properties\.date\.approximate/, 'date_approximate'],
  [/^properties\.date\.display/, 'date_display'],
  [/^properties\.place\.name/, 'place'],
  [/^properties\.place\.country/, 'country'],
  [/^properties\.place\.precision/, 'place_precision'],
  [/^properties\.place\.withheld/, 'place_withheld'],
  [/^properties\.place\.(origin|destination)/, '$1'],
  [/^geometry\.coordinates\[0\]/, 'longitude'],
  [/^geometry\.coordinates\[1\]/, 'latitude'],
  [/^properties\.(\w+)/, '$1'],
  [/^id$/, 'id'],
];

function columnOfPath(path: string): string | undefined {
  for (const [re, col] of PATH_COLUMNS) {
    const m = re.exec(path);
    if (m) return col.replace('$1', m[1] ?? '');
  }
  return undefined;
}

/** A schema issue of a row, said by the row (counted from 1) and the column. */
function byRow(i: ImportIssue): ImportIssue {
  if (i.row === undefined) return i;
  const column = columnOfPath(i.path);
  return { ...i, unit: 'row', ...(column && { column, params: { ...i.params, column } }) };
}

/** Every row of the table, made at once (for readers that need them all together). */
const allRows = (r: ArrowRows) => Array.from({ length: r.count }, (_, i) => r.row(i));

/** An Arrow file imported: its events checked as the app's GeoJSON events are. */
function importArrow(
  bytes: Uint8Array,
  file: string,
  options: { language?: string; contentKey?: string } = {},
): Omit<JsonImport, 'format'> & { format: 'arrow'; language: string; arrow?: ArrowSource } {
  const r = arrowRows(bytes, file, options.language);
  // With a description, each row is made just before it is checked (importBundle's rows) and
  // goes into the columns as it passes; the events are made again from their rows when read.
  // Without one, the description is first gathered from every row (importAppEvents).
  let columns: ColumnBuilder | undefined;
  const sinkFor = (d: DatasetDescription) => {
    const c = (columns = new ColumnBuilder(r.count, d));
    return (e: EventFeature) => c.add(e);
  };
  const checked = !r.ok
    ? undefined
    : r.description !== undefined
      ? importBundle(
          { dataset: r.description, events: undefined, narratives: r.narratives ?? [] },
          file,
          { count: r.count, feature: r.row, sinkFor },
        )
      : importAppEvents(allRows(r), file, options.contentKey ?? String(bytes.length), r.language);
  const kept = checked?.kept;
  const arrow =
    kept && (columns || kept.length === checked.events.length)
      ? { bytes, rows: Uint32Array.from(kept), language: r.language }
      : undefined;
  let events = checked?.events ?? [];
  if (checked && arrow && columns) {
    events = arrowEvents(arrow, checked.description);
    setPrebuilt(events, checked.description, columns.finish());
  }
  const read = r.count;
  return {
    format: 'arrow',
    description: checked?.description ?? importAppEvents([], file, '', 'en').description,
    events,
    narratives: checked?.narratives ?? [],
    issues: [...r.issues, ...(checked?.issues ?? []).map(byRow)],
    read,
    imported: checked?.imported ?? 0,
    rejected: read - (checked?.imported ?? 0),
    headers: [],
    kept,
    language: r.language,
    arrow,
  };
}

/**
 * A dataset the app wrote itself (the store of imported datasets), read back without checks:
 * they were made when it was imported.
 */
export function datasetFromArrow(bytes: Uint8Array): {
  description: DatasetDescription;
  events: EventFeature[];
  narratives: Narrative[];
} {
  const r = arrowRows(bytes, '');
  return {
    description: r.description as DatasetDescription,
    events: allRows(r) as unknown as EventFeature[],
    narratives: (r.narratives ?? []) as Narrative[],
  };
}

/** A key of the file's content for the id of a dataset without a description: its size, start and end. */
function contentKey(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1');
  const part = (b: Uint8Array) => latin1.decode(b);
  const chunk = 32_768;
  return `${bytes.length}:${hashId(part(bytes.subarray(0, chunk)) + part(bytes.subarray(-chunk)))}`;
}

/**
 * An imported Arrow file as its rows: the file, the row of each event, and the language its
 * texts were read in. The import worker hands this over (transferred) instead of a text of every
 * event, and the page makes each event again from its row when it is read (handover.ts).
 */
export interface ArrowSource {
  bytes: Uint8Array;
  rows: Uint32Array;
  language: string;
}

/** The importer's result for an Arrow file (importer.ts hands such a file here). */
export function arrowImport(
  bytes: Uint8Array,
  file: string,
  language?: string,
): { dataset: LoadedDataset; report: ImportReport; arrow?: ArrowSource } {
  const a = importArrow(bytes, file, { language, contentKey: contentKey(bytes) });
  return {
    ...(a.arrow && { arrow: a.arrow }),
    dataset: {
      description: a.description,
      events: a.events,
      narratives: a.narratives,
      issues: a.issues,
      origin: 'import',
    },
    report: {
      file,
      format: 'arrow',
      read: a.read,
      imported: a.imported,
      rejected: a.rejected,
      issues: a.issues,
    },
  };
}
