/**
 * The basemap's features inside a frame, read from the same vector tiles the map draws, for maps
 * drawn without maplibre (the printed brief's SVG map): the tiles that cover the frame at a zoom
 * that suits its size, decoded to GeoJSON in degrees.
 */
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature } from 'geojson';
import { PbfReader } from 'pbf';
import { basemapArchive } from './basemap-archive';
import { MAX_TILE_ZOOM, tilesCovering, type Frame } from './tile-grid';

/**
 * The tile zoom whose 512-pixel tiles draw a frame `width` pixels wide at about their own
 * resolution (as the map would), within the archive's zooms.
 */
export function tileZoomFor(frame: Frame, width: number): number {
  const span = Math.max(frame[2] - frame[0], 1e-6);
  const z = Math.floor(Math.log2((width / 512) * (360 / span)));
  return Math.max(0, Math.min(MAX_TILE_ZOOM, z));
}

/** The features of the given layers in the tiles covering the frame at zoom z, by layer. */
export async function basemapFeatures(
  frame: Frame,
  z: number,
  layers: readonly string[],
): Promise<Record<string, Feature[]>> {
  const archive = basemapArchive();
  const out: Record<string, Feature[]> = Object.fromEntries(layers.map((l) => [l, []]));
  const tiles = await Promise.all(
    tilesCovering(frame, z).map(async (t) => ({ t, r: await archive.getZxy(t.z, t.x, t.y) })),
  );
  for (const { t, r } of tiles) {
    if (!r) continue;
    const tile = new VectorTile(new PbfReader(new Uint8Array(r.data)));
    for (const name of layers) {
      const layer = tile.layers[name];
      if (!layer) continue;
      for (let i = 0; i < layer.length; i++) {
        out[name]!.push(layer.feature(i).toGeoJSON(t.x, t.y, t.z) as Feature);
      }
    }
  }
  return out;
}
