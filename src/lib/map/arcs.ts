/**
 * Extraditions and deportations as arrows from origin to destination. The path is a quadratic
 * curve in mercator space bowing to the left of travel, so that A→B and B→A stay apart and an
 * arrow is never mistaken for a border; it ends in an arrowhead at the destination. Geometry is
 * built once per dataset, in mercator units; a visible-set change only filters the list.
 */
import type { EventIndex } from '../filter/event-index';
import { categoryColor } from '../ui/palette';
import { mercatorX, mercatorY } from './mercator';

/** Sideways bow of the curve as a share of the chord. */
const BOW = 0.18;

/**
 * A movement's curve in mercator units: from (x0, y0) to (x2, y2), bowed by the control point
 * (cx, cy). Its points are worked out when it is drawn (`curveAt`), not stored: a million synthetic
 * events hold a quarter of a million movements, and two arrays of points each were a second of
 * the page's load.
 */
export interface Curve {
  x0: number;
  y0: number;
  cx: number;
  cy: number;
  x2: number;
  y2: number;
}

/** One movement in mercator units, built once per dataset. */
export interface ArrowPath extends Curve {
  /** Event index. */
  i: number;
  color: string;
  /** An endpoint is known only to its country: the route is not a claim about places. */
  dashed: boolean;
  /** Colour and dash as one number (category × 2 + dashed): arrows of one look are alike. */
  look: number;
  /** Clockwise degrees from north, the direction of travel at the destination. */
  rotate: number;
}

/** The points a curve is drawn through: `SEGMENTS` + 1, from t = 0 to 1. */
export const SEGMENTS = 32;

/**
 * The curve from `from` to `to` ([lon, lat]), in mercator units (where the overlay draws), and
 * the direction of travel at the end (clockwise degrees from north).
 */
export function arcCurve(
  from: readonly [number, number],
  to: readonly [number, number],
): Curve & { endBearing: number } {
  const x0 = mercatorX(from[0]);
  const y0 = mercatorY(from[1]);
  const x2 = mercatorX(to[0]);
  const y2 = mercatorY(to[1]);
  // Left of travel in screen space (y down) is (dy, -dx).
  const cx = (x0 + x2) / 2 + (y2 - y0) * BOW;
  const cy = (y0 + y2) / 2 - (x2 - x0) * BOW;
  // Tangent at t = 1 is 2 (P2 - C); north is -y.
  const endBearing = (Math.atan2(x2 - cx, -(y2 - cy)) * 180) / Math.PI;
  return { x0, y0, cx, cy, x2, y2, endBearing };
}

/** The point of curve `c` at `t` (0 its start, 1 its end), in mercator units. */
export function curveAt(c: Curve, t: number): [number, number] {
  const u = 1 - t;
  return [
    u * u * c.x0 + 2 * u * t * c.cx + t * t * c.x2,
    u * u * c.y0 + 2 * u * t * c.cy + t * t * c.y2,
  ];
}

/** Every movement of the dataset as a curve with an arrowhead, built once from the columns. */
export function buildMovements(index: EventIndex): ArrowPath[] {
  const out: ArrowPath[] = [];
  const m = index.movement;
  for (let i = 0; i < index.n; i++) {
    if (!index.hasMovement[i]) continue;
    const c = arcCurve([m[4 * i]!, m[4 * i + 1]!], [m[4 * i + 2]!, m[4 * i + 3]!]);
    const dashed = index.movementCoarse[i] === 1;
    out.push({
      i,
      x0: c.x0,
      y0: c.y0,
      cx: c.cx,
      cy: c.cy,
      x2: c.x2,
      y2: c.y2,
      color: categoryColor(index.category[i]!),
      dashed,
      look: 2 * index.category[i]! + (dashed ? 1 : 0),
      rotate: c.endBearing,
    });
  }
  return out;
}
