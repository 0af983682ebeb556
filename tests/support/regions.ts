/** The committed region polygons (data/basemap/regions.topo.json), decoded once for unit tests. */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { decodeRegions, type RegionSet } from '../../src/lib/geo/regions';

let set: RegionSet | null = null;

export function worldRegions(): RegionSet {
  set ??= decodeRegions(
    JSON.parse(
      readFileSync(new URL('../../data/basemap/regions.topo.json', import.meta.url), 'utf8'),
    ) as Topology,
  );
  return set;
}
