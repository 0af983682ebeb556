/**
 * The app's own CSV: its exact column set, shared by the exporter (which writes it) and the
 * importer (which recognises it and reads it back with no mapping question).
 *
 * Text fields (title, summary, place, date_display) hold the event's text in its original
 * language (the row's `language`); a translation into another language goes into a column named
 * `<field>_<lang>` (title_ru, summary_kk), added only when some event has one.
 */
export const CASEMAP_COLUMNS = [
  'id',
  'language',
  'title',
  'summary',
  'date_start',
  'date_end',
  'date_approximate',
  'date_display',
  'place',
  'country',
  'place_precision',
  'place_withheld',
  'latitude',
  'longitude',
  'category',
  'category_label',
  'articles',
  'status',
  'figures',
  'sources',
  'source_ids',
  'perpetrators',
  'persons',
  'provenance',
  'origin',
  'destination',
  'graphic',
  'tags',
] as const;

/** Fields whose translations get `<field>_<lang>` columns. */
export const TRANSLATED_COLUMNS = ['title', 'summary', 'place', 'date_display'] as const;

export type TranslatedColumn = (typeof TRANSLATED_COLUMNS)[number];

const TRANSLATION = new RegExp(
  `^(${TRANSLATED_COLUMNS.join('|')})_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$`,
);

/** "title_ru" -> ["title", "ru"]; undefined for any other name. */
export function translationColumn(name: string): [TranslatedColumn, string] | undefined {
  const m = TRANSLATION.exec(name);
  return m ? [m[1] as TranslatedColumn, m[2]!] : undefined;
}

/** True when a header is exactly the app's CSV: the base columns in order, then translations. */
export function isCasemapHeader(headers: readonly string[]): boolean {
  if (headers.length < CASEMAP_COLUMNS.length) return false;
  if (!CASEMAP_COLUMNS.every((c, i) => headers[i] === c)) return false;
  return headers.slice(CASEMAP_COLUMNS.length).every((h) => translationColumn(h) !== undefined);
}
