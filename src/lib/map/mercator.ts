/**
 * Web Mercator in the unit square the map's custom layers use ([0, 0] top left, [1, 1] bottom
 * right), the same formulas as maplibre's MercatorCoordinate, here as plain functions so that
 * hit testing, clustering and buffer packing can be tested in node and run over typed arrays.
 */

/** maplibre's earth circumference (metres), so that radii match its scale bar. */
const EARTH_CIRCUMFERENCE = 2 * Math.PI * 6371008.8;

/** Tile size in maplibre: one mercator unit is 512 * 2^zoom CSS pixels. */
export const TILE_SIZE = 512;

export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

export function mercatorY(lat: number): number {
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
}

export function lonFromMercatorX(x: number): number {
  return x * 360 - 180;
}

export function latFromMercatorY(y: number): number {
  const y2 = 180 - y * 360;
  return (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
}

/** Mercator units per metre at a latitude (the projection stretches away from the equator). */
export function mercatorPerMetre(lat: number): number {
  return 1 / EARTH_CIRCUMFERENCE / Math.cos((lat * Math.PI) / 180);
}

/** Mercator units per CSS pixel at a zoom. */
export function mercatorPerPixel(zoom: number): number {
  return 1 / (TILE_SIZE * 2 ** zoom);
}
