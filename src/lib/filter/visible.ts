/**
 * The visible set and the facet counts, from the columnar event index. AND across facets, OR
 * within one. Pure and allocation-light: a brush step at 100,000 events is one pass over typed
 * arrays, because the facets other than time are combined once into a mask that the time window
 * is then applied to.
 */
import { fold } from '../i18n/fold';
import { areaMask, type AreaIndex } from './areas';
import type { EventIndex } from './event-index';

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

function all(n: number): Uint8Array {
  return new Uint8Array(n).fill(1);
}

function textMask(ix: EventIndex, text: string): Uint8Array {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (!words.length) return all(ix.n);
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

export function facetMasks(ix: EventIndex, f: Filters, ctx: FacetContext): FacetMasks {
  const n = ix.n;
  const amask = articleMask(f.articles, ctx);
  const article = f.articles.length ? new Uint8Array(n) : all(n);
  if (f.articles.length)
    for (let i = 0; i < n; i++) article[i] = ix.articleMask[i]! & amask ? 1 : 0;

  const cats = new Uint8Array(ctx.categories.length);
  ctx.categories.forEach((c, i) => (cats[i] = f.categories.includes(c.id) ? 1 : 0));
  const category = f.categories.length ? new Uint8Array(n) : all(n);
  if (f.categories.length) for (let i = 0; i < n; i++) category[i] = cats[ix.category[i]!]!;

  const placeSel = new Uint8Array(ix.places.length);
  ix.places.forEach((p, i) => (placeSel[i] = f.places.includes(p) ? 1 : 0));
  const place = f.places.length ? new Uint8Array(n) : all(n);
  if (f.places.length) for (let i = 0; i < n; i++) place[i] = placeSel[ix.place[i]!]!;

  const bounds = f.bounds ? new Uint8Array(n) : all(n);
  if (f.bounds) {
    const [w, s, e, nn] = f.bounds;
    for (let i = 0; i < n; i++) {
      const lon = ix.lon[i]!;
      const lat = ix.lat[i]!;
      // Unlocated events are not outside the view: they have no place in it, so they stay.
      bounds[i] = Number.isNaN(lon) || (lon >= w && lon <= e && lat >= s && lat <= nn) ? 1 : 0;
    }
  }
  const area = areaMask(n, ctx.areas ?? null, f.areas ?? []);
  return { article, category, place, text: textMask(ix, f.text), bounds, area };
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
  const out = new Uint8Array(ix.n);
  applyTime(ix, all(ix.n), time, out);
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
  const nA = ctx.articles.length;
  const aCounts = new Float64Array(nA);
  const cCounts = new Float64Array(ctx.categories.length);
  const pCounts = new Float64Array(ix.places.length);
  for (let i = 0; i < ix.n; i++) {
    const common = m.text[i]! & m.bounds[i]! & m.area[i]! & time[i]!;
    if (!common) continue;
    if (m.category[i]! & m.place[i]!) {
      // Only the bits that are set (an event is under one article or a few, of a dozen or more):
      // the lowest set bit is taken off each turn.
      for (let mask = ix.articleMask[i]!; mask !== 0; mask &= mask - 1) {
        const b = 31 - Math.clz32(mask & -mask);
        if (b < nA) aCounts[b]!++;
      }
    }
    if (m.article[i]! & m.place[i]!) cCounts[ix.category[i]!]!++;
    if (m.article[i]! & m.category[i]!) pCounts[ix.place[i]!]!++;
  }
  return {
    articles: new Map(ctx.articles.map((a, b) => [a.number, aCounts[b]!])),
    categories: new Map(ctx.categories.map((c, k) => [c.id, cCounts[k]!])),
    places: new Map(ix.places.map((p, k) => [p, pCounts[k]!])),
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
