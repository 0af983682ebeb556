/**
 * The map's view, said once for every layer: the state, the link, a narrative step and the map
 * itself all speak of a view in these types. Degrees, longitude first, as in GeoJSON.
 */

/** A rectangle [west, south, east, north]. */
export type Bounds = [number, number, number, number];

/** Where the map looks: its centre [lon, lat] and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** A view the map is asked to show: a camera (a link), or a rectangle to fit (a narrative step). */
export type MapTarget = Camera | { bounds: Bounds };

/** What the map reports after it moved: its camera and the rectangle on screen. */
export interface MapReport extends Camera {
  bounds: Bounds;
}

/** What the map draws: the events as marks, or the visible events counted by region (areas). */
export type MapMode = 'marks' | 'counts';
