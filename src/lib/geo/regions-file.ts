/**
 * Fetches the region polygons from the app's own origin (a Vite asset; inlined as a data: URL in
 * the single-file offline copy). Imported dynamically, only when the map's counts by region are
 * switched on or a link filters by region: the first view loads neither the file nor this code.
 */
import url from '../../../data/basemap/regions.topo.json?url';
import type { Topology } from 'topojson-specification';
import { decodeRegions, type RegionSet } from './regions';

export async function loadRegions(): Promise<RegionSet> {
  const href = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
  const response = await fetch(href);
  if (!response.ok) throw new Error(`regions: ${response.status}`);
  return decodeRegions((await response.json()) as Topology);
}
