/**
 * Which event is under the pointer. Points and ticks are found by binary search in the lane's
 * list sorted by instant; bars and bands (few) by a scan of typed arrays. No objects are made,
 * so a pointer move at 100,000 events costs microseconds.
 */
import type { LaneIndex } from './lanes';
import { BAR_H, markY, MIN_BAR_PX, SPAN, SPAN_H, trackY } from './marks';

export interface HitFrame {
  /** Window start (ms) and pixels per ms. */
  w0: number;
  pxPerMs: number;
  laneHeight: number;
  /** Radius of a point mark in px. */
  r: number;
}

/** First position in `ids` whose centre is >= t. */
function lowerBound(ids: Uint32Array, centre: Float64Array, t: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (centre[ids[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The event drawn nearest to (px, py) in `lane` (py from the lane's top), or -1. A point or tick
 * within `tol` px of its outline wins over a bar or band; among bars and bands the narrowest wins,
 * so a day inside "2014" stays reachable.
 */
export function hitTest(
  li: LaneIndex,
  start: Float64Array,
  end: Float64Array,
  visible: Uint8Array,
  lane: number,
  px: number,
  py: number,
  f: HitFrame,
  tol = 3,
): number {
  if (lane < 0 || lane >= li.nLanes) return -1;
  const reach = f.r + tol;
  const short = li.short[lane]!;
  const t0 = f.w0 + (px - reach) / f.pxPerMs;
  const t1 = f.w0 + (px + reach) / f.pxPerMs;
  let best = -1;
  let bestD = reach * reach;
  for (let j = lowerBound(short, li.centre, t0); j < short.length; j++) {
    const i = short[j]!;
    const c = li.centre[i]!;
    if (c > t1) break;
    if (!visible[i]) continue;
    const dx = (c - f.w0) * f.pxPerMs - px;
    const dy = markY(i, f.laneHeight, f.r) - py;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best >= 0) return best;
  const long = li.long[lane]!;
  let bestW = Infinity;
  for (let j = 0; j < long.length; j++) {
    const i = long[j]!;
    if (!visible[i]) continue;
    const x0 = (start[i]! - f.w0) * f.pxPerMs;
    const x1 = Math.max((end[i]! - f.w0) * f.pxPerMs, x0 + MIN_BAR_PX);
    if (px < x0 - tol || px > x1 + tol) continue;
    const h = li.kind[i] === SPAN ? SPAN_H : BAR_H;
    if (Math.abs(trackY(li.track[lane]![j]!, f.laneHeight) - py) > h / 2 + tol) continue;
    if (x1 - x0 < bestW) {
      bestW = x1 - x0;
      best = i;
    }
  }
  return best;
}
