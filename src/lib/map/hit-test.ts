/**
 * Hover and click on the WebGL marks: a KD-tree over the instances' mercator coordinates, built
 * once per dataset, queried within a radius in pixels converted to mercator units at the current
 * zoom. Invisible events are skipped, so the tree never needs rebuilding on a brush step.
 */
import KDBush from 'kdbush';
import type { EventBuffers } from './event-buffers';
import { mercatorPerPixel } from './mercator';

export function buildHitIndex(b: EventBuffers): KDBush {
  const kd = new KDBush(Math.max(b.m, 1));
  for (let j = 0; j < b.m; j++) kd.add(b.mx[j]!, b.my[j]!);
  if (b.m === 0) kd.add(-1, -1);
  return kd.finish();
}

/**
 * The event under a point (mercator x, y) within `radiusPx` at `zoom`, or -1. Prefers an event in
 * `prefer` (the selected, then the hovered one) when it is within reach, so the highlighted mark
 * does not flicker to a neighbour; otherwise the nearest, and among coincident ones the one drawn
 * last (on top).
 */
export function pick(
  kd: KDBush,
  b: EventBuffers,
  x: number,
  y: number,
  radiusPx: number,
  zoom: number,
  visible: Uint8Array,
  prefer: readonly number[] = [],
): number {
  if (b.m === 0) return -1;
  const r = radiusPx * mercatorPerPixel(zoom);
  const found = kd.range(x - r, y - r, x + r, y + r);
  let best = -1;
  let bestD = Infinity;
  let bestPref = Infinity;
  for (const j of found) {
    const i = b.rows[j]!;
    if (!visible[i]) continue;
    const dx = b.mx[j]! - x;
    const dy = b.my[j]! - y;
    const d2 = dx * dx + dy * dy;
    if (d2 > r * r) continue;
    const pref = prefer.indexOf(i);
    const rank = pref < 0 ? Infinity : pref;
    if (
      rank < bestPref ||
      (rank === bestPref && (d2 < bestD || (d2 === bestD && j > (best < 0 ? -1 : b.rowOf[best]!))))
    ) {
      best = i;
      bestD = d2;
      bestPref = rank;
    }
  }
  return best;
}

/** All visible events within `radiusPx` of a point, nearest first (for a list of coincident marks). */
export function pickAll(
  kd: KDBush,
  b: EventBuffers,
  x: number,
  y: number,
  radiusPx: number,
  zoom: number,
  visible: Uint8Array,
): number[] {
  if (b.m === 0) return [];
  const r = radiusPx * mercatorPerPixel(zoom);
  const hits: [number, number][] = [];
  for (const j of kd.range(x - r, y - r, x + r, y + r)) {
    const i = b.rows[j]!;
    if (!visible[i]) continue;
    const d2 = (b.mx[j]! - x) ** 2 + (b.my[j]! - y) ** 2;
    if (d2 <= r * r) hits.push([d2, i]);
  }
  return hits.sort((a, c) => a[0] - c[0] || a[1] - c[1]).map((h) => h[1]);
}
