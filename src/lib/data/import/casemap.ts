/**
 * The app's own CSV read back (the inverse of export/csv.ts), field for field. Values are taken
 * as written: no trimming, no guessing; the schema check that follows catches anything edited
 * into an invalid form.
 */
import {
  EndpointSchema,
  LangSchema,
  LocationPrecisionSchema,
  PersonListSchema,
  ProvenanceListSchema,
  StatusSchema,
  TextListSchema,
  type Endpoint,
  type Figure,
  type Text,
} from '../../model/schema';
import { translationColumn, type TranslatedColumn } from '../export/csv-columns';
import { parseFigure, parseSourceItem, splitList } from '../export/csv-fields';
import { parseArticles } from './articles';
import { checkPosition, parseNumber, safeUrl, type Draft, type RowContext } from './context';
import {
  parseEndpoint,
  parsePersonList,
  parseProvenanceList,
  parseTextList,
} from '../../model/schema-parsers';
import { withParser, type z } from 'zod/mini';

type Translations = Partial<Record<TranslatedColumn, Record<string, string>>>;

/** A table's translation columns as [column, field, language], worked out once per table. */
const translationColumns = new WeakMap<readonly string[], [string, TranslatedColumn, string][]>();

/** The translations a row gives, by field: one pass over its columns for all four fields. */
function rowTranslations(ctx: RowContext): Translations {
  const { values, headers } = ctx.row;
  const out: Translations = {};
  const add = (field: TranslatedColumn, lang: string, value: string | undefined) => {
    if (value) (out[field] ??= {})[lang] = value;
  };
  if (!headers) {
    for (const column in values) {
      const t = translationColumn(column);
      if (t) add(t[0], t[1], values[column]);
    }
    return out;
  }
  let list = translationColumns.get(headers);
  if (!list) {
    list = headers.flatMap((c) => {
      const t = translationColumn(c);
      return t ? [[c, t[0], t[1]] as [string, TranslatedColumn, string]] : [];
    });
    translationColumns.set(headers, list);
  }
  for (const [column, field, lang] of list) add(field, lang, values[column]);
  return out;
}

function readText(
  ctx: RowContext,
  field: TranslatedColumn,
  lang: string,
  translations: Translations,
): Text | undefined {
  const base = ctx.row.values[field] ?? '';
  const record = translations[field];
  if (!record) return base === '' ? undefined : base;
  if (base !== '') record[lang] = base;
  return record;
}

function readBool(ctx: RowContext, column: string): boolean | undefined {
  const v = ctx.row.values[column] ?? '';
  if (v === '') return undefined;
  if (v === 'true' || v === 'false') return v === 'true';
  ctx.error('not-boolean', 'must be "true", "false" or empty', column, v);
  return undefined;
}

function readJson<T>(ctx: RowContext, column: string, schema: z.ZodMiniType<T>): T | undefined {
  const v = ctx.row.values[column] ?? '';
  if (v === '') return undefined;
  try {
    const r = schema.safeParse(JSON.parse(v));
    if (r.success) return r.data;
    ctx.error(
      'invalid-json-field',
      `does not have the expected form (${r.error.issues[0]?.message ?? ''})`,
      column,
      v,
      { variant: 'form', detail: r.error.issues[0]?.message ?? '' },
    );
  } catch {
    ctx.error('invalid-json-field', 'is not valid JSON', column, v, { variant: 'syntax' });
  }
  return undefined;
}

/**
 * A zod check of a short cell, remembered for the first 100 values met: a file repeats its few
 * languages, precisions and statuses in every row.
 */
type Checked<T> = ReturnType<z.ZodMiniType<T>['safeParse']>;
function remembered<T>(schema: z.ZodMiniType<T>): (value: string) => Checked<T> {
  const seen = new Map<string, Checked<T>>();
  return (value) => {
    let r = seen.get(value);
    if (!r) {
      r = schema.safeParse(value);
      if (seen.size < 100) seen.set(value, r);
    }
    return r;
  };
}
const checkLang = remembered(LangSchema);
const checkPrecision = remembered(LocationPrecisionSchema);
const checkStatus = remembered(StatusSchema);

/**
 * The JSON cells' schemas with zod's parsers compiled at build time (schema-parsers.js): the
 * runtime parser, jitless under the page's Content Security Policy, runs only for a cell that is
 * not valid, for its message.
 */
const TEXTS = withParser(TextListSchema, parseTextList);
const PERSONS = withParser(PersonListSchema, parsePersonList);
const PROVENANCE = withParser(ProvenanceListSchema, parseProvenanceList);
const ENDPOINT = withParser(EndpointSchema, parseEndpoint);

export function convertCasemap(ctx: RowContext): Draft | undefined {
  const v = (k: string) => ctx.row.values[k] ?? '';
  const lang = v('language') || 'en';
  if (!checkLang(lang).success) {
    ctx.error('language-invalid', 'is not a language tag such as "en" or "ru"', 'language', lang);
  }
  const translations = rowTranslations(ctx);
  const title = readText(ctx, 'title', lang, translations);
  if (title === undefined) ctx.error('title-missing', 'has no title', 'title');
  const summary = readText(ctx, 'summary', lang, translations);
  const display = readText(ctx, 'date_display', lang, translations);
  const place = readText(ctx, 'place', lang, translations);
  if (place === undefined) ctx.error('place-missing', 'has no place name', 'place');
  if (v('date_start') === '') ctx.error('date-missing', 'has no date', 'date_start');
  const approximate = readBool(ctx, 'date_approximate');
  const withheld = readBool(ctx, 'place_withheld');
  const graphic = readBool(ctx, 'graphic');
  const precision = checkPrecision(v('place_precision'));
  if (!precision.success) {
    ctx.error(
      'precision-invalid',
      'is not a place precision (exact, city, region, country, unknown)',
      'place_precision',
      v('place_precision'),
    );
  }
  const status = checkStatus(v('status'));
  if (!status.success) {
    ctx.error(
      'status-invalid',
      'is not a status (reported, possible, likely, confirmed, unlikely, unknown)',
      'status',
      v('status'),
    );
  }
  let geometry: Draft['geometry'] = null;
  if (v('latitude') !== '' || v('longitude') !== '') {
    const lat = parseNumber(v('latitude'));
    const lon = parseNumber(v('longitude'));
    if (lat === undefined || lon === undefined) {
      ctx.error(
        'coordinate-not-number',
        'latitude and longitude must both be numbers',
        lat === undefined ? 'latitude' : 'longitude',
        lat === undefined ? v('latitude') : v('longitude'),
        { variant: 'both' },
      );
    } else {
      const pos = checkPosition(ctx, lon, lat, 'latitude', 'longitude');
      if (pos) geometry = { type: 'Point', coordinates: pos };
    }
  }
  const articles = parseArticles(v('articles'));
  for (const bad of articles.invalid) {
    ctx.error(
      'article-unknown',
      `"${bad}" is not an article of the Convention (1-33)`,
      'articles',
      v('articles'),
      { article: bad },
    );
  }
  const figures: Figure[] = [];
  for (const item of splitList(v('figures'))) {
    const f = parseFigure(item);
    if (f) figures.push(f);
    else
      ctx.error(
        'figure-invalid',
        'is not a figure of the form "kind=value (source)"',
        'figures',
        item,
      );
  }
  const ids = splitList(v('source_ids'));
  const items = splitList(v('sources'));
  if (ids.length !== items.length && ids.length > 0) {
    ctx.error(
      'sources-mismatch',
      `lists ${ids.length} source ids for ${items.length} sources`,
      'source_ids',
      v('source_ids'),
      { ids: ids.length, sources: items.length },
    );
  }
  // Links are checked again: an edited file may hold anything (http(s) only, as on import).
  const sources = items.map((item, i) => {
    const { title, url } = parseSourceItem(item);
    const safe = url === undefined ? undefined : safeUrl(ctx, url, 'sources');
    return safe ? { title, url: safe, id: ids[i] } : { title, id: ids[i] };
  });
  const perpCell = v('perpetrators');
  let perpetrators: Text[] | undefined;
  if (perpCell.startsWith('[')) {
    perpetrators = readJson(ctx, 'perpetrators', TEXTS);
  } else if (perpCell !== '') perpetrators = splitList(perpCell);
  const persons = readJson(ctx, 'persons', PERSONS);
  const provenance = readJson(ctx, 'provenance', PROVENANCE);
  const origin = readJson<Endpoint>(ctx, 'origin', ENDPOINT);
  const destination = readJson<Endpoint>(ctx, 'destination', ENDPOINT);
  const tags = splitList(v('tags'));
  if (ctx.hasError || !title || !place || !precision.success || !status.success) return undefined;

  const draft: Draft = {
    id: v('id'),
    idColumn: 'id',
    geometry,
    properties: {
      title,
      date: { start: v('date_start') },
      place: { name: place, precision: precision.data },
      articles: articles.articles,
      status: status.data,
    },
    category: { id: v('category'), label: v('category_label') || v('category') },
    sources,
    figures: figures.map((f) => ({ ...f, source: f.source })),
    language: lang,
    documents: (provenance ?? []).map((p) => p.document),
  };
  const p = draft.properties;
  if (v('date_end') !== '') p.date.end = v('date_end');
  if (approximate !== undefined) p.date.approximate = approximate;
  if (display !== undefined) p.date.display = display;
  if (summary !== undefined) p.summary = summary;
  if (v('country') !== '') p.place.country = v('country');
  if (withheld !== undefined) p.place.withheld = withheld;
  if (origin) p.place.origin = origin;
  if (destination) p.place.destination = destination;
  if (perpetrators?.length) p.perpetrators = perpetrators;
  if (persons?.length) p.persons = persons;
  if (provenance?.length) p.provenance = provenance;
  if (graphic !== undefined) p.graphic = graphic;
  if (tags.length) p.tags = tags;
  return draft;
}
