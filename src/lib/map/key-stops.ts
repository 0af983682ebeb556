/**
 * The map by keyboard: the visible marks inside the map's view as stops a person can step
 * through, west to east (north to south where they share a longitude), marks at the same
 * coordinates one stop (a stack, opened as a list), its events in date order.
 */
import type { Bounds } from '../model/view';
import type { EventBuffers } from './event-buffers';
import { lonFromMercatorX, latFromMercatorY } from './mercator';

export interface KeyStop {
  lon: number;
  lat: number;
  /** Event indices at this point, earliest first. */
  events: number[];
}

export function keyStops(
  b: EventBuffers,
  visible: Uint8Array,
  start: Float64Array,
  bounds: Bounds | null,
): KeyStop[] {
  const byPoint = new Map<string, { mx: number; my: number; events: number[] }>();
  for (let j = 0; j < b.m; j++) {
    const i = b.rows[j]!;
    if (!visible[i]) continue;
    const mx = b.mx[j]!;
    const my = b.my[j]!;
    const key = `${mx},${my}`;
    const at = byPoint.get(key);
    if (at) at.events.push(i);
    else byPoint.set(key, { mx, my, events: [i] });
  }
  const out: (KeyStop & { mx: number; my: number })[] = [];
  for (const s of byPoint.values()) {
    const lon = lonFromMercatorX(s.mx);
    const lat = latFromMercatorY(s.my);
    if (bounds && (lon < bounds[0] || lon > bounds[2] || lat < bounds[1] || lat > bounds[3]))
      continue;
    s.events.sort((x, y) => start[x]! - start[y]! || x - y);
    out.push({ lon, lat, events: s.events, mx: s.mx, my: s.my });
  }
  out.sort((p, q) => p.mx - q.mx || p.my - q.my);
  return out.map(({ lon, lat, events }) => ({ lon, lat, events }));
}
