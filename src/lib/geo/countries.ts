/**
 * Every ISO 3166-1 country, found by its code or by any of its names: "KZ", "KAZ", "398",
 * "Kazakhstan", "Казахстан", "Қазақстан", "كازاخستان", "Kazajistán", "哈萨克斯坦", and former or
 * common names ("Burma", "Ivory Coast", "Swaziland", "Turkey"). Names are compared folded
 * (i18n/fold.ts: case, diacritics, Cyrillic transliterated, Arabic normalised) and without
 * punctuation, so "Côte d'Ivoire", "cote divoire" and "COTE D’IVOIRE" are one name.
 *
 * The table (countries.json) is made by scripts/build-gazetteer.ts from openly licensed packages
 * (PROVENANCE.md beside this file). It is some 30 KB gzip: import this module only from code that
 * runs for an import (the importers run in a worker), never from the first view.
 */
import table from './countries.json';
import { nameKey } from './names';

/** The languages every country has a name in, in the order of `Country.names`. */
export const COUNTRY_LANGUAGES = ['en', 'ru', 'kk', 'ar', 'fr', 'es', 'zh'] as const;

export interface Country {
  /** ISO 3166-1 alpha-2, upper case ("KZ"): what an event stores. */
  a2: string;
  /** ISO 3166-1 alpha-3 ("KAZ"). */
  a3: string;
  /** ISO 3166-1 numeric, three digits ("398"). */
  n: string;
  /** A point inside the country, [longitude, latitude]: where a country-level event is drawn. */
  p: [number, number];
  /** Its name in each of COUNTRY_LANGUAGES. */
  names: string[];
  /** Its other names: in its own languages, official, former and common ones. */
  alt: string[];
}

export const COUNTRIES = table as Country[];

let index: Map<string, Country | null> | undefined;

/** Codes and name keys -> country; null where two countries share a name (not a country then). */
function countryIndex(): Map<string, Country | null> {
  if (index) return index;
  index = new Map();
  const names = new Map<string, Country | null>();
  for (const c of COUNTRIES) {
    for (const name of [...c.names, ...c.alt]) {
      const k = nameKey(name);
      const had = names.get(k);
      names.set(k, had === undefined || had === c ? c : null);
    }
  }
  // Codes first: "US" and "UK" are codes or aliases; a code is never shadowed by a name.
  for (const c of COUNTRIES) {
    index.set(c.a2.toLowerCase(), c);
    index.set(c.a3.toLowerCase(), c);
    index.set(c.n, c);
  }
  for (const [k, c] of names) if (!index.has(k)) index.set(k, c);
  return index;
}

/**
 * The country a cell names: an ISO 3166-1 code (alpha-2, alpha-3, numeric with or without
 * leading zeros) or a name in any language of the table. Undefined when the text is not one
 * country (empty, unknown, or a name two countries share, such as "Congo").
 */
export function findCountry(text: string): Country | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const idx = countryIndex();
  if (/^\d{1,3}$/.test(t)) return idx.get(t.padStart(3, '0')) ?? undefined;
  const k = nameKey(t);
  return idx.get(k) ?? idx.get(k.replace(/^(the|la|le|les|el|los|las) /, '')) ?? undefined;
}
