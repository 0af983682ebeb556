/**
 * The first-level regions of every country as polygons (data/basemap/regions.topo.json, built by
 * scripts/build-regions.ts from Natural Earth admin-1), and the region a point lies in.
 *
 * A point is placed with a bounding-box index (`flatbush`) and an even-odd ray test on the
 * candidates' rings, in longitude and latitude as the source draws them: the source's polygons
 * are cut at the antimeridian (Fiji, Chukotka), so no ring wraps round it.
 */
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A region or a country that events are counted in. */
export interface Area {
  /** Natural Earth's adm1_code for a region ("KAZ-1242"), the ISO alpha-2 code for a country. */
  code: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  iso: string;
  /** name_en, name_ru, ... where the source has them. */
  names: Readonly<Record<string, string>>;
}

/** The properties each shape carries, for the map's fills (code: the feature-state key). */
export interface AreaProperties {
  code: string;
  [name: `name_${string}`]: string;
}

export interface RegionSet {
  regions: readonly Area[];
  /** Region index by code. */
  byCode: ReadonlyMap<string, number>;
  /** The regions' shapes, for the map (properties: code and names). */
  regionShapes: FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  /** Each country's regions merged, for a world view (property code = ISO alpha-2). */
  countryShapes: FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  /** The region index a point lies in, -1 for none (the sea, land no region covers). */
  locate(lon: number, lat: number): number;
}

type Shape = Feature<Polygon | MultiPolygon, Record<string, string>>;

/** Even-odd test of a point against all the rings of one polygon (outer ring and holes). */
function inPolygon(x: number, y: number, rings: readonly Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function shapes(topo: Topology, name: string): Shape[] {
  const object = topo.objects[name] as GeometryCollection | undefined;
  if (!object) return [];
  const fc = feature(topo, object) as FeatureCollection;
  return fc.features.filter(
    (f): f is Shape => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
}

function names(p: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(p).filter(([k]) => k.startsWith('name_')));
}

/** The regions of a topology as built by scripts/build-regions.ts. */
export function decodeRegions(topo: Topology): RegionSet {
  const regionFeatures = shapes(topo, 'regions');
  const regions: Area[] = regionFeatures.map((f) => ({
    code: String(f.id),
    iso: f.properties.iso ?? '',
    names: names(f.properties),
  }));
  const parts: { region: number; rings: Position[][]; area: number }[] = [];
  const boxes: [number, number, number, number][] = [];
  regionFeatures.forEach((f, region) => {
    for (const rings of polygonsOf(f.geometry)) {
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of rings[0] ?? []) {
        [w, e] = [Math.min(w, x!), Math.max(e, x!)];
        [s, n] = [Math.min(s, y!), Math.max(n, y!)];
      }
      parts.push({ region, rings, area: (e - w) * (n - s) });
      boxes.push([w, s, e, n]);
    }
  });
  const index = new Flatbush(Math.max(1, parts.length));
  for (const box of boxes) index.add(...box);
  if (!parts.length) index.add(0, 0, 0, 0);
  index.finish();

  const regionShapes = regionFeatures.map((f, k) => ({
    type: 'Feature' as const,
    properties: { code: regions[k]!.code, ...regions[k]!.names } as AreaProperties,
    geometry: f.geometry,
  }));
  const countryShapes = shapes(topo, 'countries').map((f) => ({
    type: 'Feature' as const,
    properties: { code: String(f.id) } as AreaProperties,
    geometry: f.geometry,
  }));
  return {
    regions,
    byCode: new Map(regions.map((r, k) => [r.code, k])),
    regionShapes: { type: 'FeatureCollection', features: regionShapes },
    countryShapes: { type: 'FeatureCollection', features: countryShapes },
    locate(lon, lat) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return -1;
      // Where two overlap (an enclave the source does not cut out of its surroundings, such
      // as the Vatican in Lazio), the smaller one holds the point.
      let best = -1;
      let bestArea = Infinity;
      for (const k of index.search(lon, lat, lon, lat)) {
        const part = parts[k]!;
        if (part.area < bestArea && inPolygon(lon, lat, part.rings)) {
          best = part.region;
          bestArea = part.area;
        }
      }
      return best;
    },
  };
}
