/**
 * GeoJSON out (RFC 7946): the events as a FeatureCollection in the app's schema, with a `bbox`
 * of the located events (RFC 7946 §5) and, as a foreign member (§6.1), the dataset they belong
 * to. And the one-file bundle: description + events + narratives.
 */
import type { DatasetDescription, EventFeature, Narrative, Source } from '../../model/schema';
import type { DatasetBundle } from './bundle';

export interface EventCollection {
  type: 'FeatureCollection';
  bbox?: [number, number, number, number];
  dataset?: { id: string; version: string };
  /** The sources the events cite, whole (title, link, publisher, date), and the figure kinds. */
  sources?: Source[];
  figureKinds?: NonNullable<DatasetDescription['figureKinds']>;
  features: EventFeature[];
}

export function toGeoJSON(
  events: readonly EventFeature[],
  description: DatasetDescription,
): EventCollection {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of events) {
    if (!f.geometry) continue;
    const [lon, lat] = f.geometry.coordinates;
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  const out: EventCollection = {
    type: 'FeatureCollection',
    dataset: { id: description.id, version: description.version },
    features: events.map((f) => structuredClone(f)),
  };
  if (w <= e) out.bbox = [w, s, e, n];
  // Foreign members (§6.1) too: a source id alone says nothing to whoever opens the file.
  const cited = new Set(
    events.flatMap((f) => [
      ...(f.properties.sources ?? []),
      ...(f.properties.figures ?? []).map((x) => x.source),
    ]),
  );
  const sources = description.sources.filter((x) => cited.has(x.id));
  if (sources.length) out.sources = structuredClone(sources);
  const kinds = new Set(events.flatMap((f) => (f.properties.figures ?? []).map((x) => x.kind)));
  const figureKinds = (description.figureKinds ?? []).filter((k) => kinds.has(k.id));
  if (figureKinds.length) out.figureKinds = structuredClone(figureKinds);
  return out;
}

export function toBundle(
  description: DatasetDescription,
  events: readonly EventFeature[],
  narratives: readonly Narrative[] = [],
): DatasetBundle {
  const collection = toGeoJSON(events, description);
  const bundle: DatasetBundle = {
    dataset: structuredClone(description),
    events: { type: 'FeatureCollection', features: collection.features },
  };
  if (narratives.length) bundle.narratives = structuredClone([...narratives]);
  return bundle;
}

/** The JSON text of a bundle or collection, as a file is written. */
export function toJSONText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
