/**
 * The events as columns of typed arrays: what the filters, the timeline's canvas and the map's
 * WebGL layer read (filter/event-index.ts adds what is built on the page). Row i of every column
 * is events[i].
 *
 * The import worker builds them beside the events it hands over (data/import/handover.ts), and
 * the page takes them as they come, transferred, instead of building them again from a million
 * objects: `prebuilt` records them for the very array of events they were built from.
 */
import type { DatasetDescription, EventFeature, LocationPrecision } from './schema';
import { isParseError, toInterval, type Precision } from '../time/partial-date';
import { sortedBy } from './sort-order';

export const DATE_PRECISIONS: Precision[] = ['time', 'day', 'month', 'year'];
export const LOCATION_PRECISIONS: LocationPrecision[] = [
  'exact',
  'city',
  'region',
  'country',
  'unknown',
];

export interface EventColumns {
  n: number;
  ids: readonly string[];
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
  /**
   * Each movement's ends, [origin lon, origin lat, destination lon, destination lat] from 4i;
   * NaN where the event has none: the map draws its arrows from these, reading no event.
   */
  movement: Float64Array;
  /** 1 when an end of the movement is known only to its country (precision country or unknown). */
  movementCoarse: Uint8Array;
  /** Index into `places` (the place names, for the place facet). */
  place: Uint32Array;
  places: readonly string[];
  /** Time extent of all events [min start, max end), or undefined when there are none. */
  extent: [number, number] | undefined;
  /** Every event's index in time order (start, then end, then id): sorted once per dataset. */
  timeOrder: Uint32Array;
}

const coarse = (p: LocationPrecision) => p === 'country' || p === 'unknown';

/** What the columns' category and article numbers count from. */
type Catalogue = Pick<DatasetDescription, 'articles' | 'categories'>;

export function buildEventColumns(events: readonly EventFeature[], d: Catalogue): EventColumns {
  const columns = new ColumnBuilder(events.length, d);
  for (let i = 0; i < events.length; i++) columns.add(events[i]!);
  return columns.finish();
}

/**
 * Columns filled an event at a time, then finished: an import adds each event as it is checked
 * and need not keep a million event objects to build them after (data/import/arrow.ts).
 */
export class ColumnBuilder {
  private readonly c: EventColumns;
  private readonly ids: string[] = [];
  private readonly articleBit: Map<number, number>;
  private readonly categoryIndex: Map<string, number>;
  private readonly placeIndex = new Map<string, number>();
  private readonly places: string[] = [];
  private min = Infinity;
  private max = -Infinity;

  /** Room for `capacity` events, counted in catalogue `d`. */
  constructor(
    private readonly capacity: number,
    d: Catalogue,
  ) {
    const n = capacity;
    this.c = {
      n,
      ids: this.ids,
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
      movement: new Float64Array(4 * n).fill(NaN),
      movementCoarse: new Uint8Array(n),
      place: new Uint32Array(n),
      places: [],
      extent: undefined,
      timeOrder: new Uint32Array(0),
    };
    this.articleBit = new Map(d.articles.map((a, i) => [a.number, i]));
    this.categoryIndex = new Map(d.categories.map((x, i) => [x.id, i]));
  }

  /** The next row: event `e`. */
  add(e: EventFeature): void {
    const { c } = this;
    const i = this.ids.length;
    if (i >= this.capacity) throw new Error(`more events than the ${this.capacity} expected`);
    this.ids.push(e.id);
    const p = e.properties;
    const interval = toInterval(p.date.start, p.date.end);
    // Validation has rejected malformed dates before this point; guard anyway.
    if (isParseError(interval)) throw new Error(`event ${e.id}: ${interval.error}`);
    c.start[i] = interval.start;
    c.end[i] = interval.end;
    this.min = Math.min(this.min, interval.start);
    this.max = Math.max(this.max, interval.end);
    c.datePrecision[i] = DATE_PRECISIONS.indexOf(interval.precision);
    c.approximate[i] = p.date.approximate ? 1 : 0;
    c.isRange[i] = interval.isRange ? 1 : 0;
    c.category[i] = this.categoryIndex.get(p.category) ?? 0;
    let mask = 0;
    for (const a of p.articles) {
      const bit = this.articleBit.get(a);
      if (bit !== undefined) mask |= 1 << bit;
    }
    c.articleMask[i] = mask >>> 0;
    const located = e.geometry !== null && !p.place.withheld;
    c.lon[i] = located ? e.geometry!.coordinates[0] : NaN;
    c.lat[i] = located ? e.geometry!.coordinates[1] : NaN;
    c.locationPrecision[i] = LOCATION_PRECISIONS.indexOf(p.place.precision);
    const { origin, destination } = p.place;
    if (origin?.coordinates && destination?.coordinates && !p.place.withheld) {
      c.hasMovement[i] = 1;
      c.movement.set([...origin.coordinates, ...destination.coordinates], 4 * i);
      c.movementCoarse[i] = coarse(origin.precision) || coarse(destination.precision) ? 1 : 0;
    }
    const placeName =
      typeof p.place.name === 'string' ? p.place.name : (Object.values(p.place.name)[0] ?? '');
    let pi = this.placeIndex.get(placeName);
    if (pi === undefined) {
      pi = this.places.length;
      this.places.push(placeName);
      this.placeIndex.set(placeName, pi);
    }
    c.place[i] = pi;
  }

  /** The columns of the events added (fewer than the room made for them when some were not). */
  finish(): EventColumns {
    const n = this.ids.length;
    const cut = <T extends Float64Array | Uint8Array | Uint32Array>(a: T, per = 1): T =>
      n === this.capacity ? a : (a.slice(0, per * n) as T);
    const { c } = this;
    const out: EventColumns = {
      n,
      ids: this.ids,
      start: cut(c.start),
      end: cut(c.end),
      datePrecision: cut(c.datePrecision),
      approximate: cut(c.approximate),
      isRange: cut(c.isRange),
      category: cut(c.category),
      articleMask: cut(c.articleMask),
      lon: cut(c.lon),
      lat: cut(c.lat),
      locationPrecision: cut(c.locationPrecision),
      hasMovement: cut(c.hasMovement),
      movement: cut(c.movement, 4),
      movementCoarse: cut(c.movementCoarse),
      place: cut(c.place),
      places: this.places,
      extent: n ? [this.min, this.max] : undefined,
      timeOrder: new Uint32Array(0),
    };
    out.timeOrder = timeOrder(out.start, out.end, this.ids);
    return out;
  }
}

/** Every event's index by start, then end, then id. */
function timeOrder(start: Float64Array, end: Float64Array, ids: readonly string[]): Uint32Array {
  const order = sortedBy(start, sortedBy(end));
  // Events of one interval by id (a run at a time: a day holds hundreds at a million events).
  const byId = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : 1);
  for (let r = 0; r < order.length;) {
    let q = r + 1;
    while (
      q < order.length &&
      start[order[q]!] === start[order[r]!] &&
      end[order[q]!] === end[order[r]!]
    )
      q++;
    if (q - r > 1) order.subarray(r, q).sort(byId);
    r = q;
  }
  return order;
}

/** The buffers of the columns' typed arrays, to transfer them (postMessage) rather than copy. */
export function columnBuffers(c: Omit<EventColumns, 'ids'>): ArrayBuffer[] {
  return [
    c.start,
    c.end,
    c.datePrecision,
    c.approximate,
    c.isRange,
    c.category,
    c.articleMask,
    c.lon,
    c.lat,
    c.locationPrecision,
    c.hasMovement,
    c.movement,
    c.movementCoarse,
    c.place,
    c.timeOrder,
  ].map((a) => a.buffer as ArrayBuffer);
}

const prebuilt = new WeakMap<
  readonly EventFeature[],
  { columns: EventColumns; articles: string; categories: string }
>();
const catalogueKey = (d: Catalogue) => ({
  articles: d.articles.map((a) => a.number).join(),
  categories: d.categories.map((x) => x.id).join('\u0001'),
});

/** Records `columns` as those of exactly this array of events, counted in catalogue `d`. */
export function setPrebuilt(
  events: readonly EventFeature[],
  d: Catalogue,
  columns: EventColumns,
): void {
  prebuilt.set(events, { columns, ...catalogueKey(d) });
}

/**
 * The columns of `events`: those built with them (setPrebuilt) when they count in the same
 * articles and categories, else built now.
 */
export function eventColumns(events: readonly EventFeature[], d: Catalogue): EventColumns {
  const p = prebuilt.get(events);
  if (p && p.columns.n === events.length) {
    const key = catalogueKey(d);
    if (key.articles === p.articles && key.categories === p.categories) return p.columns;
  }
  return buildEventColumns(events, d);
}
