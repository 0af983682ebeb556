import { VectorTile } from '@mapbox/vector-tile';
import { gunzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { cutTiles, plansAt, type LayerPlan } from './vector-tiles';

const square = (w: number, s: number, e: number, n: number, tag: string): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { tag },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    },
  ],
});
const point = (lon: number, lat: number, name: string): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [lon, lat] } },
  ],
});

const PLANS: LayerPlan[] = [
  { layer: 'land', minzoom: 0, maxzoom: 0, data: square(-60, -30, 60, 30, 'coarse') },
  { layer: 'land', minzoom: 1, maxzoom: 2, data: square(10, 10, 20, 20, 'fine') },
  { layer: 'cities', minzoom: 2, maxzoom: 2, data: point(15, 15, 'Somewhere') },
];

function decode(data: Uint8Array) {
  const tile = new VectorTile(new PbfReader(gunzipSync(data)));
  return Object.fromEntries(
    Object.entries(tile.layers).map(([name, layer]) => [
      name,
      Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties),
    ]),
  );
}

describe('cutTiles', () => {
  it('picks each layer’s source by zoom', () => {
    expect(plansAt(PLANS, 0).map((p) => p.data.features[0]!.properties!.tag)).toEqual(['coarse']);
    expect(plansAt(PLANS, 2).map((p) => p.layer)).toEqual(['land', 'cities']);
  });

  it('writes only tiles with features, each with the layers of its zoom', () => {
    const zooms: number[] = [];
    const tiles = cutTiles(PLANS, 0, 2, (z) => zooms.push(z));
    expect(zooms).toEqual([0, 1, 2]);
    const at = (z: number) => tiles.filter((t) => t.z === z);
    expect(at(0)).toHaveLength(1);
    expect(decode(at(0)[0]!.data)).toEqual({ land: [{ tag: 'coarse' }] });
    // 10..20°E, 10..20°N lies in one tile at zoom 1 (the north-east quarter) and at zoom 2.
    expect(at(1).map((t) => [t.x, t.y])).toEqual([[1, 0]]);
    expect(at(2).map((t) => [t.x, t.y])).toEqual([[2, 1]]);
    expect(decode(at(2)[0]!.data)).toEqual({
      land: [{ tag: 'fine' }],
      cities: [{ name: 'Somewhere' }],
    });
  });
});
