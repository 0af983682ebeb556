/**
 * The visible set and the facet counts, from the columnar event index. AND across facets, OR
 * within one. Pure and allocation-light: a brush step at 100,000 events is one pass over typed
 * arrays, because the facets other than time are combined once into a mask that the time window
 * is then applied to.
 */
import { fold } from '../i18n/fold';
import { areaMask, type AreaIndex } from './areas';
import type { EventIndex } from './event-index';
import { everyEvent, isEveryEvent } from './every';

export interface Filters {
  /** Article numbers; empty means every article. */
  articles: readonly number[];
  /** Category ids; empty means every category. */
  categories: readonly string[];
  /** Place names; empty means every place. */
  places: readonly string[];
  /** Free text; every word must occur (case-, accent- and script-insensitive: i18n/fold). */
  text: string;
  /** Time window [start, end) in ms; events overlapping it are visible. */
  time: readonly [number, number] | null;
  /** Map bounds [west, south, east, north]: keeps located events inside it (unlocated stay). */
  bounds?: readonly [number, number, number, number] | null;
  /** Regions and countries by code (filter/areas.ts); empty or absent means everywhere. */
  areas?: readonly string[];
}

export const NO_FILTERS: Filters = {
  articles: [],
  categories: [],
  places: [],
  text: '',
  time: null,
  bounds: null,
};

export interface FacetContext {
  articles: readonly { number: number }[];
  categories: readonly { id: string }[];
  /** The events placed in regions, once the regions are loaded. */
  areas?: AreaIndex | null;
}

/** Bit mask of the selected articles (by their position in the dataset's catalogue); 0 = any. */
function articleMask(selected: readonly number[], ctx: FacetContext): number {
  let mask = 0;
  ctx.articles.forEach((a, i) => {
    if (selected.includes(a.number)) mask |= 1 << i;
  });
  return mask >>> 0;
}

/** The per-facet pass flags for every facet except time, each 1 where the event passes. */
export interface FacetMasks {
  article: Uint8Array;
  category: Uint8Array;
  place: Uint8Array;
  text: Uint8Array;
  bounds: Uint8Array;
  area: Uint8Array;
}

function textMask(ix: EventIndex, text: string): Uint8Array {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (!words.length) return everyEvent(ix.n);
  const out = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) {
    const s = ix.searchText[i]!;
    let ok = 1;
    for (const w of words) {
      if (!s.includes(w)) {
        ok = 0;
        break;
      }
    }
    out[i] = ok;
  }
  return out;
}

/** Whether two lists hold the same values in the same order. */
function same<T>(a: readonly T[] | null | undefined, b: readonly T[] | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/** 1 where the event's value (its index in `values`) is among `selected`; every event when none is. */
function valueMask<T>(
  codes: ArrayLike<number>,
  values: readonly T[],
  selected: readonly T[],
): Uint8Array {
  const n = codes.length;
  if (!selected.length) return everyEvent(n);
  const on = Uint8Array.from(values, (v) => (selected.includes(v) ? 1 : 0));
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = on[codes[i]!]!;
  return out;
}

function articleFacet(ix: EventIndex, selected: readonly number[], ctx: FacetContext): Uint8Array {
  if (!selected.length) return everyEvent(ix.n);
  const amask = articleMask(selected, ctx);
  const out = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) out[i] = ix.articleMask[i]! & amask ? 1 : 0;
  return out;
}

function boundsFacet(ix: EventIndex, bounds: Filters['bounds']): Uint8Array {
  if (!bounds) return everyEvent(ix.n);
  const [w, s, e, nn] = bounds;
  const out = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) {
    const lon = ix.lon[i]!;
    const lat = ix.lat[i]!;
    // Unlocated events are not outside the view: they have no place in it, so they stay.
    out[i] = Number.isNaN(lon) || (lon >= w && lon <= e && lat >= s && lat <= nn) ? 1 : 0;
  }
  return out;
}

/** What facetMasks made its masks from: a later call can keep those whose inputs did not change. */
export interface MaskInputs {
  ix: EventIndex;
  f: Filters;
  ctx: FacetContext;
  masks: FacetMasks;
}

/**
 * The facets' masks of filters `f`. With `prev` (an earlier call's inputs and masks), each facet
 * whose filter and data are the same keeps its mask: a click on an article at a million events
 * makes one mask of a million, not six.
 */
export function facetMasks(
  ix: EventIndex,
  f: Filters,
  ctx: FacetContext,
  prev?: MaskInputs | null,
): FacetMasks {
  const p = prev?.ix === ix ? prev : null;
  const kept = (key: keyof FacetMasks, unchanged: boolean | undefined) =>
    p && unchanged ? p.masks[key] : null;
  return {
    article:
      kept('article', p?.ctx.articles === ctx.articles && same(p.f.articles, f.articles)) ??
      articleFacet(ix, f.articles, ctx),
    category:
      kept(
        'category',
        p?.ctx.categories === ctx.categories && same(p.f.categories, f.categories),
      ) ??
      valueMask(
        ix.category,
        ctx.categories.map((c) => c.id),
        f.categories,
      ),
    place: kept('place', same(p?.f.places, f.places)) ?? valueMask(ix.place, ix.places, f.places),
    text: kept('text', p?.f.text === f.text) ?? textMask(ix, f.text),
    bounds: kept('bounds', same(p?.f.bounds, f.bounds)) ?? boundsFacet(ix, f.bounds),
    area:
      kept('area', p?.ctx.areas === ctx.areas && same(p?.f.areas, f.areas)) ??
      areaMask(ix.n, ctx.areas ?? null, f.areas ?? []),
  };
}

/** AND of every non-time facet: the mask a brush step starts from. */
export function combine(m: FacetMasks): Uint8Array {
  const n = m.article.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    out[i] = m.article[i]! & m.category[i]! & m.place[i]! & m.text[i]! & m.bounds[i]! & m.area[i]!;
  return out;
}

/**
 * The events that pass every filter but the area filter, in the time window: what the map's
 * counts by region show, so that the other regions keep their counts (and can be picked) while
 * one is filtered to, as a facet's counts do. One pass, for every brush step.
 */
export function exceptArea(
  ix: EventIndex,
  m: FacetMasks,
  time: readonly [number, number] | null,
): Uint8Array {
  const out = new Uint8Array(ix.n);
  const [t0, t1] = time ?? [-Infinity, Infinity];
  for (let i = 0; i < ix.n; i++)
    out[i] =
      m.article[i]! & m.category[i]! & m.place[i]! & m.text[i]! & m.bounds[i]! &&
      ix.start[i]! < t1 &&
      ix.end[i]! > t0
        ? 1
        : 0;
  return out;
}

/**
 * Applies the time window to a base mask, writing into `out` (reused between brush steps).
 * Returns the number of visible events.
 */
export function applyTime(
  ix: EventIndex,
  base: Uint8Array,
  time: readonly [number, number] | null,
  out: Uint8Array,
): number {
  let count = 0;
  if (!time) {
    for (let i = 0; i < ix.n; i++) count += out[i] = base[i]!;
    return count;
  }
  const [t0, t1] = time;
  const { start, end } = ix;
  for (let i = 0; i < ix.n; i++) {
    const v = base[i]! && start[i]! < t1 && end[i]! > t0 ? 1 : 0;
    out[i] = v;
    count += v;
  }
  return count;
}

export function timeMask(ix: EventIndex, time: readonly [number, number] | null): Uint8Array {
  if (!time) return everyEvent(ix.n);
  const out = new Uint8Array(ix.n);
  applyTime(ix, everyEvent(ix.n), time, out);
  return out;
}

export interface FacetCounts {
  /** For each article number: events it would give under the other active filters. */
  articles: Map<number, number>;
  categories: Map<string, number>;
  places: Map<string, number>;
}

/**
 * Counts for each facet value under the OTHER active filters (the count a person sees next to a
 * checkbox is what ticking it alone in that facet would show).
 */
export function facetCounts(
  ix: EventIndex,
  m: FacetMasks,
  time: Uint8Array,
  ctx: FacetContext,
): FacetCounts {
  // Integer counts, one per bit of the article mask (bits past the catalogue are not shown).
  const aCounts = new Int32Array(32);
  const cCounts = new Int32Array(ctx.categories.length);
  const pCounts = new Int32Array(ix.places.length);
  // A facet that filters nothing is not read: null stands for every event.
  const some = (mask: Uint8Array) => (isEveryEvent(mask) ? null : mask);
  const [inTime, text, bounds, area] = [time, m.text, m.bounds, m.area].map(some);
  const [article, category, place] = [m.article, m.category, m.place].map(some);
  const { articleMask, category: categoryOf, place: placeOf } = ix;
  for (let i = 0; i < ix.n; i++) {
    if (
      (inTime && !inTime[i]) ||
      (text && !text[i]) ||
      (bounds && !bounds[i]) ||
      (area && !area[i])
    )
      continue;
    const a = article ? article[i]! : 1;
    const c = category ? category[i]! : 1;
    const p = place ? place[i]! : 1;
    if (c & p) {
      // Only the bits that are set (an event is under one article or a few, of a dozen or more):
      // the lowest set bit is taken off each turn.
      for (let bits = articleMask[i]!; bits !== 0; bits &= bits - 1)
        aCounts[31 - Math.clz32(bits & -bits)]!++;
    }
    cCounts[categoryOf[i]!]! += a & p;
    pCounts[placeOf[i]!]! += a & c;
  }
  return {
    articles: new Map(ctx.articles.map((x, b) => [x.number, aCounts[b] ?? 0])),
    categories: new Map(ctx.categories.map((x, k) => [x.id, cCounts[k]!])),
    places: new Map(ix.places.map((x, k) => [x, pCounts[k]!])),
  };
}

/**
 * Indices of the visible events, in time order (start, then end, then id). One pass over the
 * order sorted when the dataset was indexed: a brush step at 100,000 events sorts nothing.
 */
export function visibleInTimeOrder(ix: EventIndex, visible: Uint8Array): number[] {
  const out: number[] = [];
  for (const i of ix.timeOrder) if (visible[i]) out.push(i);
  return out;
}
