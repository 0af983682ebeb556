/**
 * Extraditions and deportations as arrows from origin to destination. The path is a quadratic
 * curve in mercator space bowing to the left of travel, so that A→B and B→A stay apart and an
 * arrow is never mistaken for a border; it ends in an arrowhead at the destination. Geometry is
 * built once per dataset; a visible-set change only filters the features.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { EventIndex } from '../filter/event-index';
import type { Endpoint } from '../model/schema';
import { CATEGORY_COLORS, categoryColor } from '../ui/palette';
import { latFromMercatorY, lonFromMercatorX, mercatorX, mercatorY } from './mercator';

/** Sideways bow of the curve as a share of the chord. */
const BOW = 0.18;

export interface ArcProperties {
  /** Event index. */
  i: number;
  color: string;
  /** Index into CATEGORY_COLORS, naming the arrowhead image of that colour. */
  colorIndex: number;
  /** An endpoint is known only to its country: the route is not a claim about places. */
  dashed: boolean;
}

export interface HeadProperties extends ArcProperties {
  /** Clockwise degrees from north, the direction of travel at the destination. */
  rotate: number;
}

export interface MovementFeatures {
  lines: Feature<LineString, ArcProperties>[];
  heads: Feature<Point, HeadProperties>[];
}

/**
 * Points [lon, lat] along the curve from `from` to `to`, and the direction of travel at the end
 * (clockwise degrees from north).
 */
export function arcPath(
  from: [number, number],
  to: [number, number],
  segments = 32,
): { coordinates: [number, number][]; endBearing: number } {
  const x0 = mercatorX(from[0]);
  const y0 = mercatorY(from[1]);
  const x2 = mercatorX(to[0]);
  const y2 = mercatorY(to[1]);
  // Left of travel in screen space (y down) is (dy, -dx).
  const cx = (x0 + x2) / 2 + (y2 - y0) * BOW;
  const cy = (y0 + y2) / 2 - (x2 - x0) * BOW;
  const coordinates: [number, number][] = [];
  for (let k = 0; k <= segments; k++) {
    const t = k / segments;
    const u = 1 - t;
    const x = u * u * x0 + 2 * u * t * cx + t * t * x2;
    const y = u * u * y0 + 2 * u * t * cy + t * t * y2;
    coordinates.push([lonFromMercatorX(x), latFromMercatorY(y)]);
  }
  // Tangent at t = 1 is 2 (P2 - C); north is -y.
  const endBearing = (Math.atan2(x2 - cx, -(y2 - cy)) * 180) / Math.PI;
  return { coordinates, endBearing };
}

function coarse(e: Endpoint): boolean {
  return e.precision === 'country' || e.precision === 'unknown';
}

/** Every movement of the dataset as a curved line and an arrowhead, built once. */
export function buildMovements(index: EventIndex): MovementFeatures {
  const lines: MovementFeatures['lines'] = [];
  const heads: MovementFeatures['heads'] = [];
  for (let i = 0; i < index.n; i++) {
    if (!index.hasMovement[i]) continue;
    const place = index.events[i]!.properties.place;
    const o = place.origin!;
    const d = place.destination!;
    const { coordinates, endBearing } = arcPath(o.coordinates!, d.coordinates!);
    const props: ArcProperties = {
      i,
      color: categoryColor(index.category[i]!),
      colorIndex: index.category[i]! % CATEGORY_COLORS.length,
      dashed: coarse(o) || coarse(d),
    };
    lines.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'LineString', coordinates },
      properties: props,
    });
    heads.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: d.coordinates! },
      properties: { ...props, rotate: endBearing },
    });
  }
  return { lines, heads };
}

/** The movements whose event is visible, as two collections for the map's sources. */
export function visibleMovements(
  all: MovementFeatures,
  visible: Uint8Array,
): {
  lines: FeatureCollection<LineString, ArcProperties>;
  heads: FeatureCollection<Point, HeadProperties>;
} {
  return {
    lines: {
      type: 'FeatureCollection',
      features: all.lines.filter((f) => visible[f.properties.i]),
    },
    heads: {
      type: 'FeatureCollection',
      features: all.heads.filter((f) => visible[f.properties.i]),
    },
  };
}
