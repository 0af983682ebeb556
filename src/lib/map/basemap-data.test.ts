/**
 * The committed world basemap (data/basemap/world.pmtiles), read as the browser reads it: the
 * whole world at every zoom, the detail each zoom carries, and the names labels draw.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { readFileSync } from 'node:fs';
import type { Feature, Position } from 'geojson';
import { PbfReader } from 'pbf';
import { TileType } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { memoryArchive } from '../../../tests/support/memory-archive';
import { tilesCovering } from './tile-grid';

const bytes = readFileSync('data/basemap/world.pmtiles');
const archive = memoryArchive(bytes);

/** Every feature of a layer in the tiles of zoom z that cover a frame, in degrees. */
async function features(
  layer: string,
  z: number,
  frame: [number, number, number, number] = [-180, -85, 180, 85],
): Promise<Feature[]> {
  const out: Feature[] = [];
  for (const t of tilesCovering(frame, z)) {
    const r = await archive.getZxy(t.z, t.x, t.y);
    if (!r) continue;
    const l = new VectorTile(new PbfReader(new Uint8Array(r.data))).layers[layer];
    for (let i = 0; l && i < l.length; i++) out.push(l.feature(i).toGeoJSON(t.x, t.y, t.z));
  }
  return out;
}

function* positions(c: unknown): Generator<Position> {
  if (Array.isArray(c) && typeof c[0] === 'number') yield c as Position;
  else if (Array.isArray(c)) for (const x of c) yield* positions(x);
}

function extent(fs: Feature[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of fs) {
    for (const [x, y] of positions((f.geometry as { coordinates: unknown }).coordinates)) {
      [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
    }
  }
  return [w, s, e, n];
}

const near = (lon: number, lat: number): [number, number, number, number] => [
  lon - 0.01,
  lat - 0.01,
  lon + 0.01,
  lat + 0.01,
];

describe('the world basemap archive', () => {
  it('is vector tiles from zoom 0 to 5, gzipped, within the 4 MiB budget', async () => {
    const h = await archive.getHeader();
    expect(h.tileType).toBe(TileType.Mvt);
    expect([h.minZoom, h.maxZoom]).toEqual([0, 5]);
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
  });

  it('covers the whole world at zoom 0, both sides of the antimeridian and the Arctic', async () => {
    const land = await features('land', 0);
    const [w, s, e, n] = extent(land);
    expect(w).toBeLessThan(-179.9);
    expect(e).toBeGreaterThan(179.9);
    expect(s).toBeLessThan(-80);
    expect(n).toBeGreaterThan(80);
    const isos = new Set(land.map((f) => f.properties?.iso));
    for (const iso of ['FJ', 'RU', 'KZ', 'BR', 'AU', 'ZA', 'US', 'FR']) {
      expect(isos.has(iso), iso).toBe(true);
    }
    // A world view carries no region, city or town.
    for (const layer of ['regions', 'region_labels', 'cities', 'towns']) {
      expect(await features(layer, 0), layer).toEqual([]);
    }
  });

  it('has land at the finest zoom where the world dataset has events', async () => {
    for (const [lon, lat, iso] of [
      [178.44, -18.14, 'FJ'], // Suva
      [-179.87, -16.69, 'FJ'], // Taveuni, east of the antimeridian
      [-173.2, 64.4, 'RU'], // Chukotka, east of the antimeridian
      [88.2, 69.35, 'RU'], // Norilsk
      [76.9, 43.25, 'KZ'], // Almaty
    ] as const) {
      const land = await features('land', 5, near(lon, lat));
      expect(
        land.some((f) => f.properties?.iso === iso),
        `${lon},${lat}`,
      ).toBe(true);
    }
  });

  it('grows in detail with zoom', async () => {
    // Kazakhstan's outline: a few hundred points for the world, the 1:10m coasts close in.
    const vertices = async (z: number) =>
      [
        ...positions(
          (await features('land', z, [46, 40, 88, 56]))
            .filter((f) => f.properties?.iso === 'KZ')
            .map((f) => (f.geometry as { coordinates: unknown }).coordinates),
        ),
      ].length;
    const [world, country, close] = [await vertices(0), await vertices(3), await vertices(5)];
    expect(world).toBeGreaterThan(20);
    expect(world).toBeLessThan(country);
    expect(country).toBeLessThan(close);
  });

  it('names every country in the interface languages, and more', async () => {
    const labels = await features('country_labels', 0);
    expect(labels.length).toBeGreaterThan(200);
    for (const f of labels) {
      expect(f.properties?.name_en).toMatch(/\S/);
      expect(f.properties?.name_ru).toMatch(/[А-яЁё]/);
      expect(f.properties?.name_ar).toMatch(/[\u0600-\u06ff]/);
    }
    expect(labels.find((f) => f.properties?.iso === 'KZ')?.properties?.name_kk).toBe('Қазақстан');
  });

  it('keeps the hand-named cities of Kazakhstan, in English and Russian', async () => {
    const cities = await features('cities', 5, [46, 40, 88, 56]);
    const byName = new Map(cities.map((f) => [f.properties?.name_en, f]));
    for (const [name, ru] of [
      ['Astana', 'Астана'],
      ['Almaty', 'Алматы'],
      ['Shymkent', 'Шымкент'],
      ['Zhanaozen', 'Жанаозен'],
      ['Oskemen', 'Усть-Каменогорск'],
    ]) {
      expect(byName.get(name)?.properties?.name_ru, name).toBe(ru);
    }
    expect(byName.get('Astana')?.properties?.capital).toBe(true);
    // Only from a country's zoom: at zoom 2 only capitals and the largest cities.
    const coarse = await features('cities', 2, [46, 40, 88, 56]);
    expect(coarse.every((f) => Number(f.properties?.rank) <= 2)).toBe(true);
  });

  it('names the world’s cities and towns in the interface languages where the sources do', async () => {
    /** The properties of the place nearest to a point. */
    const at = async (layer: string, lon: number, lat: number) => {
      const away = (f: Feature) => {
        const [x, y] = (f.geometry as { coordinates: Position }).coordinates;
        return Math.hypot(x! - lon, y! - lat);
      };
      const fs = await features(layer, 5, near(lon, lat));
      return fs.sort((a, b) => away(a) - away(b))[0]?.properties;
    };
    expect(await at('cities', 31.25, 30.06)).toMatchObject({
      name_en: 'Cairo',
      name_ar: 'القاهرة',
      name_ru: 'Каир',
      name_zh: '开罗',
      name_fr: 'Le Caire',
      name_es: 'El Cairo',
    });
    expect(await at('cities', 96.16, 16.8)).toMatchObject({ name_en: 'Yangon', name_zh: '仰光' });
    expect((await at('cities', 27.56, 53.9))?.name_ar).toMatch(/[\u0600-\u06ff]/);
    // Kazakh by hand for Kazakhstan's cities; Astana's other names are its current ones.
    expect(await at('cities', 71.45, 51.17)).toMatchObject({
      name_en: 'Astana',
      name_kk: 'Астана',
      name_ar: 'أستانا',
    });
    expect((await at('cities', 73.1, 49.8))?.name_kk).toBe('Қарағанды');
    // A town, drawn only close in, is named too (Zahlé, Lebanon).
    expect((await at('towns', 35.9, 33.85))?.name_ar).toMatch(/[\u0600-\u06ff]/);
    // Chinese labels in simplified characters, whichever script the source used.
    const zh = (await features('cities', 5, [60, 20, 135, 55]))
      .map((f) => f.properties?.name_zh as string | undefined)
      .filter((n) => n !== undefined);
    expect(zh.length).toBeGreaterThan(300);
    expect(zh.join('')).not.toMatch(/[開圖亞於東門國]/);
  });

  it('draws first-level regions with names in several languages on every continent', async () => {
    for (const [lon, lat] of [
      [68, 48], // Kazakhstan
      [-100, 40], // United States
      [-50, -10], // Brazil
      [8, 9], // Nigeria
      [135, -25], // Australia
    ] as const) {
      const frame: [number, number, number, number] = [lon - 5, lat - 5, lon + 5, lat + 5];
      expect((await features('regions', 4, frame)).length, `${lon},${lat}`).toBeGreaterThan(0);
      const labels = await features('region_labels', 4, frame);
      expect(labels.some((f) => f.properties?.name_ru && f.properties?.name_en)).toBe(true);
    }
    expect(await features('regions', 2, [60, 40, 80, 55])).toEqual([]);
  });
});
