/**
 * Rows (from a CSV table or from GeoJSON features' properties) to validated events.
 *
 * Every row is accounted for: read = imported + rejected, always. A rejected row has at least
 * one issue that names its row, column, value and the reason. Every produced event has passed
 * `validateFeature` against the description built for it (describe.ts).
 *
 * Ids: the data's own id when it has one (rewritten into the allowed form if needed, said once);
 * otherwise "r-" + a hash of the row's content, so that importing the same file again gives the
 * same ids and links keep working. A repeated id rejects the later row, naming the first.
 */
import {
  LangSchema,
  type DatasetDescription,
  type EventFeature,
  type Figure,
  type Text,
} from '../../model/schema';
import { validateFeature } from '../../model/validate';
import { convertAcled } from './acled';
import { convertCasemap } from './casemap';
import { RowContext, type Draft, type SourceDraft } from './context';
import type { SourceRow } from './csv';
import { slashOrderHint, type DateOrder } from './dates';
import { describeImport, emptyCatalogue, FILE_DOCUMENT_ID, type Catalogue } from './describe';
import type { ImportMapping } from './detect';
import { columnUses, recordingReads, type ColumnUse } from './columns';
import { convertGeneric } from './generic';
import { figureKindId } from './figures';
import { hashId } from './hash';
import { append, issue, type ImportIssue } from './report';
import { slugify } from './text';
import { convertTimeline } from './timelinejs';

export interface RowsOptions {
  file: string;
  /** Original language of the texts; by default from the app CSV's column, else from the script. */
  language?: string;
  /** A key for the file's contents (e.g. a hash), for the dataset's id and version. */
  contentKey?: string;
  /** What the rows are in the file: CSV rows, or GeoJSON features (counted from 1). */
  unit?: 'row' | 'feature';
  /** The file's columns in order, for the report of what each became. */
  headers?: readonly string[];
  onprogress?: (done: number, total: number) => void;
  /**
   * Given, the events are handed to it a part at a time as they are made, not returned: the
   * caller sends them on, and never holds them all.
   */
  onevents?: (events: EventFeature[]) => void;
  /** How many drafts are kept as objects before the rest are kept as text (tests keep few). */
  keptDrafts?: number;
}

export interface RowsResult {
  events: EventFeature[];
  issues: ImportIssue[];
  read: number;
  imported: number;
  rejected: number;
  description: DatasetDescription;
  /** What each of `options.headers` became. */
  columns: ColumnUse[];
  /** Each event's row in the file (event id -> row, header = row 1). */
  rowOf: Map<string, number>;
}

const ID_RULE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const CATEGORY_ID = /^[a-z][a-z0-9-]*$/;
const MAX_CATEGORIES = 32;

/** An id in the allowed form, deterministically: invalid characters become "-". */
function sanitiseId(id: string): string {
  const s = id
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 100);
  return s === '' ? `id-${hashId(id)}` : s === id ? s : `${s}-${hashId(id).slice(0, 6)}`;
}

function dateColumns(mapping: ImportMapping): string[] {
  if (mapping.format === 'acled') return ['event_date'];
  if (mapping.format === 'generic') {
    return [mapping.columns.date, mapping.columns.endDate].filter((c): c is string => !!c);
  }
  return [];
}

function detectLanguage(drafts: readonly Draft[]): string {
  let cyr = 0;
  let lat = 0;
  for (const d of drafts.slice(0, 200)) {
    const t = `${typeof d.properties.title === 'string' ? d.properties.title : ''} ${typeof d.properties.summary === 'string' ? d.properties.summary.slice(0, 200) : ''}`;
    cyr += (t.match(/[\u0400-\u04ff]/g) ?? []).length;
    lat += (t.match(/[A-Za-z]/g) ?? []).length;
  }
  return cyr > lat ? 'ru' : 'en';
}

function textLanguages(t: Text | undefined, into: Set<string>): void {
  if (t && typeof t !== 'string') for (const l of Object.keys(t)) into.add(l);
}

/** How many rows the mapping dialog previews. */
const PREVIEW_ROWS = 5;

/** The first rows, for a preview of another mapping in the dialog (rows.ts runs there too). */
export function previewSample(rows: readonly SourceRow[]): SourceRow[] {
  return rows.slice(0, PREVIEW_ROWS).map((r) => ({ ...r, issues: [] }));
}

/** A cell that holds a slashed date (01/02/2022), read differently in each date order. */
const SLASHED = /\d{1,2}\/\d{1,2}\/\d{4}/;

type Category = Draft['category'];

/**
 * What of a draft is still needed once it is prepared (its sources, figures and documents are
 * in the catalogue and its properties): the rest is let go, not kept with a million drafts.
 */
type KeptDraft = Pick<Draft, 'geometry' | 'properties' | 'category'>;

interface DraftEntry {
  /** The draft's rest, or past the first KEPT_DRAFTS its JSON text (a third of the memory). */
  draft: KeptDraft | string;
  row: number;
  id: string;
  issues: ImportIssue[];
}

/**
 * Drafts kept as objects; the rest are kept as their JSON text until they are made events: a
 * million drafts as objects are more than a browser tab should hold.
 */
const KEPT_DRAFTS = 100_000;
/** Events handed to `onevents` at a time. */
const EVENTS_PART = 20_000;

/** A copy of a string that keeps no larger string alive (a value cut from a file's text). */
const own = (s: string) => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

/**
 * Rows to events a row at a time, as a file is read (`add`), then the dataset (`finish`): the
 * rows need not all be held at once. Rows are converted as they come, except where the file's
 * date order matters and is not yet known: a row with a slashed date, and every row after it,
 * waits until a date only day-first can read (13/02/2022) settles the order, or until the end.
 */
export class RowsConverter {
  private readonly file: string;
  private readonly once = new Map<string, ImportIssue>();
  private readonly fileIssues: ImportIssue[] = [];
  private readonly rowIssues: ImportIssue[] = [];
  private rejected = 0;
  private read = 0;
  /** Columns whose dates tell the order, and the orders they have shown. */
  private readonly dateColumns: string[];
  private dmy = false;
  private mdy = false;
  /** Rows that wait for the date order, with their place among the rows. */
  private pending: [SourceRow, number][] = [];
  private readonly noDate: boolean;
  private drafts: DraftEntry[] = [];
  /** The first drafts (the language is told from them), and the first language a row states. */
  private readonly head: Draft[] = [];
  private language?: string;
  /** One object per category, and each draft's (a million pointers, not a million objects). */
  private readonly categories = new Map<string, Map<string, Category>>();
  private categoryList: Category[] = [];
  /** What the accepted drafts add to the description but their categories. */
  private readonly catalogue = emptyCatalogue();
  private readonly kindLabels: Map<string, string>;
  /** Ids figures cite, in order: those that are not sources are documents. */
  private readonly cited = new Set<string>();
  private readonly reads = new Set<string>();
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly mapping: ImportMapping,
    private readonly options: RowsOptions,
  ) {
    this.file = options.file;
    this.kindLabels = new Map(
      (mapping.figures ?? []).map((f) => [figureKindId(f.label || f.column), f.label || f.column]),
    );
    this.dateColumns = mapping.dateOrder ? [] : dateColumns(mapping);
    this.noDate = mapping.format === 'generic' && !mapping.columns.date;
    if (this.noDate) {
      this.fileIssues.push(
        issue(
          'error',
          'mapping-no-date',
          this.file,
          'no column is chosen as the date, and every event needs one: choose the date column',
        ),
      );
    }
  }

  /** The order the dates are read in while the rows come: what the file has shown so far. */
  private get order(): DateOrder {
    return this.mapping.dateOrder ?? (this.dmy || !this.mdy ? 'dmy' : 'mdy');
  }

  add(row: SourceRow): void {
    const k = this.read++;
    for (const c of this.dateColumns) {
      const hint = slashOrderHint(row.values[c] ?? '');
      if (hint === 'dmy') this.dmy = true;
      else if (hint === 'mdy') this.mdy = true;
    }
    // Day-first is settled by one date only day-first can read: with a month-first one too, the
    // file's dates are read day-first all the same (and a warning says so).
    const settled = this.dateColumns.length === 0 || this.dmy;
    if (!settled && (this.pending.length || Object.values(row.values).some((v) => SLASHED.test(v))))
      this.pending.push([row, k]);
    else {
      this.flush();
      this.convert(row, k);
    }
  }

  private flush(): void {
    const pending = this.pending;
    this.pending = [];
    for (const [row, k] of pending) this.convert(row, k);
  }

  private convert(row: SourceRow, k: number): void {
    const { mapping, file, once, rowIssues } = this;
    if (this.noDate) {
      this.rejected++;
      return;
    }
    if (row.issues.some((i) => i.severity === 'error')) {
      this.rejected++;
      append(rowIssues, row.issues);
      return;
    }
    // ACLED and TimelineJS show which of their columns they use by reading them: the first rows
    // tell. (The app's own CSV reads all of its columns.)
    const watched =
      (mapping.format === 'acled' || mapping.format === 'timelinejs') && k < 20
        ? { ...row, values: recordingReads(row.values, this.reads) }
        : row;
    const ctx = new RowContext(file, watched, mapping, once);
    append(ctx.issues, row.issues);
    let draft: Draft | undefined;
    switch (mapping.format) {
      case 'casemap':
        draft = convertCasemap(ctx);
        break;
      case 'acled':
        draft = convertAcled(ctx, this.order);
        break;
      case 'timelinejs':
        draft = convertTimeline(ctx);
        break;
      default:
        draft = convertGeneric(ctx, this.order);
    }
    if (!draft || ctx.hasError) {
      this.rejected++;
      if (!ctx.issues.length) ctx.error('row-rejected', 'could not be read as an event');
      append(rowIssues, ctx.issues);
      return;
    }
    let id = draft.id;
    if (id !== undefined && !ID_RULE.test(id)) {
      const fixed = sanitiseId(id);
      ctx.warnOnce(
        'id-rewritten',
        `ids may hold only letters, digits, ".", "_", ":" and "-" (at most 128); ids such as "${id.slice(0, 40)}" were rewritten ("${fixed}")`,
        draft.idColumn,
        id,
        { example: id.slice(0, 40), fixed },
      );
      id = fixed;
    }
    if (id === undefined) {
      const content = JSON.stringify([row.values, row.point ?? null]);
      id = `r-${hashId(content)}`;
    }
    const first = this.seen.get(id);
    if (first !== undefined) {
      this.rejected++;
      const unit = this.options.unit ?? 'row';
      const same = draft.id === undefined;
      const variant = same
        ? unit === 'feature'
          ? 'same-feature'
          : 'same-content'
        : unit === 'feature'
          ? 'feature'
          : undefined;
      ctx.error(
        'duplicate-id',
        same
          ? `repeats ${unit} ${first} exactly (same content, so the same id "${id}")`
          : `repeats the id "${id}" of ${unit} ${first}; ids must be unique`,
        draft.idColumn,
        draft.id ?? id,
        variant ? { first, id, variant } : { first, id },
      );
      append(rowIssues, ctx.issues);
      return;
    }
    const compact = this.drafts.length >= (this.options.keptDrafts ?? KEPT_DRAFTS);
    if (compact) id = own(id);
    this.seen.set(id, row.row);
    if (this.head.length < 200) this.head.push(draft);
    if (!this.language && draft.language) this.language = draft.language;
    const { id: cid, label } = draft.category;
    let byLabel = this.categories.get(cid ?? '');
    if (!byLabel) this.categories.set(cid ?? '', (byLabel = new Map()));
    let category = byLabel.get(label);
    if (!category) byLabel.set(label, (category = draft.category));
    // Every draft's category is in the description, also of a row rejected below.
    this.categoryList.push(category);
    if (!this.prepare(draft, row.row, ctx.issues)) return;
    const kept: KeptDraft = {
      geometry: draft.geometry,
      properties: draft.properties,
      category: draft.category,
    };
    this.drafts.push({
      draft: compact ? JSON.stringify(kept) : kept,
      row: row.row,
      id,
      issues: ctx.issues,
    });
  }

  /**
   * What a draft adds to the dataset's description (its sources, figure kinds, articles,
   * documents, languages), its properties completed but for the category; false, with the
   * issues said, when ids that would go into the description are not valid (edited app CSVs).
   */
  private prepare(draft: Draft, row: number, issues: ImportIssue[]): boolean {
    const { file, catalogue, once } = this;
    const p = draft.properties;
    const bad = (code: string, message: string, column: string, value: string) =>
      issues.push(issue('error', code, file, message, { row, column, value }));
    for (const s of draft.sources) {
      if (s.id !== undefined && !ID_RULE.test(s.id))
        bad('source-id-invalid', 'is not a valid source id', 'source_ids', s.id);
    }
    for (const f of draft.figures) {
      if (typeof f.source === 'string' && !ID_RULE.test(f.source)) {
        bad('figure-source-invalid', 'cites a source id that is not valid', 'figures', f.source);
      }
    }
    for (const d of draft.documents ?? []) {
      if (!ID_RULE.test(d))
        bad('document-id-invalid', 'is not a valid document id', 'provenance', d);
    }
    // A category named by a label always gets a valid id; one given by id may not be one.
    const given = draft.category.id;
    if (given !== undefined && !CATEGORY_ID.test(given))
      bad(
        'category-invalid',
        'is not a category id (lower-case letters, digits and "-")',
        'category',
        given,
      );
    if (issues.some((i) => i.severity === 'error')) {
      this.rejected++;
      append(this.rowIssues, issues);
      return false;
    }
    const sources = draft.sources.map((s) => this.sourceId(s));
    const figures: Figure[] = draft.figures.map((f) => {
      const source =
        f.source === undefined
          ? FILE_DOCUMENT_ID
          : typeof f.source === 'string'
            ? f.source
            : this.sourceId(f.source);
      catalogue.figureKinds.set(f.kind, this.kindLabels.get(f.kind) ?? f.kind);
      // Figures may cite ids that are neither a listed source nor a document (an edited app
      // CSV): those become documents, once all sources are known.
      this.cited.add(source);
      return { ...f, source };
    });
    p.articles.forEach((a) => catalogue.articles.add(a));
    (draft.documents ?? []).forEach((d) => catalogue.documents.add(d));
    for (const t of [p.title, p.summary, p.place.name, p.date.display])
      textLanguages(t, catalogue.languages);
    // The draft's own properties, completed (not copied: a million copies are a second of work
    // and of garbage); the category is set once all are known, the validator builds the event's
    // object anew.
    if (!p.status) {
      const w = once.get('status-default');
      if (w) w.params = { ...w.params, rows: Number(w.params?.rows ?? 1) + 1 };
      else
        once.set(
          'status-default',
          issue(
            'warning',
            'status-default',
            file,
            'the file gives no status for its events; they are marked "unknown" (not verified either way)',
            { row },
            { rows: 1 },
          ),
        );
    }
    const properties = Object.assign(p, {
      category: '',
      status: p.status ?? 'unknown',
    }) as EventFeature['properties'];
    if (sources.length) properties.sources = sources;
    if (figures.length) properties.figures = figures;
    return true;
  }

  private sourceId(s: SourceDraft): string {
    const catalogue = this.catalogue;
    const id = s.id ?? `s-${hashId(`${s.title}\u001f${s.url ?? ''}`)}`;
    if (!catalogue.sources.has(id)) {
      const title = s.title.trim() || (s.url ? new URL(s.url).hostname : id);
      catalogue.sources.set(id, {
        title,
        ...(s.url && { url: s.url }),
        ...(s.publisher && { publisher: s.publisher }),
        ...(s.date && { date: s.date }),
      });
    }
    return id;
  }

  /**
   * The events and the dataset's description, once every row is in. `contentKey`: the key for the
   * file's contents, when it is known only now (a hash of the text as it was read).
   */
  finish(contentKey = this.options.contentKey): RowsResult {
    return drain(this.steps(contentKey));
  }

  /**
   * finish() a part of the events at a time: the caller may let other work in between (a
   * worker answers messages, and its memory can be measured, while a million events are made).
   */
  *steps(contentKey = this.options.contentKey): Generator<void, RowsResult> {
    const { file, once, fileIssues, rowIssues, mapping, options } = this;
    const conflict = this.dmy && this.mdy;
    if (conflict) {
      fileIssues.unshift(
        issue(
          'warning',
          'date-order-conflict',
          file,
          'some slashed dates can only be day-first (13/02/2022) and others only month-first (02/13/2022); all were read day-first, check them',
        ),
      );
    }
    this.flush();
    const orderEvident = mapping.dateOrder !== undefined || ((this.dmy || this.mdy) && !conflict);
    const drafts = this.drafts;
    this.drafts = [];

    const stated =
      options.language !== undefined && LangSchema.safeParse(options.language).success
        ? options.language
        : undefined;
    const language = stated ?? this.language ?? detectLanguage(this.head);
    const catalogue = this.catalogue;
    const categoryOf = assignCategories(this.categoryList, catalogue, language, fileIssues, file);
    this.categoryList = [];
    for (const id of this.cited) if (!catalogue.sources.has(id)) catalogue.documents.add(id);

    const description = describeImport(
      file,
      contentKey ?? String(this.read),
      catalogue,
      language,
      mapping.title,
    );
    const events: EventFeature[] = [];
    const rowOf = new Map<string, number>();
    const sink = options.onevents;
    let part: EventFeature[] = [];
    let imported = 0;
    for (let k = 0; k < drafts.length; k++) {
      if (options.onprogress && k % 5000 === 0) options.onprogress(k, drafts.length);
      const { row, id, issues } = drafts[k]!;
      const kept = drafts[k]!.draft;
      // Each draft let go as it is made an event: at a million rows, not both at once.
      drafts[k] = RELEASED_DRAFT;
      const draft = typeof kept === 'string' ? (JSON.parse(kept) as KeptDraft) : kept;
      const properties = draft.properties as EventFeature['properties'];
      properties.category = categoryOf(draft);
      const feature: EventFeature = { type: 'Feature', id, geometry: draft.geometry, properties };
      const v = validateFeature(feature, row - 2, file, description);
      const mapped = v.issues.map<ImportIssue>((i) => ({
        ...i,
        code:
          i.severity === 'error'
            ? 'invalid-event'
            : i.path === 'geometry'
              ? 'no-location'
              : 'event-warning',
        row,
        column: i.path,
        // The validator's wording, and what a translation of the no-location warning needs.
        params: {
          detail: i.message,
          ...(i.message.startsWith('has no location') && {
            precision: feature.properties.place.precision,
          }),
        },
      }));
      append(rowIssues, issues);
      append(rowIssues, mapped);
      if (!v.event) {
        this.rejected++;
        continue;
      }
      imported++;
      if (!sink) {
        events.push(v.event);
        rowOf.set(v.event.id, row);
        continue;
      }
      part.push(v.event);
      if (part.length === EVENTS_PART) {
        sink(part);
        part = [];
        yield;
      }
    }
    if (sink && part.length) sink(part);

    // Read day-first by default; say so only if some date could have been read either way.
    if (orderEvident) once.delete('date-ambiguous');
    const all = [...fileIssues, ...once.values(), ...rowIssues];
    const indexed = all.map((i, k) => [i, k] as const);
    indexed.sort(([a, ka], [b, kb]) => (a.row ?? 0) - (b.row ?? 0) || ka - kb);
    return {
      events,
      issues: indexed.map(([i]) => i),
      read: this.read,
      imported,
      rejected: this.rejected,
      description,
      columns: columnUses(options.headers ?? [], mapping, this.reads),
      rowOf,
    };
  }
}

/** What a generator returns, run to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** What stands in a draft's place once it has been made a candidate event. */
const RELEASED_DRAFT = undefined as unknown as DraftEntry;

export function rowsToEvents(
  rows: readonly SourceRow[],
  mapping: ImportMapping,
  options: RowsOptions,
): RowsResult {
  const converter = new RowsConverter(mapping, options);
  for (const row of rows) converter.add(row);
  return converter.finish();
}

/**
 * Category ids for drafts: the app CSV's own ids; otherwise a slug of the label. Labels that
 * slug alike but differ get a hash suffix. More than 32 categories (the dataset limit): the 31
 * most frequent are kept and the rest become "other", with their label kept as a tag.
 */
function assignCategories(
  categories: readonly Category[],
  catalogue: Catalogue,
  language: string,
  fileIssues: ImportIssue[],
  file: string,
): (d: KeptDraft) => string {
  const unlabelled = language === 'ru' ? 'Без категории' : 'Uncategorised';
  const counts = new Map<string, number>();
  for (const category of categories) {
    if (category.id !== undefined) continue;
    const label = category.label || unlabelled;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const byId = new Map<string, string>();
  for (const category of categories) {
    if (category.id !== undefined && !byId.has(category.id)) {
      byId.set(category.id, category.label || category.id);
    }
  }
  const room = MAX_CATEGORIES - byId.size;
  let labels = [...counts.keys()];
  const lumped = new Set<string>();
  if (labels.length > room) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([l]) => l);
    const keep = new Set(ranked.slice(0, Math.max(0, room - 1)));
    labels = labels.filter((l) => keep.has(l));
    ranked.slice(Math.max(0, room - 1)).forEach((l) => lumped.add(l));
    fileIssues.push(
      issue(
        'warning',
        'too-many-categories',
        file,
        `the file has ${counts.size + byId.size} categories, more than the ${MAX_CATEGORIES} a dataset can show; the ${lumped.size} least frequent were merged into "Other" and kept as tags`,
        {},
        { count: counts.size + byId.size, limit: MAX_CATEGORIES, merged: lumped.size },
      ),
    );
  }
  const labelId = new Map<string, string>();
  const taken = new Map(byId);
  for (const label of labels) {
    let id = slugify(label) || `c-${hashId(label).slice(0, 8)}`;
    if (label === unlabelled) id = 'uncategorised';
    if (taken.has(id) && taken.get(id) !== label)
      id = `${id.slice(0, 40)}-${hashId(label).slice(0, 6)}`;
    taken.set(id, label);
    labelId.set(label, id);
  }
  if (lumped.size) {
    let other = 'other';
    while (taken.has(other)) other = `${other}-x`;
    taken.set(other, language === 'ru' ? 'Другое' : 'Other');
    lumped.forEach((l) => labelId.set(l, other));
  }
  const idOf = (c: Category): string => c.id ?? labelId.get(c.label || unlabelled)!;
  const result = (d: KeptDraft): string => {
    const label = d.category.label || unlabelled;
    if (d.category.id === undefined && lumped.has(label))
      d.properties.tags = [...new Set([...(d.properties.tags ?? []), label])];
    return idOf(d.category);
  };
  // Register in first-seen order; categories come only from rows that reach this point.
  for (const category of categories) {
    const id = idOf(category);
    // An invalid id (an edited app CSV) rejects its row later; it must not reach the description.
    if (CATEGORY_ID.test(id) && !catalogue.categories.has(id)) {
      catalogue.categories.set(id, taken.get(id)!);
    }
  }
  return result;
}
