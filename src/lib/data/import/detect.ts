/**
 * Which kind of table a header announces (the app's own CSV, an ACLED export, a TimelineJS sheet,
 * or anything else), and for anything else a proposed mapping of columns to the app's fields.
 * A mapping is plain JSON, so the UI can store it in localStorage under `headerFingerprint`.
 */
import { isCasemapHeader } from '../export/csv-columns';
import { hashId } from './hash';
import { normaliseHeader } from './text';
import type { DateOrder } from './dates';
import type { Status } from '../../model/schema';

export type TableFormat = 'casemap' | 'acled' | 'timelinejs' | 'generic';

/** The fields a generic table can fill. */
export const MAPPABLE_FIELDS = [
  'id',
  'date',
  'endDate',
  'datePrecision',
  'latitude',
  'longitude',
  'title',
  'description',
  'place',
  'country',
  'precision',
  'category',
  'articles',
  'sources',
  'sourceTitle',
  'sourceUrl',
  'sourcePublisher',
  'sourceDate',
  'status',
  'tags',
] as const;

export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Which column (by header name) holds each field. Plain JSON. */
export type ColumnMapping = Partial<Record<MappableField, string>>;

/** A column of reported figures (deaths, detained…) and what it counts, as the user words it. */
export interface FigureColumn {
  column: string;
  label: string;
}

export interface ImportMapping {
  format: TableFormat;
  /** Used for 'generic' tables (and for plain GeoJSON properties). */
  columns: ColumnMapping;
  /** Columns of figures, each tied to the row's (first) source. */
  figures?: FigureColumn[];
  /**
   * What separates several sources in one cell of the source title/URL/publisher/date columns
   * ("|", a line break…). Without it a cell is one source: a title is never split by guess.
   */
  sourceSeparator?: string;
  /** The dataset's title; by default the file's name. */
  title?: string;
  /** The status of events whose row gives none; by default "unknown" (with a warning). */
  defaultStatus?: Status;
  /** How to read slashed dates such as 01/02/2022; inferred from the file when absent. */
  dateOrder?: DateOrder;
  /** UTC offset ("+06:00") for times of day given without one; without it times are not kept. */
  utcOffset?: string;
}

const ACLED_KEYS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'geo_precision',
  'latitude',
  'longitude',
  'sub_event_type',
  'event_type',
  'fatalities',
  'notes',
];
const TIMELINE_KEYS = ['year', 'month', 'day', 'headline', 'text'];

export function detectFormat(headers: readonly string[]): TableFormat {
  if (isCasemapHeader(headers)) return 'casemap';
  const lower = new Set(headers.map((h) => h.trim().toLowerCase()));
  if (ACLED_KEYS.filter((k) => lower.has(k)).length >= 6 && lower.has('event_date')) return 'acled';
  if (TIMELINE_KEYS.every((k) => lower.has(k))) return 'timelinejs';
  return 'generic';
}

/**
 * Header names per field, compared after normaliseHeader (case, accents, "_" and "-" folded).
 * Earlier names win. English and Russian.
 */
const SYNONYMS: Record<MappableField, string[]> = {
  id: [
    'id',
    'event id',
    'event_id_cnty',
    'uid',
    'identifier',
    'идентификатор',
    'код',
    'id события',
  ],
  date: [
    'date',
    'start date',
    'date start',
    'start',
    'event date',
    'from',
    'date from',
    'дата',
    'дата начала',
    'начало',
    'дата события',
    'когда',
  ],
  datePrecision: [
    'date precision',
    'time precision',
    'precision of date',
    'date accuracy',
    'точность даты',
  ],
  endDate: [
    'end date',
    'date end',
    'end',
    'to',
    'until',
    'date to',
    'дата окончания',
    'окончание',
    'конец',
    'дата конца',
  ],
  latitude: ['latitude', 'lat', 'y', 'широта'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x', 'долгота'],
  title: [
    'title',
    'headline',
    'name',
    'event',
    'subject',
    'заголовок',
    'название',
    'событие',
    'тема',
  ],
  description: [
    'description',
    'summary',
    'notes',
    'text',
    'details',
    'narrative',
    'описание',
    'текст',
    'примечания',
    'подробности',
    'содержание',
    'краткое описание',
  ],
  place: [
    'place',
    'location',
    'city',
    'town',
    'locality',
    'settlement',
    'место',
    'населенный пункт',
    'город',
    'местоположение',
    'локация',
  ],
  country: ['country', 'country code', 'iso2', 'страна'],
  precision: ['precision', 'place precision', 'location precision', 'точность', 'точность места'],
  category: [
    'category',
    'type',
    'event type',
    'sub event type',
    'group',
    'kind',
    'категория',
    'тип',
    'вид',
    'группа',
  ],
  articles: ['articles', 'article', 'uncat', 'uncat articles', 'cat articles', 'статьи', 'статья'],
  sourceTitle: ['source title', 'source name', 'название источника', 'источник название'],
  sourceUrl: ['source url', 'source link', 'ссылка на источник', 'url источника'],
  sourcePublisher: ['source publisher', 'publisher', 'outlet', 'издатель', 'издание', 'сми'],
  sourceDate: [
    'source date',
    'publication date',
    'date published',
    'published',
    'дата публикации',
    'дата источника',
  ],
  sources: [
    'sources',
    'source',
    'url',
    'link',
    'links',
    'источник',
    'источники',
    'ссылка',
    'ссылки',
  ],
  status: ['status', 'verification', 'статус', 'достоверность'],
  tags: ['tags', 'keywords', 'labels', 'теги', 'метки', 'ключевые слова'],
};

/**
 * Proposes a column for each field: an exact (normalised) name first, then a header that
 * contains a field name as a word ("Date of arrest" -> date). Each column is used at most once.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const norm = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const pick = (field: MappableField, i: number) => {
    mapping[field] = headers[i];
    used.add(i);
  };
  for (const field of MAPPABLE_FIELDS) {
    for (const name of SYNONYMS[field].map(normaliseHeader)) {
      const i = norm.findIndex((h, k) => !used.has(k) && h === name);
      if (i >= 0) {
        pick(field, i);
        break;
      }
    }
  }
  for (const field of MAPPABLE_FIELDS) {
    if (mapping[field] !== undefined) continue;
    for (const name of SYNONYMS[field].map(normaliseHeader)) {
      // Single letters (x, y) and short words only match whole names.
      if (name.length < 4) continue;
      const i = norm.findIndex((h, k) => !used.has(k) && ` ${h} `.includes(` ${name} `));
      if (i >= 0) {
        pick(field, i);
        break;
      }
    }
  }
  return mapping;
}

/** Header words that name a count of people: such columns are proposed as figures. */
const FIGURE_WORDS = [
  'deaths',
  'dead',
  'killed',
  'fatalities',
  'injured',
  'wounded',
  'detained',
  'detentions',
  'arrested',
  'arrests',
  'missing',
  'disappeared',
  'tortured',
  'victims',
  'convicted',
  'погибшие',
  'погибло',
  'погибших',
  'убито',
  'убитые',
  'ранено',
  'раненые',
  'задержано',
  'задержанные',
  'задержанных',
  'арестовано',
  'пропавшие',
  'жертвы',
].map(normaliseHeader);

/**
 * Columns whose name is a count of people ("Deaths", "Detained (reported)"), not already used by
 * the mapping, proposed as figures labelled with their own header.
 */
export function guessFigures(headers: readonly string[], mapping: ColumnMapping): FigureColumn[] {
  const used = new Set(Object.values(mapping));
  return headers
    .filter((h) => !used.has(h))
    .filter((h) =>
      normaliseHeader(h)
        .split(' ')
        .some((w) => FIGURE_WORDS.includes(w)),
    )
    .map((h) => ({ column: h, label: h.trim() }));
}

/** A generic table's whole proposed mapping: fields, then figures among the columns left. */
export function guessFullMapping(headers: readonly string[]): ImportMapping {
  const columns = guessMapping(headers);
  const figures = guessFigures(headers, columns);
  return figures.length ? { format: 'generic', columns, figures } : { format: 'generic', columns };
}

/** A key for remembering a mapping: same columns (any case/accents, same order) -> same key. */
export function headerFingerprint(headers: readonly string[]): string {
  return `h-${hashId(headers.map(normaliseHeader).join('\u001f'))}`;
}
