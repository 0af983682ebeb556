/**
 * Run-time validation of a dataset. Every valid event is kept; every invalid one is reported
 * with the file, the feature's index and id, the field path and the reason, in words a data
 * editor understands. Nothing is dropped without a message.
 */
import { withParser, type core } from 'zod/mini';
import { isParseError, parsePartialDate, rangeError } from '../time/partial-date';
import {
  DatasetSchema,
  EventCollectionSchema,
  EventFeatureSchema,
  NarrativeSchema,
  type DatasetDescription,
  type EventFeature,
  type Narrative,
} from './schema';
import { parseEventFeature } from './schema-parsers';

/**
 * An event feature checked first by zod's parser compiled at build time (schema-parsers.js; the
 * page, under its Content Security Policy, runs zod without generating code, several times
 * slower), and by zod's runtime only when it is not valid, for zod's own issues.
 */
const EventFeatureChecked = withParser(EventFeatureSchema, parseEventFeature);

export interface ValidationIssue {
  severity: 'error' | 'warning';
  file: string;
  /** Position of the feature (0-based, as in the file's array), row or step (1-based). */
  index?: number;
  /** What `index` counts; features by default. */
  unit?: 'feature' | 'row' | 'step';
  id?: string;
  /** Dotted field path, e.g. "properties.date.start". */
  path: string;
  message: string;
  /** Machine-readable kind of problem (e.g. "date-impossible"), so the UI can translate it. */
  code?: string;
}

/** One line for a person: "events.geojson, feature 4 (id kz-1), properties.date.start: reason". */
export function formatIssue(issue: ValidationIssue): string {
  const where = [issue.file];
  if (issue.index !== undefined) {
    // Features are counted from 1 as a person counts them (index is 0-based for features).
    const n = (issue.unit ?? 'feature') === 'feature' ? issue.index + 1 : issue.index;
    where.push(`${issue.unit ?? 'feature'} ${n}${issue.id ? ` (id ${issue.id})` : ''}`);
  } else if (issue.id) {
    where.push(`id ${issue.id}`);
  }
  return `${where.join(', ')}${issue.path ? `, ${issue.path}` : ''}: ${issue.message}`;
}

/**
 * zod 4 leaves the offending value out of its issues unless asked; without it a value of the
 * wrong type would be reported as missing.
 */
const REPORT_INPUT = { reportInput: true } as const;

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`))
    .join('');
}

/** zod's issues in the app's own words. */
function fromZod(
  error: core.$ZodError,
  file: string,
  extra: Pick<ValidationIssue, 'index' | 'id'> = {},
  prefix = '',
): ValidationIssue[] {
  return error.issues.map((i) => {
    let message = i.message;
    let at: readonly PropertyKey[] = i.path;
    if (i.code === 'invalid_union') {
      const u = unionMessage(i);
      message = u.message;
      at = [...i.path, ...u.path];
    } else if (i.code === 'invalid_type') {
      const received = (i as { input?: unknown }).input;
      message =
        received === undefined
          ? `is required (${i.expected})`
          : `must be ${i.expected}, not ${describe(received)}`;
    } else if (i.code === 'invalid_value' && 'values' in i) {
      message = `must be one of ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (i.code === 'unrecognized_keys') {
      message = `has unknown field(s) ${i.keys.join(', ')}`;
    }
    const path = pathOf(at);
    return {
      severity: 'error' as const,
      file,
      ...extra,
      path: prefix && path ? `${prefix}.${path}` : prefix || path,
      message,
    };
  });
}

/**
 * zod says only "Invalid input" when no branch of a union matches. The one union of the schema is
 * a text (a string, or translations keyed by language), so say what was expected, or, when the
 * value was the right kind, what was wrong inside it.
 */
function unionMessage(issue: core.$ZodIssueInvalidUnion): {
  path: readonly PropertyKey[];
  message: string;
} {
  const input = (issue as { input?: unknown }).input;
  if (input === undefined) return { path: [], message: 'is required' };
  const inner = issue.errors
    .flat()
    .find((e) => !(e.code === 'invalid_type' && e.path.length === 0));
  if (inner) {
    const detail = inner.code === 'invalid_key' ? inner.issues[0]?.message : undefined;
    return { path: inner.path, message: detail ?? inner.message };
  }
  const kinds = issue.errors
    .flat()
    .map((e) => (e.code === 'invalid_type' ? (KIND[e.expected] ?? e.expected) : undefined))
    .filter((k): k is string => k !== undefined);
  return { path: [], message: `must be ${kinds.join(' or ')}, not ${describe(input)}` };
}

const KIND: Record<string, string> = {
  string: 'a text',
  record: 'an object of translations such as {"en": "…", "ru": "…"}',
};

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string')
    return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

export function validateDescription(
  json: unknown,
  file: string,
): { description?: DatasetDescription; issues: ValidationIssue[] } {
  const r = DatasetSchema.safeParse(json, REPORT_INPUT);
  if (!r.success) return { issues: fromZod(r.error, file) };
  const d = r.data;
  const issues: ValidationIssue[] = [];
  const dup = <T>(list: T[], key: (t: T) => string | number, what: string) => {
    const seen = new Set<string | number>();
    list.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) {
        issues.push({
          severity: 'error',
          file,
          path: `${what}[${i}]`,
          message: `repeats ${JSON.stringify(k)}`,
        });
      }
      seen.add(k);
    });
  };
  dup(d.articles, (a) => a.number, 'articles');
  dup(d.categories, (c) => c.id, 'categories');
  dup(d.sources, (s) => s.id, 'sources');
  dup(d.documents, (s) => s.id, 'documents');
  const articles = new Set(d.articles.map((a) => a.number));
  (d.questions ?? []).forEach((q, i) =>
    q.articles.forEach((n, j) => {
      if (!articles.has(n)) {
        issues.push({
          severity: 'error',
          file,
          path: `questions[${i}].articles[${j}]`,
          message: `article ${n} is not in the dataset's articles`,
        });
      }
    }),
  );
  return { description: issues.length ? undefined : d, issues };
}

interface Catalogue {
  categories: Set<string>;
  articles: Set<number>;
  sources: Set<string>;
  kinds: Set<string> | undefined;
  documents: Set<string>;
}

/**
 * The dataset's catalogues as sets, built once per description rather than once per feature:
 * an import of 100,000 rows validates every one of them.
 */
const catalogues = new WeakMap<DatasetDescription, Catalogue>();
function catalogueOf(d: DatasetDescription): Catalogue {
  let c = catalogues.get(d);
  if (!c) {
    c = {
      categories: new Set(d.categories.map((x) => x.id)),
      articles: new Set(d.articles.map((a) => a.number)),
      sources: new Set(d.sources.map((s) => s.id)),
      kinds: d.figureKinds && new Set(d.figureKinds.map((k) => k.id)),
      documents: new Set(d.documents.map((doc) => doc.id)),
    };
    catalogues.set(d, c);
  }
  return c;
}

/** Checks one feature against the schema and against the dataset's catalogues. */
export function validateFeature(
  raw: unknown,
  index: number,
  file: string,
  d: DatasetDescription,
): { event?: EventFeature; issues: ValidationIssue[] } {
  const rawId =
    raw &&
    typeof raw === 'object' &&
    'id' in raw &&
    (typeof raw.id === 'string' || typeof raw.id === 'number')
      ? String(raw.id)
      : undefined;
  const r = EventFeatureChecked.safeParse(raw, REPORT_INPUT);
  if (!r.success) return { issues: fromZod(r.error, file, { index, id: rawId }) };
  const e = r.data;
  const p = e.properties;
  const issues: ValidationIssue[] = [];
  const err = (path: string, message: string) =>
    issues.push({ severity: 'error', file, index, id: e.id, path, message });

  // Each date parsed once (a million events: a million look-ups fewer than through toInterval).
  const start = parsePartialDate(p.date.start);
  if (isParseError(start)) err('properties.date.start', start.error);
  if (p.date.end !== undefined) {
    const end = parsePartialDate(p.date.end);
    const wrong = isParseError(end)
      ? end
      : !isParseError(start) && rangeError(start, end, p.date.start, p.date.end);
    if (wrong) err('properties.date.end', wrong.error);
  }
  const { categories, articles, sources, kinds, documents } = catalogueOf(d);
  if (!categories.has(p.category)) {
    err(
      'properties.category',
      `"${p.category}" is not one of the dataset's categories (${d.categories.map((c) => c.id).join(', ')})`,
    );
  }
  p.articles.forEach((n, i) => {
    if (!articles.has(n)) {
      err(
        `properties.articles[${i}]`,
        `article ${n} is not in the dataset's articles (${d.articles.map((a) => a.number).join(', ')})`,
      );
    }
  });
  (p.sources ?? []).forEach((s, i) => {
    if (!sources.has(s))
      err(`properties.sources[${i}]`, `source "${s}" is not in the dataset's sources`);
  });
  (p.figures ?? []).forEach((f, i) => {
    if (kinds && !kinds.has(f.kind)) {
      err(
        `properties.figures[${i}].kind`,
        `"${f.kind}" is not one of the dataset's figure kinds (${[...kinds].join(', ')})`,
      );
    }
    if (!sources.has(f.source) && !documents.has(f.source)) {
      err(
        `properties.figures[${i}].source`,
        `"${f.source}" is neither a source nor a document of the dataset`,
      );
    }
  });
  (p.provenance ?? []).forEach((pr, i) => {
    if (!documents.has(pr.document)) {
      err(
        `properties.provenance[${i}].document`,
        `"${pr.document}" is not in the dataset's documents`,
      );
    }
  });
  const needsPoint = p.place.precision !== 'country' && p.place.precision !== 'unknown';
  if (e.geometry === null && needsPoint && !p.place.withheld) {
    issues.push({
      severity: 'warning',
      file,
      index,
      id: e.id,
      path: 'geometry',
      message: `has no location although its precision is "${p.place.precision}"; it is listed with the unlocated events`,
    });
  }
  return { event: issues.some((i) => i.severity === 'error') ? undefined : e, issues };
}

/** What validating a list of events gives. */
export interface ValidatedEvents {
  events: EventFeature[];
  issues: ValidationIssue[];
  /** The position of each event among the features (those left out are not). */
  kept: number[];
  /** Each event's id, in the same order. */
  ids: string[];
}

/** Validates a FeatureCollection of events: keeps the valid ones and reports the rest. */
export function validateEvents(
  json: unknown,
  file: string,
  d: DatasetDescription,
): ValidatedEvents {
  const r = EventCollectionSchema.safeParse(json, REPORT_INPUT);
  if (!r.success) {
    return {
      events: [],
      issues: fromZod(r.error, file, {}, '').map((i) => ({ ...i, path: i.path || '(file)' })),
      kept: [],
      ids: [],
    };
  }
  const { features } = r.data;
  return validateEach(features.length, (i) => features[i], file, d);
}

/**
 * Validates `count` features, each asked of `feature` when its turn comes: a reader of a file's
 * rows (an Arrow file's) makes each just before it is checked, rather than a million drafts kept
 * alive until all are checked; with a `sink`, not even the checked events are kept (most of the
 * import's garbage collection was keeping them).
 */
export function validateEach(
  count: number,
  feature: (index: number) => unknown,
  file: string,
  d: DatasetDescription,
  /** Given, each valid event is handed to it and not kept (`events` stays empty). */
  sink?: (event: EventFeature) => void,
): ValidatedEvents {
  const events: EventFeature[] = [];
  const kept: number[] = [];
  const ids: string[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const v = validateFeature(feature(index), index, file, d);
    issues.push(...v.issues);
    if (!v.event) continue;
    const first = seen.get(v.event.id);
    if (first !== undefined) {
      issues.push({
        severity: 'error',
        file,
        index,
        id: v.event.id,
        path: 'id',
        message: `repeats the id of feature ${first + 1}; ids must be unique`,
      });
      continue;
    }
    seen.set(v.event.id, index);
    if (sink) sink(v.event);
    else events.push(v.event);
    kept.push(index);
    ids.push(v.event.id);
  }
  return { events, issues, kept, ids };
}

export function validateNarrative(
  json: unknown,
  file: string,
  eventIds: ReadonlySet<string>,
): { narrative?: Narrative; issues: ValidationIssue[] } {
  const r = NarrativeSchema.safeParse(json, REPORT_INPUT);
  if (!r.success) return { issues: fromZod(r.error, file) };
  const issues: ValidationIssue[] = [];
  r.data.steps.forEach((step, i) =>
    step.events.forEach((id, j) => {
      if (!eventIds.has(id)) {
        issues.push({
          severity: 'error',
          file,
          index: i + 1,
          unit: 'step',
          id: step.id,
          path: `steps[${i}].events[${j}]`,
          message: `event "${id}" is not in the dataset`,
        });
      }
    }),
  );
  return { narrative: issues.length ? undefined : r.data, issues };
}
