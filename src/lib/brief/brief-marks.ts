/**
 * How the printed brief's map draws an event's place, as the main map does (map/Legend.svelte):
 * a mark at its point; around it a dashed ring when the place is a region or a country (it is
 * somewhere in there); and, when the file gave coordinates but no precision, the mark hollow —
 * its category's shape as a band around a see-through hole, the look "precision not stated".
 */
import { COUNTRY, REGION, UNSTATED } from '../map/precision-radius';
import { HOLE_SCALE } from '../map/shaders';
import { shapePath, type Shape } from '../ui/palette';

export type BriefLook = 'point' | 'area' | 'unstated';

/** The look of a location precision (an index into LOCATION_PRECISIONS). */
export function briefLook(precision: number): BriefLook {
  if (precision === UNSTATED) return 'unstated';
  return precision === REGION || precision === COUNTRY ? 'area' : 'point';
}

/**
 * A hollow mark's path, to draw with `fill-rule="evenodd"`: the shape, and inside it its hole at
 * the main map's proportion (shaders.ts), so that the fill is a band outlined on both edges.
 */
export function hollowPath(shape: Shape, r: number): string {
  return `${shapePath(shape, r)}${shapePath(shape, r * HOLE_SCALE)}`;
}
