import { describe, expect, it } from 'vitest';
import { worldRegions } from '../../../tests/support/regions';
import { areaName, shapesIn } from './area-names';

const at = (lon: number, lat: number) => {
  const set = worldRegions();
  const r = set.locate(lon, lat);
  return r < 0 ? null : set.regions[r]!;
};

describe('regions', () => {
  it('has the first-level regions of the world, each with a unique code and its country', () => {
    const set = worldRegions();
    expect(set.regions.length).toBeGreaterThan(4500);
    expect(set.byCode.size).toBe(set.regions.length);
    expect(set.regions.every((r) => /^[A-Z]{2}$/.test(r.iso) || r.iso === '-99')).toBe(true);
    expect(set.countryShapes.features.length).toBeGreaterThan(200);
  });

  it('places a point in its region, with names in several languages', () => {
    const almaty = at(76.95, 43.25)!;
    expect(almaty.iso).toBe('KZ');
    expect(almaty.names.name_ru).toMatch(/Алма/);
    expect(at(31.24, 30.04)?.iso).toBe('EG'); // Cairo
    expect(at(-99.13, 19.43)?.iso).toBe('MX'); // Mexico City
    expect(at(96.16, 16.8)?.iso).toBe('MM'); // Yangon
    expect(at(88.2, 69.35)?.iso).toBe('RU'); // Norilsk, above the Arctic circle
  });

  it('places no point in the sea', () => {
    expect(at(-30, 0)).toBeNull(); // the Atlantic
    expect(at(51, 42)).toBeNull(); // the Caspian
    expect(at(Number.NaN, Number.NaN)).toBeNull();
  });

  it('places points on either side of the antimeridian', () => {
    expect(at(178.44, -18.14)?.iso).toBe('FJ'); // Suva
    expect(at(-178.8, -18.2)?.iso).toBe('FJ'); // Lakeba
    expect(at(-175, 66.5)?.iso).toBe('RU'); // Chukotka, west of 180°
    expect(at(179.9, 0)).toBeNull();
  });

  it('keeps small regions a polygon (the communes of Liechtenstein, Ceuta)', () => {
    expect(at(9.521, 47.141)?.iso).toBe('LI'); // Vaduz
    expect(at(-5.316, 35.889)?.names.name_en).toBe('Ceuta');
  });
});

describe('areaName', () => {
  it("names a region in the reader's language, else in English, and a country by CLDR", () => {
    const set = worldRegions();
    const almaty = set.regions[set.locate(76.95, 43.25)]!.code;
    expect(areaName(set, almaty, 'ru')).toMatch(/Алма/);
    expect(areaName(set, almaty, 'kk')).toBe(areaName(set, almaty, 'en'));
    expect(areaName(set, 'KZ', 'fr')).toBe('Kazakhstan');
    expect(areaName(set, 'nowhere', 'en')).toBe('nowhere');
  });
});

describe('shapesIn', () => {
  it("keeps the shapes of a dataset's countries and their regions only", () => {
    const set = worldRegions();
    const { regionShapes, countryShapes } = shapesIn(set, ['KZ', 'FJ']);
    expect(countryShapes.features.map((f) => f.properties.code).sort()).toEqual(['FJ', 'KZ']);
    const codes = new Set(regionShapes.features.map((f) => f.properties.code));
    expect(codes.has(set.regions[set.locate(76.95, 43.25)]!.code)).toBe(true);
    expect(codes.has(set.regions[set.locate(178.44, -18.14)]!.code)).toBe(true);
    expect(regionShapes.features.length).toBeLessThan(40);
  });
});
