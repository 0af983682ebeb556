/**
 * The app's own CSV read back (the inverse of export/csv.ts), field for field. Values are taken
 * as written: no trimming, no guessing; the schema check that follows catches anything edited
 * into an invalid form.
 */
import {
  EndpointSchema,
  LangSchema,
  LocationPrecisionSchema,
  PersonSchema,
  ProvenanceSchema,
  StatusSchema,
  TextSchema,
  type Endpoint,
  type Figure,
  type Text,
} from '../../model/schema';
import { translationColumn, type TranslatedColumn } from '../export/csv-columns';
import { parseFigure, parseSourceItem, splitList } from '../export/csv-fields';
import { parseArticles } from './articles';
import { checkPosition, parseNumber, safeUrl, type Draft, type RowContext } from './context';
import { z } from 'zod/mini';

function readText(ctx: RowContext, field: TranslatedColumn, lang: string): Text | undefined {
  const base = ctx.row.values[field] ?? '';
  const record: Record<string, string> = {};
  for (const [column, value] of Object.entries(ctx.row.values)) {
    const t = translationColumn(column);
    if (t && t[0] === field && value !== '') record[t[1]] = value;
  }
  if (Object.keys(record).length === 0) return base === '' ? undefined : base;
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

export function convertCasemap(ctx: RowContext): Draft | undefined {
  const v = (k: string) => ctx.row.values[k] ?? '';
  const lang = v('language') || 'en';
  if (!LangSchema.safeParse(lang).success) {
    ctx.error('language-invalid', 'is not a language tag such as "en" or "ru"', 'language', lang);
  }
  const title = readText(ctx, 'title', lang);
  if (title === undefined) ctx.error('title-missing', 'has no title', 'title');
  const summary = readText(ctx, 'summary', lang);
  const display = readText(ctx, 'date_display', lang);
  const place = readText(ctx, 'place', lang);
  if (place === undefined) ctx.error('place-missing', 'has no place name', 'place');
  if (v('date_start') === '') ctx.error('date-missing', 'has no date', 'date_start');
  const approximate = readBool(ctx, 'date_approximate');
  const withheld = readBool(ctx, 'place_withheld');
  const graphic = readBool(ctx, 'graphic');
  const precision = LocationPrecisionSchema.safeParse(v('place_precision'));
  if (!precision.success) {
    ctx.error(
      'precision-invalid',
      'is not a place precision (exact, city, region, country, unknown)',
      'place_precision',
      v('place_precision'),
    );
  }
  const status = StatusSchema.safeParse(v('status'));
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
    perpetrators = readJson(ctx, 'perpetrators', z.array(TextSchema));
  } else if (perpCell !== '') perpetrators = splitList(perpCell);
  const persons = readJson(ctx, 'persons', z.array(PersonSchema));
  const provenance = readJson(ctx, 'provenance', z.array(ProvenanceSchema));
  const origin = readJson<Endpoint>(ctx, 'origin', EndpointSchema);
  const destination = readJson<Endpoint>(ctx, 'destination', EndpointSchema);
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
