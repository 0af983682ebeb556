/**
 * The app's Apache Arrow layout (an IPC file, `.arrow`; Feather v2 is the same format): one row
 * per event, one column per field of the event's GeoJSON properties, shared by the exporter
 * (export/arrow.ts, which writes it), the importer (import/arrow.ts, which checks it column by
 * column) and the store of imported datasets (import/store.ts, which keeps a dataset in it).
 * README "Data format" documents it for whoever writes such a file with another library.
 *
 * - Texts (title, summary, place, date_display) hold the text in the dataset's language (the
 *   plain text when it has no translations); a translation goes into `<field>_<lang>` (title_ru),
 *   as in the app's CSV.
 * - Structured fields (figures, persons, provenance, perpetrators, origin, destination) are the
 *   GeoJSON property's JSON text. A null cell is an absent field, an empty list an empty one.
 * - The schema's metadata may carry the dataset's description (`casemap:dataset`, JSON) and its
 *   narratives (`casemap:narratives`, a JSON list); without them a description is made from what
 *   the events cite, as for the app's GeoJSON.
 */

/** What a column holds, as the importer accepts it. */
export type ArrowKind =
  | 'text' // Utf8, LargeUtf8 or a dictionary of either
  | 'number' // any floating-point or integer type
  | 'boolean' // Bool
  | 'integers' // a list of integers
  | 'texts' // a list of Utf8
  | 'json'; // Utf8 holding JSON

export const ARROW_COLUMNS = {
  id: 'text',
  title: 'text',
  summary: 'text',
  date_start: 'text',
  date_end: 'text',
  date_approximate: 'boolean',
  date_display: 'text',
  place: 'text',
  country: 'text',
  place_precision: 'text',
  place_withheld: 'boolean',
  longitude: 'number',
  latitude: 'number',
  category: 'text',
  articles: 'integers',
  status: 'text',
  sources: 'texts',
  figures: 'json',
  persons: 'json',
  provenance: 'json',
  perpetrators: 'json',
  origin: 'json',
  destination: 'json',
  graphic: 'boolean',
  tags: 'texts',
} as const satisfies Record<string, ArrowKind>;

export type ArrowColumn = keyof typeof ARROW_COLUMNS;

/** Columns every file must have (the rest may be left out, as absent fields). */
export const ARROW_REQUIRED: readonly ArrowColumn[] = [
  'id',
  'title',
  'date_start',
  'place',
  'place_precision',
  'category',
  'status',
];

/** Text columns that may have `<field>_<lang>` translation columns. */
export const ARROW_TEXTS = ['title', 'summary', 'place', 'date_display'] as const;

export const ARROW_META = {
  dataset: 'casemap:dataset',
  narratives: 'casemap:narratives',
  /** The language of the texts' base columns, when the file has no description. */
  language: 'casemap:language',
} as const;

/** The first bytes of an Arrow IPC file ("ARROW1") or stream (a continuation marker). */
export function isArrowBytes(bytes: Uint8Array): boolean {
  const magic = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];
  if (bytes.length >= 8 && magic.every((b, i) => bytes[i] === b)) return true;
  return bytes.length >= 8 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff;
}
