/**
 * How location precision is drawn. A place known only to its city, region or country is coded to
 * a point inside it; drawing it as a pin would claim a street. So the map draws the area the event
 * could be in, as a disc of a radius in metres (it grows with zoom like the land does): a city is
 * about 12 km across its built-up area, a Kazakh region (oblast) hundreds of km. A country's disc
 * is a sign, not its outline: it says "somewhere in this country", drawn around the point the
 * file or the gazetteer gives. A place whose precision the file does not state is drawn where its
 * coordinates say, with a mark of its own (see UNSTATED in event-buffers.ts), never hidden.
 */
import { LOCATION_PRECISIONS } from '../filter/event-index';

/** Index into LOCATION_PRECISIONS, as stored in EventIndex.locationPrecision. */
export const EXACT = LOCATION_PRECISIONS.indexOf('exact');
export const CITY = LOCATION_PRECISIONS.indexOf('city');
export const REGION = LOCATION_PRECISIONS.indexOf('region');
export const COUNTRY = LOCATION_PRECISIONS.indexOf('country');
/** "unknown" in the data: the file gave coordinates but did not say how precise they are. */
export const UNSTATED = LOCATION_PRECISIONS.indexOf('unknown');

/** Radius of the "somewhere in here" disc, in metres, per location precision index. */
const PRECISION_RADIUS_M: Readonly<Record<number, number>> = {
  [EXACT]: 0,
  [CITY]: 12_000,
  [REGION]: 150_000,
  // Countries differ a thousandfold in area; one radius larger than a region's says "coarser
  // than a region" without drawing a shape that would pass for a border.
  [COUNTRY]: 400_000,
  // Unstated: no disc, since no extent is known; the mark itself is drawn hollow.
  [UNSTATED]: 0,
};

/** The disc radius in metres for a location precision index (0 for an exact place). */
export function precisionRadius(precision: number): number {
  return PRECISION_RADIUS_M[precision] ?? 0;
}

/**
 * Whether an event is drawn at its coordinates: whenever it has them (withheld places have NaN).
 * Every precision is drawn, 'country' and 'unknown' included: coordinates in the file are never
 * hidden. A country-level event with a point (given by the file, or by the gazetteer for a place
 * named by its country) is drawn there with the country disc; one without (a nationwide event)
 * has NaN here and stays in the box of unlocated events.
 */
export function isMapped(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat);
}
