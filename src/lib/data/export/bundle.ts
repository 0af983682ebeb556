/**
 * The app's one-file dataset: `{ "dataset": {...}, "events": {FeatureCollection}, "narratives":
 * [...] }`. It is what the exporter writes and what the importer reads without questions.
 * DatasetBundleSchema is built from the model's schemas, so `z.toJSONSchema` gives a JSON Schema
 * others can produce data against.
 */
import { z } from 'zod/mini';
import {
  DatasetSchema,
  EventFeatureSchema,
  NarrativeSchema,
  type DatasetDescription,
  type EventFeature,
  type Narrative,
} from '../../model/schema';

export const DatasetBundleSchema = z.object({
  dataset: DatasetSchema,
  events: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(EventFeatureSchema),
  }),
  narratives: z.optional(z.array(NarrativeSchema)),
});

export interface DatasetBundle {
  dataset: DatasetDescription;
  events: { type: 'FeatureCollection'; features: EventFeature[] };
  narratives?: Narrative[];
}

/** True for an object shaped like a bundle (before validation). */
export function looksLikeBundle(v: unknown): v is Record<'dataset' | 'events', unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && 'dataset' in v && 'events' in v;
}
