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

/** One movement in mercator units, built once per dataset. */
export interface ArrowPath {
  /** Event index. */
  i: number;
  xs: Float64Array;
  ys: Float64Array;
  color: string;
  /** An endpoint is known only to its country: the route is not a claim about places. */
  dashed: boolean;
  /** Colour and dash as one number (category × 2 + dashed): arrows of one look are alike. */
  look: number;
  /** Clockwise degrees from north, the direction of travel at the destination. */
  rotate: number;
}

/**
 * Points along the curve from `from` to `to` ([lon, lat]), in mercator units (where the overlay
 * draws), and the direction of travel at the end (clockwise degrees from north).
 */
export function arcPath(
  from: [number, number],
  to: [number, number],
  segments = 32,
): { xs: Float64Array; ys: Float64Array; endBearing: number } {
  const x0 = mercatorX(from[0]);
  const y0 = mercatorY(from[1]);
  const x2 = mercatorX(to[0]);
  const y2 = mercatorY(to[1]);
  // Left of travel in screen space (y down) is (dy, -dx).
  const cx = (x0 + x2) / 2 + (y2 - y0) * BOW;
  const cy = (y0 + y2) / 2 - (x2 - x0) * BOW;
  const xs = new Float64Array(segments + 1);
  const ys = new Float64Array(segments + 1);
  for (let k = 0; k <= segments; k++) {
    const t = k / segments;
    const u = 1 - t;
    xs[k] = u * u * x0 + 2 * u * t * cx + t * t * x2;
    ys[k] = u * u * y0 + 2 * u * t * cy + t * t * y2;
  }
  // Tangent at t = 1 is 2 (P2 - C); north is -y.
  const endBearing = (Math.atan2(x2 - cx, -(y2 - cy)) * 180) / Math.PI;
  return { xs, ys, endBearing };
}

/** Every movement of the dataset as a curve with an arrowhead, built once from the columns. */
export function buildMovements(index: EventIndex): ArrowPath[] {
  const out: ArrowPath[] = [];
  const m = index.movement;
  for (let i = 0; i < index.n; i++) {
    if (!index.hasMovement[i]) continue;
    const { xs, ys, endBearing } = arcPath(
      [m[4 * i]!, m[4 * i + 1]!],
      [m[4 * i + 2]!, m[4 * i + 3]!],
    );
    const dashed = index.movementCoarse[i] === 1;
    out.push({
      i,
      xs,
      ys,
      color: categoryColor(index.category[i]!),
      dashed,
      look: 2 * index.category[i]! + (dashed ? 1 : 0),
      rotate: endBearing,
    });
  }
  return out;
}
