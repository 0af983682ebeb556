/**
 * Events out as an Apache Arrow IPC file in the layout of arrow-columns.ts, with the dataset's
 * description and narratives in the schema's metadata. Loaded when first used (the Data dialog's
 * export, the store of imported datasets), never with the first view.
 *
 * The columns are assembled from typed arrays with `makeData`, not with Arrow's builders: a
 * builder compiles its null check with `new Function`, which the app's Content Security Policy
 * forbids.
 */
import {
  Bool,
  Dictionary,
  Field,
  Float64,
  Int32,
  List,
  makeData,
  makeVector,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Uint8,
  Utf8,
  type Data,
  type DataType,
} from 'apache-arrow';
import type { DatasetDescription, EventFeature, Narrative, Text } from '../../model/schema';
import { ARROW_META, ARROW_TEXTS, type ArrowColumn } from './arrow-columns';

type Maybe<T> = T | undefined;

function validity(n: number, has: (i: number) => boolean): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (has(i)) bitmap[i >> 3]! |= 1 << (i & 7);
    else nulls++;
  }
  return { bitmap, nulls };
}

const encoder = new TextEncoder();

function utf8(values: readonly Maybe<string>[]): Data<Utf8> {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  let bytes = new Uint8Array(Math.max(64, n * 16));
  let at = 0;
  for (let i = 0; i < n; i++) {
    const s = values[i];
    if (s !== undefined) {
      // A UTF-16 unit takes at most 3 bytes in UTF-8.
      if (at + s.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, at + s.length * 3));
        grown.set(bytes.subarray(0, at));
        bytes = grown;
      }
      at += encoder.encodeInto(s, bytes.subarray(at)).written;
    }
    offsets[i + 1] = at;
  }
  const { bitmap, nulls } = validity(n, (i) => values[i] !== undefined);
  return makeData({
    type: new Utf8(),
    length: n,
    nullCount: nulls,
    nullBitmap: nulls ? bitmap : null,
    valueOffsets: offsets,
    data: bytes.subarray(0, at),
  });
}

/** Repeated words (category, precision, status, country) as a dictionary of their values. */
function dictionary(values: readonly Maybe<string>[], id: number): Data<Dictionary<Utf8, Int32>> {
  const words = new Map<string, number>();
  const indices = new Int32Array(values.length);
  values.forEach((v, i) => {
    if (v === undefined) return;
    let k = words.get(v);
    if (k === undefined) words.set(v, (k = words.size));
    indices[i] = k;
  });
  const { bitmap, nulls } = validity(values.length, (i) => values[i] !== undefined);
  const type = new Dictionary(new Utf8(), new Int32(), id);
  return makeData({
    type,
    length: values.length,
    nullCount: nulls,
    nullBitmap: nulls ? bitmap : null,
    data: indices,
    dictionary: makeVector(utf8([...words.keys()])),
  });
}

function float64(values: readonly Maybe<number>[]): Data<Float64> {
  const { bitmap, nulls } = validity(values.length, (i) => values[i] !== undefined);
  return makeData({
    type: new Float64(),
    length: values.length,
    nullCount: nulls,
    nullBitmap: nulls ? bitmap : null,
    data: Float64Array.from(values, (v) => v ?? 0),
  });
}

function bool(values: readonly Maybe<boolean>[]): Data<Bool> {
  const { bitmap, nulls } = validity(values.length, (i) => values[i] !== undefined);
  const bits = validity(values.length, (i) => values[i] === true).bitmap;
  return makeData({
    type: new Bool(),
    length: values.length,
    nullCount: nulls,
    nullBitmap: nulls ? bitmap : null,
    data: bits,
  });
}

function list<T extends DataType>(
  values: readonly Maybe<readonly unknown[]>[],
  child: Data<T>,
): Data<List<T>> {
  const offsets = new Int32Array(values.length + 1);
  values.forEach((v, i) => (offsets[i + 1] = offsets[i]! + (v?.length ?? 0)));
  const { bitmap, nulls } = validity(values.length, (i) => values[i] !== undefined);
  return makeData({
    type: new List(new Field('item', child.type, true)),
    length: values.length,
    nullCount: nulls,
    nullBitmap: nulls ? bitmap : null,
    valueOffsets: offsets,
    child,
  });
}

function uint8List(values: readonly Maybe<readonly number[]>[]): Data<List<Uint8>> {
  const flat = Uint8Array.from(values.flatMap((v) => v ?? []));
  const child = makeData({ type: new Uint8(), length: flat.length, nullCount: 0, data: flat });
  return list(values, child);
}

function utf8List(values: readonly Maybe<readonly string[]>[]): Data<List<Utf8>> {
  return list(values, utf8(values.flatMap((v) => v ?? [])));
}

const json = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));

/** The text in the base column: a plain text, or the translation in the dataset's language. */
function baseText(t: Maybe<Text>, lang: string): Maybe<string> {
  if (t === undefined || typeof t === 'string') return t;
  return t[lang];
}

/** Translation columns (`title_ru`), filled where an event's text is translated. */
function translations(
  field: (typeof ARROW_TEXTS)[number],
  texts: readonly Maybe<Text>[],
  lang: string,
): [string, Data][] {
  const cols = new Map<string, Maybe<string>[]>();
  texts.forEach((t, i) => {
    if (t === undefined || typeof t === 'string') return;
    const langs = Object.keys(t);
    for (const l of langs) {
      // The base column holds the dataset's language; it is repeated only when it stands alone,
      // so that a text given as { en: "…" } reads back as such.
      if (l === lang && langs.length > 1) continue;
      const name = `${field}_${l}`;
      let col = cols.get(name);
      if (!col) cols.set(name, (col = new Array<Maybe<string>>(texts.length).fill(undefined)));
      col[i] = t[l];
    }
  });
  return [...cols].sort(([a], [b]) => a.localeCompare(b)).map(([name, v]) => [name, utf8(v)]);
}

/** The events as Arrow IPC file bytes, with the description and narratives as metadata. */
export function toArrow(
  events: readonly EventFeature[],
  description: DatasetDescription,
  narratives: readonly Narrative[] = [],
): Uint8Array {
  const lang = description.language;
  const p = events.map((e) => e.properties);
  const texts = {
    title: p.map((x) => x.title),
    summary: p.map((x) => x.summary),
    place: p.map((x) => x.place.name),
    date_display: p.map((x) => x.date.display),
  };
  const columns: Record<ArrowColumn, Data> = {
    id: utf8(events.map((e) => e.id)),
    title: utf8(texts.title.map((t) => baseText(t, lang))),
    summary: utf8(texts.summary.map((t) => baseText(t, lang))),
    date_start: utf8(p.map((x) => x.date.start)),
    date_end: utf8(p.map((x) => x.date.end)),
    date_approximate: bool(p.map((x) => x.date.approximate)),
    date_display: utf8(texts.date_display.map((t) => baseText(t, lang))),
    place: utf8(texts.place.map((t) => baseText(t, lang))),
    country: dictionary(
      p.map((x) => x.place.country),
      0,
    ),
    place_precision: dictionary(
      p.map((x) => x.place.precision),
      1,
    ),
    place_withheld: bool(p.map((x) => x.place.withheld)),
    longitude: float64(events.map((e) => e.geometry?.coordinates[0])),
    latitude: float64(events.map((e) => e.geometry?.coordinates[1])),
    category: dictionary(
      p.map((x) => x.category),
      2,
    ),
    articles: uint8List(p.map((x) => x.articles)),
    status: dictionary(
      p.map((x) => x.status),
      3,
    ),
    sources: utf8List(p.map((x) => x.sources)),
    figures: utf8(p.map((x) => json(x.figures))),
    persons: utf8(p.map((x) => json(x.persons))),
    provenance: utf8(p.map((x) => json(x.provenance))),
    perpetrators: utf8(p.map((x) => json(x.perpetrators))),
    origin: utf8(p.map((x) => json(x.place.origin))),
    destination: utf8(p.map((x) => json(x.place.destination))),
    graphic: bool(p.map((x) => x.graphic)),
    tags: utf8List(p.map((x) => x.tags)),
  };
  const all: [string, Data][] = [
    ...Object.entries(columns),
    ...ARROW_TEXTS.flatMap((f) => translations(f, texts[f], lang)),
  ];
  const metadata = new Map<string, string>([
    [ARROW_META.dataset, JSON.stringify(description)],
    [ARROW_META.language, lang],
  ]);
  if (narratives.length) metadata.set(ARROW_META.narratives, JSON.stringify(narratives));
  const fields = all.map(([name, d]) => new Field(name, d.type, true));
  const schema = new Schema(fields, metadata);
  const struct = makeData({
    type: new Struct(fields),
    length: events.length,
    nullCount: 0,
    children: all.map(([, d]) => d),
  });
  return tableToIPC(new Table(schema, [new RecordBatch(schema, struct)]), 'file');
}
