/**
 * How location precision is drawn. A place known only to its city or region is coded to that
 * city's or region's centre; drawing it as a pin would claim a street. So the map draws the area
 * the event could be in, as a disc of a radius in metres (it grows with zoom like the land does):
 * a city is about 12 km across its built-up area, a Kazakh region (oblast) hundreds of km.
 * Country-level and unknown places are not drawn on the map at all, but listed beside it.
 */
import { LOCATION_PRECISIONS } from '../filter/event-index';

/** Index into LOCATION_PRECISIONS, as stored in EventIndex.locationPrecision. */
export const EXACT = LOCATION_PRECISIONS.indexOf('exact');
export const CITY = LOCATION_PRECISIONS.indexOf('city');
export const REGION = LOCATION_PRECISIONS.indexOf('region');

/** Radius of the "somewhere in here" disc, in metres, per location precision index. */
const PRECISION_RADIUS_M: Readonly<Record<number, number>> = {
  [EXACT]: 0,
  [CITY]: 12_000,
  [REGION]: 150_000,
};

/** The disc radius in metres for a location precision index (0 for an exact place). */
export function precisionRadius(precision: number): number {
  return PRECISION_RADIUS_M[precision] ?? 0;
}

/**
 * Whether an event is drawn at its coordinates: it has them (withheld places have NaN), and they
 * mean a place no larger than a region.
 */
export function isMapped(lon: number, lat: number, precision: number): boolean {
  return (
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    (precision === EXACT || precision === CITY || precision === REGION)
  );
}
