/**
 * Times the counts by region at 100,000 synthetic events (bench/generate.ts), in Node: decoding
 * the region polygons, placing every event in a region (once per dataset), and one count of a
 * visible set (what a brush step costs in counts mode). Printed, not asserted: the figures are in
 * the README.
 *
 *   npx tsx scripts/bench-regions.ts [events]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Topology } from 'topojson-specification';
import { synthDescription, synthEvents } from '../bench/generate';
import { buildAreaIndex, countAreas } from '../src/lib/filter/areas';
import { buildEventIndex } from '../src/lib/filter/event-index';
import { exceptArea, facetMasks, NO_FILTERS } from '../src/lib/filter/visible';
import { decodeRegions } from '../src/lib/geo/regions';

const n = Number(process.argv[2] ?? 100_000);

/** The median of `runs` timings of `f`, in milliseconds, and its last result. */
function time<T>(runs: number, f: () => T): [number, T] {
  const ms: number[] = [];
  let out: T | undefined;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    out = f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return [ms[Math.floor(runs / 2)]!, out!];
}

const text = readFileSync(new URL('../data/basemap/regions.topo.json', import.meta.url), 'utf8');
const [decodeMs, regions] = time(3, () => decodeRegions(JSON.parse(text) as Topology));
const description = synthDescription(n);
const index = buildEventIndex(synthEvents(n), description);
const [assignMs, areas] = time(3, () => buildAreaIndex(index, regions));
const masks = facetMasks(index, NO_FILTERS, { ...description, areas });
const [countMs, counts] = time(11, () => countAreas(areas, exceptArea(index, masks, null)));
const placed = areas.regionOf.reduce((k, r) => k + (r >= 0 ? 1 : 0), 0);
console.log(
  JSON.stringify({
    events: n,
    regions: regions.regions.length,
    decodeMs: Math.round(decodeMs),
    assignMs: Math.round(assignMs),
    placedInRegion: placed,
    regionsWithEvents: counts.regions.size,
    countMs: +countMs.toFixed(1),
  }),
);
