/**
 * Cuts GeoJSON layers into Mapbox Vector Tiles, zoom by zoom, at build time, so that the browser
 * decodes only the tiles in view instead of tiling whole-world GeoJSON while the events load.
 * geojson-vt (maplibre's own tiler, which the map would otherwise run in its worker) slices and
 * simplifies; vt-pbf encodes. Each layer comes from one source per zoom range, so the same layer
 * name carries Natural Earth's 1:110m at a world zoom and 1:10m close in.
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { TileInput } from './pmtiles-writer';

/** One source of one layer, drawn in the tiles from minzoom to maxzoom (inclusive). */
export interface LayerPlan {
  layer: string;
  minzoom: number;
  maxzoom: number;
  data: FeatureCollection;
}

/** Tile extent and buffer, in tile units: maplibre's defaults for GeoJSON sources. */
const EXTENT = 4096;
const BUFFER = 64;
/** Simplification in tile pixels at each zoom (geojson-vt's default: 3 of 4096). */
const TOLERANCE = 3;

/** The plans whose zoom range holds z. */
export function plansAt(plans: readonly LayerPlan[], z: number): LayerPlan[] {
  return plans.filter((p) => p.minzoom <= z && z <= p.maxzoom);
}

/**
 * Every non-empty tile from minZoom to maxZoom, each with the layers its zoom draws, encoded and
 * gzipped. `onZoom` hears the count of tiles and bytes per zoom.
 */
export function cutTiles(
  plans: readonly LayerPlan[],
  minZoom: number,
  maxZoom: number,
  onZoom?: (z: number, tiles: number, bytes: number) => void,
): TileInput[] {
  const index = new Map<LayerPlan, GeoJSONVT>();
  for (const plan of plans) {
    index.set(
      plan,
      new GeoJSONVT(plan.data, {
        maxZoom: plan.maxzoom,
        indexMaxZoom: plan.maxzoom,
        indexMaxPoints: 0,
        tolerance: TOLERANCE,
        extent: EXTENT,
        buffer: BUFFER,
      }),
    );
  }
  const out: TileInput[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const here = plansAt(plans, z);
    let [count, bytes] = [0, 0];
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const layers: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const plan of here) {
          const tile = index.get(plan)!.getTile(z, x, y);
          if (!tile || tile.features.length === 0) continue;
          const prior = layers[plan.layer];
          layers[plan.layer] = prior ? { features: [...prior.features, ...tile.features] } : tile;
        }
        if (Object.keys(layers).length === 0) continue;
        const data = gzipSync(fromGeojsonVt(layers, { version: 2, extent: EXTENT }), {
          level: 9,
        });
        out.push({ z, x, y, data });
        count++;
        bytes += data.length;
      }
    }
    onZoom?.(z, count, bytes);
  }
  return out;
}
