/**
 * The data model: one zod schema is the single source of truth. It gives the TypeScript types
 * (z.infer), validates at run time (validate.ts), and is exported as JSON Schema
 * (scripts/export-schema.ts -> data/schema/) so that others can produce data for the app.
 *
 * A dataset is a description (DatasetSchema) plus a GeoJSON FeatureCollection of events
 * (EventCollectionSchema, RFC 7946) and optional narratives (NarrativeSchema).
 */
import { z } from 'zod/mini';
import { PLAY_MODES, PLAY_SPEEDS } from '../time/playback';

// No code generated at run time: zod would otherwise probe `new Function` (eval), which the app's
// Content Security Policy forbids and reports as a violation, and compile its parsers with it.
z.config({ jitless: true });
// zod/mini (a third of zod's size before the first view) carries no messages of its own: the
// English ones, which zod's full build sets, are what validate.ts words its own from.
z.config(z.locales.en());

// The refinements are named functions, exported so that the parsers compiled from this schema at
// build time (scripts/compile-schema.ts -> schema-parsers.js) call these very functions.
export const hasLanguage = (t: Record<string, string>) => Object.keys(t).length > 0;
export const hasAmount = (f: { value?: number; min?: number; max?: number }) =>
  f.value !== undefined || f.min !== undefined || f.max !== undefined;
export const isOrdered = (f: { min?: number; max?: number }) =>
  f.min === undefined || f.max === undefined || f.min <= f.max;

/** A BCP 47 language tag such as "en", "ru", "kk", "ar". */
export const LangSchema = z
  .string()
  .check(
    z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "ru"'),
  );

/**
 * A human-readable text. Either a plain string in the dataset's original language, or the
 * original next to its translations, keyed by language: { "en": "…", "ru": "…" }.
 */
export const TextSchema = z.union([
  z.string().check(z.minLength(1, 'must not be empty')),
  z
    .record(LangSchema, z.string().check(z.minLength(1, 'must not be empty')))
    .check(z.refine(hasLanguage, 'needs at least one language')),
]);

/**
 * A date as ISO 8601 at the precision known: "2014" (year), "2022-01" (month), "2022-01-04" (day)
 * or "2022-01-04T14:30+06:00" (time of day, always with its UTC offset, so that a time is read in
 * the event's own time zone). The precision is the form of the string, so it cannot disagree with
 * the value. Checked further (real calendar day, offset range) in time/partial-date.ts.
 */
const PartialDateSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?)?)?$/,
      'must be an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm±hh:mm',
    ),
  );

export const EventDateSchema = z.object({
  start: PartialDateSchema,
  /** Last day (inclusive) of a range; absent for a single date. */
  end: z.optional(PartialDateSchema),
  /** The source gives the date loosely ("early January 2022", "nearly"). */
  approximate: z.optional(z.boolean()),
  /** How the source itself words the date, when that says more than the ISO form. */
  display: z.optional(TextSchema),
});

/** How precisely a place is known; a map must not draw a region as a pin on a street. */
export const LocationPrecisionSchema = z.enum(['exact', 'city', 'region', 'country', 'unknown']);

/** RFC 7946 position: [longitude, latitude] in WGS 84. */
const PositionSchema = z
  .tuple([
    z
      .number()
      .check(z.gte(-180, 'longitude must be ≥ -180'), z.lte(180, 'longitude must be ≤ 180')),
    z.number().check(z.gte(-90, 'latitude must be ≥ -90'), z.lte(90, 'latitude must be ≤ 90')),
  ])
  .register(z.globalRegistry, { description: '[longitude, latitude]' });

const PointSchema = z.object({ type: z.literal('Point'), coordinates: PositionSchema });

/** ISO 3166-1 alpha-2 country code. */
const CountryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KZ"'));

/** One end of a movement (extradition, deportation). */
export const EndpointSchema = z.object({
  name: TextSchema,
  country: CountryCodeSchema,
  coordinates: z.optional(PositionSchema),
  precision: LocationPrecisionSchema,
});

export const PlaceSchema = z.object({
  name: TextSchema,
  country: z.optional(CountryCodeSchema),
  precision: LocationPrecisionSchema,
  /** Coordinates deliberately obscured or withheld to protect people. */
  withheld: z.optional(z.boolean()),
  /** For extraditions and deportations: where the person was taken from and to. */
  origin: z.optional(EndpointSchema),
  destination: z.optional(EndpointSchema),
});

/** Status in the vocabulary of the HURIDOCS Events Standard Formats, plus "reported". */
export const StatusSchema = z.enum([
  'reported',
  'possible',
  'likely',
  'confirmed',
  'unlikely',
  'unknown',
]);

/** Article of the Convention against Torture (33 articles). */
const ArticleNumberSchema = z
  .number()
  .check(
    z.int('must be a whole number'),
    z.gte(1, 'must be an article of the Convention (1-33)'),
    z.lte(33, 'must be an article of the Convention (1-33)'),
  );

/** A reported figure: a value or a range, always tied to the source that gives it. */
export const FigureSchema = z
  .object({
    /** What is counted, an id from the dataset's figure kinds: killed, detained, cases-opened… */
    kind: z
      .string()
      .check(z.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id such as "killed"')),
    value: z.optional(z.number().check(z.nonnegative())),
    min: z.optional(z.number().check(z.nonnegative())),
    max: z.optional(z.number().check(z.nonnegative())),
    /** "more than 227" is min 227 with qualifier "more-than". */
    qualifier: z.optional(z.enum(['exact', 'about', 'more-than', 'fewer-than', 'at-least'])),
    source: z.string().check(z.minLength(1, 'must name a source id')),
    quote: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine(hasAmount, { message: 'needs a value, or a min and/or max' }),
    z.refine(isOrdered, { message: 'min must not exceed max', path: ['max'] }),
  );

const PersonSchema = z.object({
  name: z.string().check(z.minLength(1)),
  role: z.enum(['victim', 'witness', 'defender', 'official', 'other']),
  description: z.optional(TextSchema),
  /** Hidden until the viewer asks to see it (victims and witnesses may be endangered). */
  sensitive: z.optional(z.boolean()),
});

export const ProvenanceSchema = z.object({
  /** A document id from the dataset's documents. */
  document: z.string().check(z.minLength(1)),
  /** The part of the document, e.g. "Article 3". */
  section: z.string().check(z.minLength(1)),
  /** Verbatim text of the document that supports the event (checked by npm run validate -- --source). */
  quote: z.string().check(z.minLength(1, 'must quote the document')),
});

/**
 * The lists a CSV row holds as JSON in one cell (csv.ts writes them, casemap.ts reads them back):
 * each checked once per row, so compiled like the events (schema-parsers.js).
 */
export const TextListSchema = z.array(TextSchema);
export const PersonListSchema = z.array(PersonSchema);
export const ProvenanceListSchema = z.array(ProvenanceSchema);

const idRule = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
      'must be 1-128 letters, digits, ".", "_", ":" or "-"',
    ),
  );

export const EventPropertiesSchema = z.object({
  title: TextSchema,
  summary: z.optional(TextSchema),
  date: EventDateSchema,
  place: PlaceSchema,
  /** A category id from the dataset's categories. */
  category: z.string().check(z.minLength(1)),
  /** Articles of the Convention the event falls under; empty when not (yet) assigned. */
  articles: z.array(ArticleNumberSchema),
  figures: z.optional(z.array(FigureSchema)),
  persons: z.optional(z.array(PersonSchema)),
  perpetrators: z.optional(z.array(TextSchema)),
  /** Source ids from the dataset's sources. */
  sources: z.optional(z.array(z.string().check(z.minLength(1)))),
  /**
   * Verbatim quotes of the document(s) that support the event. Optional for imported data; the
   * bundled datasets must have them (npm run validate checks).
   */
  provenance: z.optional(z.array(ProvenanceSchema)),
  status: StatusSchema,
  /** Graphic content: the detail is hidden until the viewer asks for it. */
  graphic: z.optional(z.boolean()),
  tags: z.optional(z.array(z.string())),
});

export const EventFeatureSchema = z.object({
  type: z.literal('Feature'),
  /** Stable string id: links and narratives use it, never an array position. */
  id: idRule,
  geometry: z.nullable(PointSchema),
  properties: EventPropertiesSchema,
});

export const EventCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export const ArticleSchema = z.object({
  number: ArticleNumberSchema,
  title: TextSchema,
  /** One line on what the article obliges the State party to do. */
  obliges: TextSchema,
});

const CategorySchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id')),
  label: TextSchema,
});

const FigureKindSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id')),
  label: TextSchema,
});

const DocumentSchema = z.object({
  id: idRule,
  title: TextSchema,
  author: z.optional(TextSchema),
  date: z.optional(PartialDateSchema),
  url: z.optional(z.url()),
  note: z.optional(TextSchema),
});

export const SourceSchema = z.object({
  id: idRule,
  title: TextSchema,
  publisher: z.optional(TextSchema),
  date: z.optional(PartialDateSchema),
  url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  language: z.optional(LangSchema),
  /** The footnote number in the document that cites it. */
  footnote: z.optional(z.number().check(z.int(), z.positive())),
  /** The document that cites this source. */
  citedIn: z.optional(z.string()),
});

/** A question put to the State party, verbatim, under one or more articles. */
export const QuestionSchema = z.object({
  id: idRule,
  articles: z.array(ArticleNumberSchema).check(z.minLength(1)),
  text: TextSchema,
  document: z.string().check(z.minLength(1)),
  section: z.string().check(z.minLength(1)),
});

/** A legal provision the submission discusses. */
const ProvisionSchema = z.object({
  id: idRule,
  title: TextSchema,
  summary: TextSchema,
  articles: z.array(ArticleNumberSchema).check(z.minLength(1)),
  provenance: z.array(ProvenanceSchema).check(z.minLength(1)),
});

export const DatasetSchema = z.object({
  id: idRule,
  title: TextSchema,
  description: TextSchema,
  publisher: TextSchema,
  version: z.string().check(z.minLength(1)),
  licence: z.string().check(z.minLength(1)),
  /** The language of the original texts. */
  language: LangSchema,
  /** Languages the texts are available in. */
  languages: z.array(LangSchema).check(z.minLength(1)),
  documents: z.array(DocumentSchema).check(z.minLength(1)),
  sources: z.array(SourceSchema),
  articles: z
    .array(ArticleSchema)
    .check(z.minLength(1), z.maxLength(32, 'at most 32 articles per dataset')),
  categories: z
    .array(CategorySchema)
    .check(z.minLength(1), z.maxLength(32, 'at most 32 categories per dataset')),
  figureKinds: z.optional(z.array(FigureKindSchema)),
  questions: z.optional(z.array(QuestionSchema)),
  provisions: z.optional(z.array(ProvisionSchema)),
  /** Relative paths of the events file and the narratives, from the description file. */
  events: z.string().check(z.minLength(1)),
  narratives: z.optional(z.array(z.string())),
  /**
   * The names of the persons flagged sensitive are already public in the dataset's sources (a
   * submission to the UN, say). Said beside the "Show names" switch, which still starts off.
   */
  namesPublic: z.optional(z.boolean()),
});

/** A rectangle of the map: [west, south, east, north]. */
const BoundsSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const NarrativeStepSchema = z.object({
  id: idRule,
  title: TextSchema,
  /** Limited Markdown (emphasis, links, lists), sanitised before display. */
  text: TextSchema,
  /** Event ids to highlight. */
  events: z.array(z.string()),
  /** Map view: either bounds or a centre and zoom. */
  map: z.optional(
    z.object({
      bounds: z.optional(BoundsSchema),
      center: z.optional(PositionSchema),
      zoom: z.optional(z.number().check(z.gte(0), z.lte(22))),
      /** What the map draws: the events' marks (the default), or their counts by region. */
      mode: z.optional(z.enum(['marks', 'counts'])),
    }),
  ),
  /** Time window [start, end] as ISO dates: the span the timeline shows. */
  time: z.optional(z.tuple([PartialDateSchema, PartialDateSchema])),
  /** The event selected on screen (its detail open), an event id. */
  selected: z.optional(z.string().check(z.minLength(1))),
  /**
   * Time played: presenting the step moves the time window from `from` to `to` (both included)
   * at a day, a week or a month per second, sliding or growing (with reduced motion it jumps to
   * the end).
   */
  play: z.optional(
    z.object({
      from: PartialDateSchema,
      to: PartialDateSchema,
      speed: z.optional(z.enum(PLAY_SPEEDS)),
      mode: z.optional(z.enum(PLAY_MODES)),
    }),
  ),
  /** The filters on screen; an absent one is off. */
  filters: z.optional(
    z.object({
      articles: z.optional(z.array(ArticleNumberSchema)),
      categories: z.optional(z.array(z.string())),
      /** Place names, as the place filter lists them. */
      places: z.optional(z.array(z.string().check(z.minLength(1)))),
      /** First-level regions and countries chosen on the map, by code (ISO 3166-2 or -1). */
      areas: z.optional(z.array(z.string().check(z.minLength(1)))),
      /** The text searched for. */
      text: z.optional(z.string().check(z.minLength(1))),
      /** The brushed dates [start, end] (inclusive): only events in them are counted and listed. */
      time: z.optional(z.tuple([PartialDateSchema, PartialDateSchema])),
      /** Only the events in the step's map view. */
      inView: z.optional(z.boolean()),
    }),
  ),
  notes: z.optional(TextSchema),
  /** Provenance of the step's text. */
  provenance: z.optional(z.array(ProvenanceSchema)),
});

export const NarrativeSchema = z.object({
  id: idRule,
  title: TextSchema,
  description: z.optional(TextSchema),
  steps: z.array(NarrativeStepSchema).check(z.minLength(1)),
});

export type Text = z.infer<typeof TextSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type LocationPrecision = z.infer<typeof LocationPrecisionSchema>;
export type Endpoint = z.infer<typeof EndpointSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type EventProperties = z.infer<typeof EventPropertiesSchema>;
export type EventFeature = z.infer<typeof EventFeatureSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type DatasetDescription = z.infer<typeof DatasetSchema>;
export type NarrativeStep = z.infer<typeof NarrativeStepSchema>;
export type Narrative = z.infer<typeof NarrativeSchema>;
