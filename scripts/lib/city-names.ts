/**
 * City names in the interface's languages, keyed by GeoNames id, for the gazetteer
 * (build-gazetteer.ts: every name, to find a city by) and for the basemap's labels
 * (build-basemap.ts: one name a language, to draw). Two open sources, both keyed by GeoNames id:
 *
 * - GeoNames' alternate names as Debian's `libgeonames-common` ships them: one gettext catalogue
 *   a locale (`usr/share/locale/<locale>/LC_MESSAGES/geonames.mo`), msgid the GeoNames id,
 *   msgstr the name in that language (GeoNames, CC BY 4.0).
 * - Natural Earth's 1:10m populated places (public domain): NAME_EN, NAME_RU, NAME_FR, NAME_ES,
 *   NAME_ZH and the GEONAMEID they join on.
 *
 * Chinese names come in both scripts from either source; a label is drawn in simplified
 * characters (the interface's zh), converted with opencc-js, and the gazetteer keeps both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The languages whose names the gazetteer and the labels carry (the interface's). */
export const NAME_LANGS = ['en', 'ru', 'kk', 'ar', 'fr', 'es', 'zh'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

export interface CityNames {
  /** One name a language, in that language's script, for a label. */
  label: Partial<Record<NameLang, string>>;
  /** Every name found in any of the sources (both Chinese scripts), for the gazetteer. */
  all: string[];
}

/** The catalogues read for each language, best first. */
const LOCALES: Record<NameLang, string[]> = {
  en: ['en'],
  ru: ['ru'],
  kk: ['kk'],
  ar: ['ar'],
  fr: ['fr', 'fr_FR'],
  es: ['es'],
  zh: ['zh_CN', 'zh_SG', 'zh', 'zh_TW', 'zh_HK'],
};

/** A label in a language must be in its script (GeoNames fills some gaps with a Latin name). */
const SCRIPT: Record<NameLang, RegExp> = {
  en: /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]+$/u,
  fr: /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]+$/u,
  es: /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]+$/u,
  ru: /\p{Script=Cyrillic}/u,
  kk: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
};

/** Natural Earth's field for each language it carries. */
const NE_FIELDS: Partial<Record<NameLang, string>> = {
  en: 'NAME_EN',
  ru: 'NAME_RU',
  fr: 'NAME_FR',
  es: 'NAME_ES',
  zh: 'NAME_ZH',
};

/** Directional marks and stray white space that some catalogue entries carry. */
const tidy = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim();

/** The msgid -> msgstr pairs of a GNU gettext .mo file (either byte order). */
export function readMo(buf: Uint8Array): Map<string, string> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const magic = view.getUint32(0, true);
  const little = magic === 0x950412de;
  if (!little && magic !== 0xde120495) throw new Error('Not a gettext .mo file.');
  const u32 = (at: number) => view.getUint32(at, little);
  const [count, ids, strs] = [u32(8), u32(12), u32(16)];
  const text = new TextDecoder();
  const str = (table: number, i: number) => {
    const [length, offset] = [u32(table + 8 * i), u32(table + 8 * i + 4)];
    return text.decode(buf.subarray(offset, offset + length));
  };
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const id = str(ids, i);
    // The header (empty msgid), and plural or context entries, are not names.
    if (id === '' || id.includes('\0') || id.includes('\u0004')) continue;
    out.set(id, str(strs, i));
  }
  return out;
}

export interface CityNameSources {
  /** The root of the unpacked libgeonames-common package (holds usr/share/locale). */
  geonames: string;
  /** Natural Earth's ne_10m_populated_places as GeoJSON. */
  naturalEarth: string;
  /** The unpacked opencc-js package (traditional to simplified Chinese). */
  opencc: string;
  /**
   * The languages of a country (ISO 639 codes): the gazetteer also finds a city by its name in
   * them (Warszawa, München), from GeoNames' catalogue of that language when there is one.
   */
  languagesOf?: (country: string) => string[];
}

/** A city of the gazetteer or the basemap: its GeoNames id, country and point. */
export interface CityRef {
  id: number;
  country: string;
  lon: number;
  lat: number;
}

type Found = Partial<Record<NameLang, string[]>>;

function add(names: Found, lang: NameLang, name: string | null | undefined): void {
  const n = name ? tidy(name) : '';
  if (!n) return;
  const list = (names[lang] ??= []);
  if (!list.includes(n)) list.push(n);
}

/**
 * The names of a city that the sources know, by its GeoNames id. Natural Earth's names count only
 * when its place is in the same country and within half a degree: some of its GeoNames ids are
 * another place's (its Colombo, Sri Lanka, carries the id of Colombo, Brazil).
 */
export async function readCityNames({
  geonames,
  naturalEarth,
  opencc,
  languagesOf = () => [],
}: CityNameSources): Promise<(city: CityRef) => CityNames | undefined> {
  const { Converter } = (await import(join(opencc, 'dist/esm/full.js'))) as {
    Converter: (o: { from: string; to: string }) => (s: string) => string;
  };
  const toSimplified = Converter({ from: 't', to: 'cn' });
  const localeFile = (locale: string) =>
    join(geonames, 'usr/share/locale', locale, 'LC_MESSAGES/geonames.mo');
  const catalogue = (locale: string) => readMo(readFileSync(localeFile(locale)));
  const fromGeoNames = new Map<number, Found>();
  for (const lang of NAME_LANGS)
    for (const locale of LOCALES[lang])
      for (const [id, name] of catalogue(locale)) {
        const names = fromGeoNames.get(Number(id)) ?? {};
        fromGeoNames.set(Number(id), names);
        add(names, lang, name);
      }
  const ours = new Set<string>(Object.values(LOCALES).flat());
  const local = new Map<string, Map<string, string> | undefined>();
  const localNames = (city: CityRef) =>
    languagesOf(city.country)
      .filter((l) => !ours.has(l))
      .map((l) => {
        if (!local.has(l)) local.set(l, existsSync(localeFile(l)) ? catalogue(l) : undefined);
        return local.get(l)?.get(String(city.id));
      })
      .filter((n): n is string => !!n)
      .map(tidy);
  const ne = JSON.parse(readFileSync(naturalEarth, 'utf8')) as {
    features: { properties: Record<string, string | number | null> }[];
  };
  const fromNaturalEarth = new Map<number, { place: Omit<CityRef, 'id'>; names: Found }>();
  for (const { properties: p } of ne.features) {
    const names: Found = {};
    for (const lang of NAME_LANGS) {
      const field = NE_FIELDS[lang];
      if (field) add(names, lang, p[field] as string | null);
    }
    const place = { country: String(p.ISO_A2), lon: Number(p.LONGITUDE), lat: Number(p.LATITUDE) };
    fromNaturalEarth.set(Number(p.GEONAMEID), { place, names });
  }

  return (city) => {
    const names: Found = {};
    for (const lang of NAME_LANGS)
      for (const n of fromGeoNames.get(city.id)?.[lang] ?? []) add(names, lang, n);
    const other = fromNaturalEarth.get(city.id);
    if (
      other &&
      other.place.country === city.country &&
      Math.abs(other.place.lon - city.lon) < 0.5 &&
      Math.abs(other.place.lat - city.lat) < 0.5
    )
      for (const lang of NAME_LANGS) for (const n of other.names[lang] ?? []) add(names, lang, n);
    const label: CityNames['label'] = {};
    const all: string[] = [];
    for (const lang of NAME_LANGS) {
      const list = names[lang] ?? [];
      const first = list.find((n) => SCRIPT[lang].test(n));
      if (first) label[lang] = lang === 'zh' ? toSimplified(first) : first;
      for (const n of list) all.push(n, ...(lang === 'zh' ? [toSimplified(n)] : []));
    }
    all.push(...localNames(city));
    return all.length ? { label, all: [...new Set(all)] } : undefined;
  };
}
