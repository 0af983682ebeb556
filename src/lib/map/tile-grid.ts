/**
 * The basemap archive's tile grid: which tiles cover a frame at a zoom. The printed brief's map
 * reads those tiles itself (basemap-tiles.ts), the map asks for a first view's tiles before
 * maplibre does (map-controller.ts); kept apart from the tile decoder, which the map does not need.
 */

/** [west, south, east, north] in degrees. */
export type Frame = readonly [number, number, number, number];

/** The archive's deepest zoom (scripts/build-basemap.ts MAX_ZOOM): deeper tiles do not exist. */
export const MAX_TILE_ZOOM = 5;
/** Web Mercator's latitude limit. */
const MAX_LAT = 85.0511;

const tileX = (lon: number, z: number) =>
  Math.min(2 ** z - 1, Math.max(0, Math.floor(((lon + 180) / 360) * 2 ** z)));

function tileY(lat: number, z: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(y * 2 ** z)));
}

/** The tiles at zoom z that cover the frame. */
export function tilesCovering(frame: Frame, z: number): { z: number; x: number; y: number }[] {
  const [w, s, e, n] = frame;
  const out: { z: number; x: number; y: number }[] = [];
  for (let x = tileX(w, z); x <= tileX(e, z); x++) {
    for (let y = tileY(n, z); y <= tileY(s, z); y++) out.push({ z, x, y });
  }
  return out;
}
