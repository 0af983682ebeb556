/**
 * The data model: one zod schema is the single source of truth. It gives the TypeScript types
 * (z.infer), validates at run time (validate.ts), and is exported as JSON Schema
 * (scripts/export-schema.ts -> data/schema/) so that others can produce data for the app.
 *
 * A dataset is a description (DatasetSchema) plus a GeoJSON FeatureCollection of events
 * (EventCollectionSchema, RFC 7946) and optional narratives (NarrativeSchema).
 */
import { z } from 'zod';
import { PLAY_MODES, PLAY_SPEEDS } from '../time/playback';

// No code generated at run time: zod would otherwise probe `new Function` (eval), which the app's
// Content Security Policy forbids and reports as a violation, and compile its parsers with it.
z.config({ jitless: true });

/** A BCP 47 language tag such as "en", "ru", "kk", "ar". */
export const LangSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "ru"');

/**
 * A human-readable text. Either a plain string in the dataset's original language, or the
 * original next to its translations, keyed by language: { "en": "…", "ru": "…" }.
 */
export const TextSchema = z.union([
  z.string().min(1, 'must not be empty'),
  z
    .record(LangSchema, z.string().min(1, 'must not be empty'))
    .refine((t) => Object.keys(t).length > 0, 'needs at least one language'),
]);

/**
 * A date as ISO 8601 at the precision known: "2014" (year), "2022-01" (month), "2022-01-04" (day)
 * or "2022-01-04T14:30+06:00" (time of day, always with its UTC offset, so that a time is read in
 * the event's own time zone). The precision is the form of the string, so it cannot disagree with
 * the value. Checked further (real calendar day, offset range) in time/partial-date.ts.
 */
const PartialDateSchema = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?)?)?$/,
    'must be an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm±hh:mm',
  );

export const EventDateSchema = z.object({
  start: PartialDateSchema,
  /** Last day (inclusive) of a range; absent for a single date. */
  end: PartialDateSchema.optional(),
  /** The source gives the date loosely ("early January 2022", "nearly"). */
  approximate: z.boolean().optional(),
  /** How the source itself words the date, when that says more than the ISO form. */
  display: TextSchema.optional(),
});

/** How precisely a place is known; a map must not draw a region as a pin on a street. */
export const LocationPrecisionSchema = z.enum(['exact', 'city', 'region', 'country', 'unknown']);

/** RFC 7946 position: [longitude, latitude] in WGS 84. */
const PositionSchema = z
  .tuple([
    z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180'),
    z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90'),
  ])
  .describe('[longitude, latitude]');

const PointSchema = z.object({ type: z.literal('Point'), coordinates: PositionSchema });

/** ISO 3166-1 alpha-2 country code. */
const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KZ"');

/** One end of a movement (extradition, deportation). */
export const EndpointSchema = z.object({
  name: TextSchema,
  country: CountryCodeSchema,
  coordinates: PositionSchema.optional(),
  precision: LocationPrecisionSchema,
});

export const PlaceSchema = z.object({
  name: TextSchema,
  country: CountryCodeSchema.optional(),
  precision: LocationPrecisionSchema,
  /** Coordinates deliberately obscured or withheld to protect people. */
  withheld: z.boolean().optional(),
  /** For extraditions and deportations: where the person was taken from and to. */
  origin: EndpointSchema.optional(),
  destination: EndpointSchema.optional(),
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
  .int('must be a whole number')
  .min(1, 'must be an article of the Convention (1-33)')
  .max(33, 'must be an article of the Convention (1-33)');

/** A reported figure: a value or a range, always tied to the source that gives it. */
export const FigureSchema = z
  .object({
    /** What is counted, an id from the dataset's figure kinds: killed, detained, cases-opened… */
    kind: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id such as "killed"'),
    value: z.number().nonnegative().optional(),
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
    /** "more than 227" is min 227 with qualifier "more-than". */
    qualifier: z.enum(['exact', 'about', 'more-than', 'fewer-than', 'at-least']).optional(),
    source: z.string().min(1, 'must name a source id'),
    quote: z.string().min(1).optional(),
  })
  .refine((f) => f.value !== undefined || f.min !== undefined || f.max !== undefined, {
    message: 'needs a value, or a min and/or max',
  })
  .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
    message: 'min must not exceed max',
    path: ['max'],
  });

export const PersonSchema = z.object({
  name: z.string().min(1),
  role: z.enum(['victim', 'witness', 'defender', 'official', 'other']),
  description: TextSchema.optional(),
  /** Hidden until the viewer asks to see it (victims and witnesses may be endangered). */
  sensitive: z.boolean().optional(),
});

export const ProvenanceSchema = z.object({
  /** A document id from the dataset's documents. */
  document: z.string().min(1),
  /** The part of the document, e.g. "Article 3". */
  section: z.string().min(1),
  /** Verbatim text of the document that supports the event (checked by npm run validate -- --source). */
  quote: z.string().min(1, 'must quote the document'),
});

const idRule = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
    'must be 1-128 letters, digits, ".", "_", ":" or "-"',
  );

export const EventPropertiesSchema = z.object({
  title: TextSchema,
  summary: TextSchema.optional(),
  date: EventDateSchema,
  place: PlaceSchema,
  /** A category id from the dataset's categories. */
  category: z.string().min(1),
  /** Articles of the Convention the event falls under; empty when not (yet) assigned. */
  articles: z.array(ArticleNumberSchema),
  figures: z.array(FigureSchema).optional(),
  persons: z.array(PersonSchema).optional(),
  perpetrators: z.array(TextSchema).optional(),
  /** Source ids from the dataset's sources. */
  sources: z.array(z.string().min(1)).optional(),
  /**
   * Verbatim quotes of the document(s) that support the event. Optional for imported data; the
   * bundled datasets must have them (npm run validate checks).
   */
  provenance: z.array(ProvenanceSchema).optional(),
  status: StatusSchema,
  /** Graphic content: the detail is hidden until the viewer asks for it. */
  graphic: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
});

export const EventFeatureSchema = z.object({
  type: z.literal('Feature'),
  /** Stable string id: links and narratives use it, never an array position. */
  id: idRule,
  geometry: PointSchema.nullable(),
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
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id'),
  label: TextSchema,
});

const FigureKindSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id'),
  label: TextSchema,
});

const DocumentSchema = z.object({
  id: idRule,
  title: TextSchema,
  author: TextSchema.optional(),
  date: PartialDateSchema.optional(),
  url: z.url().optional(),
  note: TextSchema.optional(),
});

export const SourceSchema = z.object({
  id: idRule,
  title: TextSchema,
  publisher: TextSchema.optional(),
  date: PartialDateSchema.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  language: LangSchema.optional(),
  /** The footnote number in the document that cites it. */
  footnote: z.number().int().positive().optional(),
  /** The document that cites this source. */
  citedIn: z.string().optional(),
});

/** A question put to the State party, verbatim, under one or more articles. */
export const QuestionSchema = z.object({
  id: idRule,
  articles: z.array(ArticleNumberSchema).min(1),
  text: TextSchema,
  document: z.string().min(1),
  section: z.string().min(1),
});

/** A legal provision the submission discusses. */
const ProvisionSchema = z.object({
  id: idRule,
  title: TextSchema,
  summary: TextSchema,
  articles: z.array(ArticleNumberSchema).min(1),
  provenance: z.array(ProvenanceSchema).min(1),
});

export const DatasetSchema = z.object({
  id: idRule,
  title: TextSchema,
  description: TextSchema,
  publisher: TextSchema,
  version: z.string().min(1),
  licence: z.string().min(1),
  /** The language of the original texts. */
  language: LangSchema,
  /** Languages the texts are available in. */
  languages: z.array(LangSchema).min(1),
  documents: z.array(DocumentSchema).min(1),
  sources: z.array(SourceSchema),
  articles: z.array(ArticleSchema).min(1).max(32, 'at most 32 articles per dataset'),
  categories: z.array(CategorySchema).min(1).max(32, 'at most 32 categories per dataset'),
  figureKinds: z.array(FigureKindSchema).optional(),
  questions: z.array(QuestionSchema).optional(),
  provisions: z.array(ProvisionSchema).optional(),
  /** Relative paths of the events file and the narratives, from the description file. */
  events: z.string().min(1),
  narratives: z.array(z.string()).optional(),
  /**
   * The names of the persons flagged sensitive are already public in the dataset's sources (a
   * submission to the UN, say). Said beside the "Show names" switch, which still starts off.
   */
  namesPublic: z.boolean().optional(),
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
  map: z
    .object({
      bounds: BoundsSchema.optional(),
      center: PositionSchema.optional(),
      zoom: z.number().min(0).max(22).optional(),
      /** What the map draws: the events' marks (the default), or their counts by region. */
      mode: z.enum(['marks', 'counts']).optional(),
    })
    .optional(),
  /** Time window [start, end] as ISO dates: the span the timeline shows. */
  time: z.tuple([PartialDateSchema, PartialDateSchema]).optional(),
  /** The event selected on screen (its detail open), an event id. */
  selected: z.string().min(1).optional(),
  /**
   * Time played: presenting the step moves the time window from `from` to `to` (both included)
   * at a day, a week or a month per second, sliding or growing (with reduced motion it jumps to
   * the end).
   */
  play: z
    .object({
      from: PartialDateSchema,
      to: PartialDateSchema,
      speed: z.enum(PLAY_SPEEDS).optional(),
      mode: z.enum(PLAY_MODES).optional(),
    })
    .optional(),
  /** The filters on screen; an absent one is off. */
  filters: z
    .object({
      articles: z.array(ArticleNumberSchema).optional(),
      categories: z.array(z.string()).optional(),
      /** Place names, as the place filter lists them. */
      places: z.array(z.string().min(1)).optional(),
      /** First-level regions and countries chosen on the map, by code (ISO 3166-2 or -1). */
      areas: z.array(z.string().min(1)).optional(),
      /** The text searched for. */
      text: z.string().min(1).optional(),
      /** The brushed dates [start, end] (inclusive): only events in them are counted and listed. */
      time: z.tuple([PartialDateSchema, PartialDateSchema]).optional(),
      /** Only the events in the step's map view. */
      inView: z.boolean().optional(),
    })
    .optional(),
  notes: TextSchema.optional(),
  /** Provenance of the step's text. */
  provenance: z.array(ProvenanceSchema).optional(),
});

export const NarrativeSchema = z.object({
  id: idRule,
  title: TextSchema,
  description: TextSchema.optional(),
  steps: z.array(NarrativeStepSchema).min(1),
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
