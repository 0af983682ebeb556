/**
 * Swimlanes: one row per article of the Convention (plus "Not assigned" for events with no
 * article yet) or one per category. An event under several articles is drawn in each of their
 * lanes. Built once per dataset and lane mode; every per-frame loop then reads these arrays.
 */
import type { EventIndex } from '../filter/event-index';
import { markCentre, markKindCode, POINT, TICK } from './marks';
import { sortedBy } from '../model/sort-order';

export type LaneMode = 'article' | 'category';

export interface LaneDef {
  key: string;
  /** Short label shown beside the lane ("Art. 3 · Non-refoulement"). */
  label: string;
  /** Shorter still, for a narrow timeline ("Art. 3"). */
  brief: string;
  /** Full name, for the tooltip and for assistive technology. */
  title: string;
}

export interface LaneIndex {
  nLanes: number;
  /** Every event, in order of its mark's instant (ties by index): the order ArrowLeft/Right walk. */
  order: Uint32Array;
  /** Position of each event in `order`. */
  rank: Uint32Array;
  /** The instant a mark stands for (markCentre). */
  centre: Float64Array;
  /** Mark kind code (marks.ts) per event. */
  kind: Uint8Array;
  /** 1 when the date is known only to the month or year, or is approximate. */
  vague: Uint8Array;
  /** Per lane: points and ticks, sorted by centre (binary-searched by hit testing). */
  short: Uint32Array[];
  /** Per lane: bars and bands, sorted by centre (few; scanned). */
  long: Uint32Array[];
  /** Per lane, parallel to `long`: the track of each bar or band (packTracks). */
  track: Uint8Array[];
}

/** Beyond this many overlapping periods a lane draws them as a count band anyway. */
const MAX_TRACKS = 32;

/**
 * Interval packing: each period, in order of start, takes the lowest track free by then, so that
 * periods that overlap never share a track while there are no more of them than tracks
 * (the greedy order by start is optimal for intervals). Done once per dataset, not per frame.
 */
export function packTracks(ids: Uint32Array, start: Float64Array, end: Float64Array): Uint8Array {
  const track = new Uint8Array(ids.length);
  // By start, and the longer first among those that start together.
  const starts = new Float64Array(ids.length);
  const ends = new Float64Array(ids.length);
  for (let j = 0; j < ids.length; j++) {
    starts[j] = start[ids[j]!]!;
    ends[j] = -end[ids[j]!]!;
  }
  const byStart = sortedBy(starts, sortedBy(ends));
  const free = new Float64Array(MAX_TRACKS).fill(-Infinity);
  for (let k = 0; k < byStart.length; k++) {
    const j = byStart[k]!;
    const from = starts[j]!;
    let t = 0;
    let earliest = 0;
    for (; t < MAX_TRACKS; t++) {
      if (free[t]! <= from) break;
      if (free[t]! < free[earliest]!) earliest = t;
    }
    if (t === MAX_TRACKS) t = earliest;
    track[j] = t;
    free[t] = -ends[j]!;
  }
  return track;
}

type T = (key: string, params?: Record<string, string | number>) => string;

/**
 * Lane labels. `articles` must be in the dataset's order, since bit i of an event's article
 * mask is articles[i].
 */
export function laneDefs(
  mode: LaneMode,
  articles: readonly { number: number; title: string }[],
  categories: readonly { id: string; label: string }[],
  t: T,
): LaneDef[] {
  if (mode === 'category') {
    return categories.map((c) => ({
      key: `category:${c.id}`,
      label: c.label,
      brief: c.label,
      title: c.label,
    }));
  }
  const none = t('timeline.notAssigned');
  return [
    ...articles.map((a) => {
      const brief = t('article.short', { number: String(a.number) });
      return {
        key: `article:${a.number}`,
        label: `${brief} · ${a.title}`,
        brief,
        title: t('article.label', { number: String(a.number), title: a.title }),
      };
    }),
    { key: 'article:none', label: none, brief: none, title: none },
  ];
}

/** Line height of a lane's label, in px (13 px type at line-height 1.1, Timeline.svelte). */
const LABEL_LINE_PX = 14.3;

/**
 * How many lines a lane's label may take: two where the lane is tall enough for them, else one
 * (cut with an ellipsis), so that a label never reaches into the next lane.
 */
export function labelLines(laneHeight: number): 1 | 2 {
  return laneHeight >= 2 * LABEL_LINE_PX ? 2 : 1;
}

/** The lanes event i is drawn in (for the hover and selection rings). */
export function lanesOf(
  index: Pick<EventIndex, 'articleMask' | 'category'>,
  mode: LaneMode,
  nLanes: number,
  i: number,
): number[] {
  const out: number[] = [];
  forEachLane(index, mode, Math.max(nLanes, 1), i, (l) => out.push(l));
  return out;
}

/** Calls fn(lane) for each lane event i belongs to. */
function forEachLane(
  index: Pick<EventIndex, 'articleMask' | 'category'>,
  mode: LaneMode,
  nLanes: number,
  i: number,
  fn: (lane: number) => void,
): void {
  if (mode === 'category') {
    fn(Math.min(index.category[i]!, nLanes - 1));
    return;
  }
  const mask = index.articleMask[i]!;
  const none = nLanes - 1;
  if (mask === 0) {
    fn(none);
    return;
  }
  for (let bit = 0; bit < none; bit++) if (mask & (1 << bit)) fn(bit);
}

export function buildLaneIndex(
  index: Pick<
    EventIndex,
    'n' | 'start' | 'end' | 'datePrecision' | 'isRange' | 'approximate' | 'articleMask' | 'category'
  >,
  mode: LaneMode,
  nLanes: number,
): LaneIndex {
  const n = index.n;
  const kind = new Uint8Array(n);
  const vague = new Uint8Array(n);
  const centre = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = markKindCode(index.datePrecision[i]!, index.isRange[i]!);
    kind[i] = k;
    vague[i] = index.datePrecision[i]! >= 2 || index.approximate[i] ? 1 : 0;
    centre[i] = markCentre(index.start[i]!, index.end[i]!, k);
  }
  const order = sortedBy(centre);
  const rank = new Uint32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;

  const lanes = Math.max(nLanes, 1);
  const isShort = (i: number) => kind[i] === POINT || kind[i] === TICK;
  // The event at hand and whether it is long, for the two callbacks below: made once, not once
  // per event (a million closures cost the page a few hundred ms).
  let i = 0;
  let s = 0;
  const counts = new Uint32Array(lanes * 2);
  const count = (l: number) => counts[l * 2 + s]!++;
  for (i = 0; i < n; i++) {
    s = isShort(i) ? 0 : 1;
    forEachLane(index, mode, lanes, i, count);
  }
  const short = Array.from({ length: lanes }, (_, l) => new Uint32Array(counts[l * 2]!));
  const long = Array.from({ length: lanes }, (_, l) => new Uint32Array(counts[l * 2 + 1]!));
  const fill = new Uint32Array(lanes * 2);
  const put = (l: number) => {
    (s ? long : short)[l]![fill[l * 2 + s]!++] = i;
  };
  // Walking in time order leaves every lane's lists sorted without sorting them again.
  for (let r = 0; r < n; r++) {
    i = order[r]!;
    s = isShort(i) ? 0 : 1;
    forEachLane(index, mode, lanes, i, put);
  }
  const track = long.map((ids) => packTracks(ids, index.start, index.end));
  return { nLanes: lanes, order, rank, centre, kind, vague, short, long, track };
}

/**
 * The next (dir 1) or previous (dir -1) visible event in time after `current`; with no current
 * event, the first (or last) visible one. Returns `current` when there is none further, so that
 * the selection stays put at either end.
 */
export function stepVisible(
  li: Pick<LaneIndex, 'order' | 'rank'>,
  visible: Uint8Array,
  current: number,
  dir: 1 | -1,
): number {
  const n = li.order.length;
  let r = current >= 0 && current < n ? li.rank[current]! + dir : dir > 0 ? 0 : n - 1;
  for (; r >= 0 && r < n; r += dir) {
    const i = li.order[r]!;
    if (visible[i]) return i;
  }
  return current;
}
