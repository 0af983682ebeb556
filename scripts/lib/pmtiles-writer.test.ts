import { gzipSync } from 'node:zlib';
import { TileType, type PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { memoryArchive } from '../../tests/support/memory-archive';
import { writePmtiles, type ArchiveOptions } from './pmtiles-writer';

const reader = memoryArchive;

const OPTIONS: ArchiveOptions = {
  minZoom: 0,
  maxZoom: 6,
  bounds: [-180, -85, 180, 85],
  center: [10, 20, 2],
  metadata: { name: 'test', vector_layers: [{ id: 'land' }] },
};
const tile = (text: string) => gzipSync(Buffer.from(text));
const text = async (p: PMTiles, z: number, x: number, y: number) => {
  const r = await p.getZxy(z, x, y);
  return r ? Buffer.from(r.data).toString() : null;
};

describe('writePmtiles', () => {
  it('writes an archive the pmtiles library reads: header, metadata and every tile', async () => {
    const p = reader(
      writePmtiles(
        [
          { z: 1, x: 1, y: 0, data: tile('b') },
          { z: 0, x: 0, y: 0, data: tile('a') },
          { z: 1, x: 0, y: 1, data: tile('c') },
        ],
        OPTIONS,
      ),
    );
    const h = await p.getHeader();
    expect(h.specVersion).toBe(3);
    expect([h.minZoom, h.maxZoom]).toEqual([0, 6]);
    expect(h.tileType).toBe(TileType.Mvt);
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual([-180, -85, 180, 85]);
    expect([h.centerLon, h.centerLat, h.centerZoom]).toEqual([10, 20, 2]);
    expect(h.numAddressedTiles).toBe(3);
    expect(await p.getMetadata()).toEqual(OPTIONS.metadata);
    expect(await text(p, 0, 0, 0)).toBe('a');
    expect(await text(p, 1, 1, 0)).toBe('b');
    expect(await text(p, 1, 0, 1)).toBe('c');
    expect(await text(p, 1, 0, 0)).toBeNull();
  });

  it('stores identical tiles once, consecutive ones as one run', async () => {
    const same = Array.from({ length: 16 }, (_, i) => ({
      z: 2,
      x: i % 4,
      y: Math.floor(i / 4),
      data: tile('sea'),
    }));
    const bytes = writePmtiles(same, OPTIONS);
    const p = reader(bytes);
    const h = await p.getHeader();
    expect(h.numTileContents).toBe(1);
    expect(h.numTileEntries).toBe(1);
    for (const t of same) expect(await text(p, t.z, t.x, t.y)).toBe('sea');
  });

  it('moves entries into leaf directories when the root would pass 16 KiB', async () => {
    // Scattered tiles of scattered sizes, drawn from a pool (stored once, addressed from
    // everywhere): a directory that does not compress below 16 KiB.
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const pool = Array.from({ length: 400 }, (_, k) => tile(`${k} `.padEnd(k + 2, '.')));
    const tiles = new Map<string, { z: number; x: number; y: number; data: Uint8Array }>();
    while (tiles.size < 12_000) {
      const [x, y] = [next() % 256, next() % 256];
      tiles.set(`${x}/${y}`, { z: 8, x, y, data: pool[next() % pool.length]! });
    }
    const p = reader(writePmtiles([...tiles.values()], { ...OPTIONS, maxZoom: 8 }));
    const h = await p.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const t of [...tiles.values()].filter((_, i) => i % 500 === 0)) {
      const k = pool.indexOf(t.data as (typeof pool)[number]);
      expect(await text(p, 8, t.x, t.y)).toBe(`${k} `.padEnd(k + 2, '.'));
    }
    const empty = [...Array(256).keys()].find((y) => !tiles.has(`5/${y}`))!;
    expect(await text(p, 8, 5, empty)).toBeNull();
  });
});
