/**
 * The events as columns of typed arrays, built once per dataset. Filtering, the timeline's
 * canvas and the map's WebGL layer all read these columns, so that a brush step or a filter
 * toggle at 100,000 events is a loop over arrays, not over objects.
 *
 * Row i of every column is events[i]; ids[i] is its stable string id.
 */
import type { DatasetDescription, EventFeature, LocationPrecision, Text } from '../model/schema';
import { fold } from '../i18n/fold';
import { isParseError, toInterval, type Precision } from '../time/partial-date';

export const DATE_PRECISIONS: Precision[] = ['time', 'day', 'month', 'year'];
export const LOCATION_PRECISIONS: LocationPrecision[] = [
  'exact',
  'city',
  'region',
  'country',
  'unknown',
];

export interface EventIndex {
  n: number;
  events: readonly EventFeature[];
  ids: readonly string[];
  /** Each id's row: built the first time it is asked for (a link's selection, a narrative). */
  byId: ReadonlyMap<string, number>;
  /** Interval [start, end) in ms since the epoch. */
  start: Float64Array;
  end: Float64Array;
  /** Index into DATE_PRECISIONS. */
  datePrecision: Uint8Array;
  approximate: Uint8Array;
  isRange: Uint8Array;
  /** Index into the dataset's categories. */
  category: Uint8Array;
  /** Bit i set when the event is under the dataset's articles[i]. */
  articleMask: Uint32Array;
  /** WGS 84; NaN when the event has no location. */
  lon: Float64Array;
  lat: Float64Array;
  /** Index into LOCATION_PRECISIONS. */
  locationPrecision: Uint8Array;
  /** Extraditions and deportations: 1 when origin and destination both have coordinates. */
  hasMovement: Uint8Array;
  /** Index into `places` (the place names, for the place facet). */
  place: Uint32Array;
  places: readonly string[];
  /**
   * Title, summary, place, persons, perpetrators and sources, folded for search (i18n/fold):
   * folded the first time it is asked for (the first text search), not on load.
   */
  searchText: readonly string[];
  /** Time extent of all events [min start, max end), or undefined when there are none. */
  extent: [number, number] | undefined;
  /** Every event's index in time order (start, then end, then id): sorted once per dataset. */
  timeOrder: Uint32Array;
}

/** All language versions of a text, for search. */
function allTexts(t: Text | undefined): string {
  if (t === undefined) return '';
  return typeof t === 'string' ? t : Object.values(t).join(' ');
}

/** Each event's texts for search, folded (i18n/fold): what EventIndex.searchText holds. */
function searchTexts(
  events: readonly EventFeature[],
  d: Pick<DatasetDescription, 'sources'>,
): string[] {
  const sourceText = new Map(
    d.sources.map((s) => [s.id, `${allTexts(s.title)} ${allTexts(s.publisher)}`]),
  );
  return events.map(({ properties: p }) =>
    fold(
      [
        allTexts(p.title),
        allTexts(p.summary),
        allTexts(p.place.name),
        allTexts(p.place.origin?.name),
        allTexts(p.place.destination?.name),
        ...(p.persons ?? []).filter((x) => !x.sensitive).map((x) => x.name),
        ...(p.perpetrators ?? []).map(allTexts),
        ...(p.sources ?? []).map((s) => sourceText.get(s) ?? ''),
      ].join(' \u0001 '),
    ),
  );
}

export function buildEventIndex(
  events: readonly EventFeature[],
  d: Pick<DatasetDescription, 'articles' | 'categories' | 'sources'>,
): EventIndex {
  const n = events.length;
  const ids = events.map((e) => e.id);
  let byId: Map<string, number> | undefined;
  let searchText: string[] | undefined;
  const ix: EventIndex = {
    n,
    events,
    ids,
    // Neither is needed to draw the first view: a text search or a lookup by id builds them once.
    get byId() {
      return (byId ??= new Map(ids.map((id, i) => [id, i])));
    },
    get searchText() {
      return (searchText ??= searchTexts(events, d));
    },
    start: new Float64Array(n),
    end: new Float64Array(n),
    datePrecision: new Uint8Array(n),
    approximate: new Uint8Array(n),
    isRange: new Uint8Array(n),
    category: new Uint8Array(n),
    articleMask: new Uint32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    locationPrecision: new Uint8Array(n),
    hasMovement: new Uint8Array(n),
    place: new Uint32Array(n),
    places: [],
    extent: undefined,
    timeOrder: new Uint32Array(0),
  };
  const articleBit = new Map(d.articles.map((a, i) => [a.number, i]));
  const categoryIndex = new Map(d.categories.map((c, i) => [c.id, i]));
  const placeIndex = new Map<string, number>();
  const places: string[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const p = e.properties;
    const interval = toInterval(p.date.start, p.date.end);
    // Validation has rejected malformed dates before this point; guard anyway.
    if (isParseError(interval)) throw new Error(`event ${e.id}: ${interval.error}`);
    ix.start[i] = interval.start;
    ix.end[i] = interval.end;
    min = Math.min(min, interval.start);
    max = Math.max(max, interval.end);
    ix.datePrecision[i] = DATE_PRECISIONS.indexOf(interval.precision);
    ix.approximate[i] = p.date.approximate ? 1 : 0;
    ix.isRange[i] = interval.isRange ? 1 : 0;
    ix.category[i] = categoryIndex.get(p.category) ?? 0;
    let mask = 0;
    for (const a of p.articles) {
      const bit = articleBit.get(a);
      if (bit !== undefined) mask |= 1 << bit;
    }
    ix.articleMask[i] = mask >>> 0;
    const located = e.geometry !== null && !p.place.withheld;
    ix.lon[i] = located ? e.geometry!.coordinates[0] : NaN;
    ix.lat[i] = located ? e.geometry!.coordinates[1] : NaN;
    ix.locationPrecision[i] = LOCATION_PRECISIONS.indexOf(p.place.precision);
    ix.hasMovement[i] =
      p.place.origin?.coordinates && p.place.destination?.coordinates && !p.place.withheld ? 1 : 0;
    const placeName =
      typeof p.place.name === 'string' ? p.place.name : (Object.values(p.place.name)[0] ?? '');
    let pi = placeIndex.get(placeName);
    if (pi === undefined) {
      pi = places.length;
      places.push(placeName);
      placeIndex.set(placeName, pi);
    }
    ix.place[i] = pi;
  }
  ix.places = places;
  ix.extent = n ? [min, max] : undefined;
  ix.timeOrder = Uint32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      ix.start[a]! - ix.start[b]! || ix.end[a]! - ix.end[b]! || (ids[a]! < ids[b]! ? -1 : 1),
  );
  return ix;
}
