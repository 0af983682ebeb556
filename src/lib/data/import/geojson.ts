/**
 * JSON in: the app's bundle (description + events + narratives), the app's events alone, or
 * plain GeoJSON whose properties are mapped to the model like CSV columns (a property named
 * date/title/… or the user's mapping). Geometry: Point as is; null or missing -> no location;
 * MultiPoint -> its first point; LineString/Polygon (and Multi-) -> the mean of their vertices,
 * with precision "region"; each said once per file. A position that reads as [lat, lon] is
 * rejected with the same hint as in CSV.
 */
import {
  LangSchema,
  SourceSchema,
  type DatasetDescription,
  type Source,
  type EventFeature,
  type Narrative,
} from '../../model/schema';
import {
  validateDescription,
  validateEach,
  validateEvents,
  validateNarrative,
  type ValidationIssue,
} from '../../model/validate';
import { looksLikeBundle } from '../export/bundle';
import { checkPosition, RowContext } from './context';
import type { SourceRow } from './csv';
import { describeImport, emptyCatalogue } from './describe';
import { guessFullMapping, type ImportMapping } from './detect';
import { parseJson } from './json-text';
import { issue, type ImportIssue } from './report';
import { previewSample, rowsToEvents } from './rows';
import type { ColumnUse } from './columns';

export interface JsonImport {
  format: 'bundle' | 'geojson' | 'casemap-geojson' | 'unknown';
  description: DatasetDescription;
  events: EventFeature[];
  narratives: Narrative[];
  issues: ImportIssue[];
  read: number;
  imported: number;
  rejected: number;
  headers: string[];
  mapping?: ImportMapping;
  /** What each property became (plain GeoJSON). */
  columns?: ColumnUse[];
  /** The position of each event among the features read (Arrow's handover reads them again). */
  kept?: number[];
  /** The first features as rows, for a preview of another mapping. */
  sample?: SourceRow[];
}

function fromValidation(i: ValidationIssue, code: string): ImportIssue {
  const out: ImportIssue = { ...i, code, params: { detail: i.message } };
  if (i.index !== undefined) out.row = i.index + 1;
  return out;
}

/** The JSON scanner's reasons (json-text.ts), as a message variant the UI can translate. */
const JSON_REASONS: Record<string, string> = {
  'unexpected end': 'end',
  'bad \\u escape': 'unicode-escape',
  'bad escape': 'escape',
  'control character inside a string': 'control',
  'nested too deeply': 'deep',
  'more text after the end of the JSON value': 'trailing',
};

function jsonReason(reason: string): Record<string, string> {
  const m = /^unexpected character (.*)$/s.exec(reason);
  if (m) return { variant: 'character', character: m[1]! };
  const variant = JSON_REASONS[reason];
  return variant ? { variant } : {};
}

function failed(file: string, issues: ImportIssue[], read = 0, contentKey = ''): JsonImport {
  return {
    format: 'unknown',
    description: describeImport(file, contentKey, emptyCatalogue(), 'en'),
    events: [],
    narratives: [],
    issues,
    read,
    imported: 0,
    rejected: read,
    headers: [],
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** An event in the app's own schema (rather than plain GeoJSON with flat properties). */
function isAppFeature(f: unknown): boolean {
  if (!isObject(f) || !isObject(f.properties)) return false;
  const p = f.properties;
  return isObject(p.date) && isObject(p.place) && 'category' in p;
}

export function importJsonText(
  text: string,
  file: string,
  options: { mapping?: ImportMapping; language?: string; contentKey?: string } = {},
): JsonImport {
  const parsed = parseJson(text);
  if ('error' in parsed) {
    const e = parsed.error;
    return failed(file, [
      issue(
        'error',
        'json-invalid',
        file,
        `not valid JSON: ${e.reason} at line ${e.line} column ${e.column}`,
        {},
        {
          line: e.line,
          column: e.column,
          offset: e.offset,
          reason: e.reason,
          ...jsonReason(e.reason),
        },
      ),
    ]);
  }
  const json = parsed.value;
  const key = options.contentKey ?? String(text.length);
  if (looksLikeBundle(json)) return importBundle(json, file);
  let features: unknown[];
  if (Array.isArray(json)) features = json;
  else if (isObject(json) && json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) {
      return failed(file, [
        issue(
          'error',
          'features-not-array',
          file,
          `is a FeatureCollection whose "features" is ${json.features === undefined ? 'missing' : `not a list (${typeof json.features})`}`,
          { path: 'features' },
          json.features === undefined
            ? { variant: 'missing' }
            : { variant: 'not-list', type: typeof json.features },
        ),
      ]);
    }
    features = json.features;
  } else if (isObject(json) && json.type === 'Feature') features = [json];
  else if (isObject(json) && 'categories' in json && 'articles' in json) {
    return failed(file, [
      issue(
        'error',
        'description-only',
        file,
        'is a dataset description without its events: import the bundle, or the events file',
      ),
    ]);
  } else {
    const type = isObject(json)
      ? JSON.stringify(json.type ?? null)
      : Array.isArray(json)
        ? 'a list'
        : typeof json;
    return failed(file, [
      issue(
        'error',
        'geojson-wrong-type',
        file,
        `has type ${type}; expected a GeoJSON FeatureCollection or Feature, or a Casemap bundle`,
        { path: 'type' },
        { type },
      ),
    ]);
  }
  const appCount = features.slice(0, 50).filter(isAppFeature).length;
  if (features.length && appCount > Math.min(50, features.length) / 2) {
    return importAppEvents(features, file, key, options.language, json);
  }
  return importPlain(features, file, key, options);
}

/** A file's events as rows, each made when asked for. */
export interface EventRows {
  count: number;
  feature: (index: number) => unknown;
  /**
   * Given, the checked events go to the sink it makes for the checked description, one by one,
   * and are not kept: the import's `events` stays empty, its `kept` says which rows they are.
   */
  sinkFor?: (d: DatasetDescription) => (event: EventFeature) => void;
}

export function importBundle(
  json: Record<'dataset' | 'events', unknown> & { narratives?: unknown },
  file: string,
  /** The events as rows made one at a time (an Arrow file's), in place of `json.events`. */
  rows?: EventRows,
): JsonImport {
  const d = validateDescription(json.dataset, file);
  const count = rows
    ? rows.count
    : isObject(json.events) && Array.isArray(json.events.features)
      ? json.events.features.length
      : 0;
  if (!d.description) {
    return failed(
      file,
      d.issues.map((i) =>
        fromValidation({ ...i, path: `dataset.${i.path}` }, 'bundle-description-invalid'),
      ),
      count,
    );
  }
  const v = rows
    ? validateEach(rows.count, rows.feature, file, d.description, rows.sinkFor?.(d.description))
    : validateEvents(json.events, file, d.description);
  const issues = v.issues.map((i) =>
    fromValidation(i, i.severity === 'error' ? 'invalid-event' : 'event-warning'),
  );
  const narratives: Narrative[] = [];
  const raw =
    isObject(json) && Array.isArray(json.narratives) ? (json.narratives as unknown[]) : [];
  // The events' ids, for the narratives' steps: none asked for when there is no narrative (a
  // million ids are a set of a million strings).
  const ids = raw.length ? new Set(v.ids) : new Set<string>();
  raw.forEach((n, k) => {
    const r = validateNarrative(n, `${file} narratives[${k}]`, ids);
    if (r.narrative) narratives.push(r.narrative);
    issues.push(
      ...r.issues.map((i) => fromValidation({ ...i, index: undefined }, 'narrative-invalid')),
    );
  });
  return {
    format: 'bundle',
    description: d.description,
    events: v.events,
    kept: v.kept,
    narratives,
    issues,
    read: count,
    imported: v.kept.length,
    rejected: count - v.kept.length,
    headers: [],
  };
}

/** The app's events without their description: a description is built from what they cite. */
export function importAppEvents(
  features: unknown[],
  file: string,
  key: string,
  language?: string,
  /** The collection, whose foreign members may give the cited sources and figure kinds whole. */
  collection?: unknown,
): JsonImport {
  const c = emptyCatalogue();
  const given = isObject(collection) ? collection : {};
  const sources = new Map<string, Omit<Source, 'id'>>();
  for (const x of Array.isArray(given.sources) ? given.sources : []) {
    const parsed = SourceSchema.safeParse(x);
    if (parsed.success) {
      const { id, ...rest } = parsed.data;
      sources.set(id, rest);
    }
  }
  const kinds = new Map<string, string>();
  for (const k of Array.isArray(given.figureKinds) ? given.figureKinds : []) {
    if (isObject(k) && typeof k.id === 'string' && typeof k.label === 'string' && k.label)
      kinds.set(k.id, k.label);
  }
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  for (const f of features) {
    if (!isAppFeature(f)) continue;
    const p = (f as { properties: Record<string, unknown> }).properties;
    const cat = str(p.category);
    if (cat && /^[a-z][a-z0-9-]*$/.test(cat) && !c.categories.has(cat)) c.categories.set(cat, cat);
    if (Array.isArray(p.articles)) {
      p.articles.forEach(
        (a) =>
          typeof a === 'number' && Number.isInteger(a) && a >= 1 && a <= 33 && c.articles.add(a),
      );
    }
    if (Array.isArray(p.sources))
      p.sources.forEach(
        (s) =>
          str(s) &&
          /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(s as string) &&
          c.sources.set(s as string, sources.get(s as string) ?? { title: s as string }),
      );
    if (Array.isArray(p.figures)) {
      p.figures.forEach((fig) => {
        if (!isObject(fig)) return;
        const s = str(fig.source);
        if (s && sources.has(s) && !c.sources.has(s)) c.sources.set(s, sources.get(s)!);
        else if (s && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(s) && !c.sources.has(s))
          c.documents.add(s);
        if (str(fig.kind) && /^[a-z][a-z0-9-]*$/.test(fig.kind as string))
          c.figureKinds.set(
            fig.kind as string,
            kinds.get(fig.kind as string) ?? (fig.kind as string),
          );
      });
    }
    if (Array.isArray(p.provenance)) {
      p.provenance.forEach((pr) => {
        const d = isObject(pr) ? str(pr.document) : undefined;
        if (d && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(d)) c.documents.add(d);
      });
    }
  }
  for (const s of c.sources.keys()) c.documents.delete(s);
  const lang = language !== undefined && LangSchema.safeParse(language).success ? language : 'en';
  const description = describeImport(file, key, c, lang);
  const v = validateEvents({ type: 'FeatureCollection', features }, file, description);
  return {
    format: 'casemap-geojson',
    description,
    events: v.events,
    kept: v.kept,
    narratives: [],
    issues: v.issues.map((i) =>
      fromValidation(i, i.severity === 'error' ? 'invalid-event' : 'event-warning'),
    ),
    read: features.length,
    imported: v.events.length,
    rejected: features.length - v.events.length,
    headers: [],
  };
}

type Position = [number, number];

function positions(geometry: Record<string, unknown>): Position[] | undefined {
  const flat: Position[] = [];
  const walk = (c: unknown, depth: number): boolean => {
    if (!Array.isArray(c)) return false;
    if (depth === 0) {
      if (c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number') return false;
      flat.push([c[0], c[1]]);
      return true;
    }
    return c.every((x) => walk(x, depth - 1));
  };
  const depth: Record<string, number> = {
    Point: 0,
    MultiPoint: 1,
    LineString: 1,
    MultiLineString: 2,
    Polygon: 2,
    MultiPolygon: 3,
  };
  const d = depth[String(geometry.type)];
  if (d === undefined || !walk(geometry.coordinates, d) || flat.length === 0) return undefined;
  return flat;
}

/** The first coordinate written as text ("76.9" in quotes), if any. */
function textCoordinate(c: unknown, depth = 0): string | undefined {
  if (typeof c === 'string') return c;
  if (!Array.isArray(c) || depth > 4) return undefined;
  for (const x of c) {
    const t = textCoordinate(x, depth + 1);
    if (t !== undefined) return t;
  }
  return undefined;
}

function importPlain(
  features: unknown[],
  file: string,
  key: string,
  options: { mapping?: ImportMapping; language?: string },
): JsonImport {
  const once = new Map<string, ImportIssue>();
  const keys = new Set<string>();
  for (const f of features.slice(0, 1000)) {
    if (isObject(f) && isObject(f.properties))
      Object.keys(f.properties).forEach((k) => keys.add(k));
  }
  const headers = [...keys];
  const mapping: ImportMapping = options.mapping ?? guessFullMapping(headers);
  const rows: SourceRow[] = features.map((f, k) => {
    const row: SourceRow = { row: k + 1, values: {}, issues: [] };
    const ctx = new RowContext(file, row, mapping, once);
    if (!isObject(f) || f.type !== 'Feature') {
      ctx.error(
        'not-a-feature',
        `is not a GeoJSON Feature (${isObject(f) ? `type ${JSON.stringify(f.type ?? null)}` : f === null ? 'null' : typeof f})`,
        'type',
        undefined,
        isObject(f)
          ? { variant: 'type', type: JSON.stringify(f.type ?? null) }
          : { variant: 'kind', kind: f === null ? 'null' : typeof f },
      );
      row.issues = ctx.issues;
      return row;
    }
    if (
      f.id !== undefined &&
      f.id !== null &&
      (typeof f.id === 'string' || typeof f.id === 'number')
    ) {
      row.values.id = String(f.id);
    }
    if (isObject(f.properties)) {
      for (const [name, v] of Object.entries(f.properties)) {
        row.values[name] =
          v === null || v === undefined
            ? ''
            : typeof v === 'string'
              ? v
              : typeof v === 'number' || typeof v === 'boolean'
                ? String(v)
                : Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)
                  ? v.map(String).join('; ')
                  : JSON.stringify(v);
      }
    }
    const g = f.geometry;
    if (g === null || g === undefined) row.point = null;
    else if (!isObject(g))
      ctx.error('geometry-invalid', 'is not a GeoJSON geometry', 'geometry', undefined, {
        variant: 'not-geometry',
      });
    else {
      const pts = positions(g);
      const quoted = pts ? undefined : textCoordinate(g.coordinates);
      if (quoted !== undefined) {
        ctx.error(
          'coordinate-text',
          `gives a coordinate as text ("${quoted}"), not as a number: write it without quotes`,
          'geometry.coordinates',
          quoted,
        );
      } else if (!pts) {
        ctx.error(
          'geometry-invalid',
          `is a ${String(g.type)} geometry this importer cannot read (Point, MultiPoint, LineString, Polygon and their Multi- forms are read)`,
          'geometry',
          JSON.stringify(g).slice(0, 80),
          { type: String(g.type) },
        );
      } else {
        let [lon, lat] = pts[0]!;
        let precision: 'region' | undefined;
        if (g.type === 'MultiPoint' && pts.length > 1) {
          ctx.warnOnce(
            'geometry-multipoint',
            'MultiPoint geometries were placed at their first point',
            'geometry',
          );
        } else if (g.type !== 'Point' && g.type !== 'MultiPoint') {
          // The mean of the vertices: a point inside most regions; its precision says "region".
          const ring = g.type === 'Polygon' || g.type === 'MultiPolygon' ? pts.slice(0, -1) : pts;
          const use = ring.length ? ring : pts;
          lon = use.reduce((s, p) => s + p[0], 0) / use.length;
          lat = use.reduce((s, p) => s + p[1], 0) / use.length;
          precision = 'region';
          ctx.warnOnce(
            'geometry-centroid',
            'line and area geometries were placed at the centre of their points, with precision "region"',
            'geometry',
            String(g.type),
          );
        }
        const pos = checkPosition(
          ctx,
          lon,
          lat,
          'geometry.coordinates[1]',
          'geometry.coordinates[0]',
        );
        if (pos)
          row.point = precision
            ? { lon: pos[0], lat: pos[1], precision }
            : { lon: pos[0], lat: pos[1] };
      }
    }
    row.issues = ctx.issues;
    return row;
  });
  if (mapping.columns.id === undefined && rows.some((r) => r.values.id !== undefined)) {
    mapping.columns.id = 'id';
  }
  const result = rowsToEvents(rows, mapping, {
    file,
    language: options.language,
    contentKey: key,
    unit: 'feature',
    headers,
  });
  result.issues.unshift(...once.values());
  return {
    format: 'geojson',
    description: result.description,
    events: result.events,
    narratives: [],
    issues: result.issues,
    read: result.read,
    imported: result.imported,
    rejected: result.rejected,
    headers,
    mapping,
    columns: result.columns,
    sample: previewSample(rows),
  };
}
