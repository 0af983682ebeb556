/**
 * The gazetteer's match rate on a fixture of place names from many countries and scripts
 * (tests/fixtures/gazetteer/place-names.csv: the name as a spreadsheet might give it, the row's
 * country if any, and the place meant). Printed, and kept in the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCountry } from './countries';
import { GAZETTEER_SIZE, matchPlace } from './places';

/** How far the chosen point may be from the expected one, in degrees, by kind of place. */
const TOLERANCE = { city: 0.5, region: 4, country: Infinity } as const;

const lines = readFileSync('tests/fixtures/gazetteer/place-names.csv', 'utf8').trim().split('\n');
const cases = lines.slice(1).map((line) => {
  const [text, country, kind, expectCountry, lon, lat] = line.split(',');
  return {
    text: text!,
    country: country ? findCountry(country)?.a2 : undefined,
    kind: kind as keyof typeof TOLERANCE,
    expectCountry: expectCountry!,
    lon: Number(lon),
    lat: Number(lat),
  };
});

describe('gazetteer match rate', () => {
  it('places at least 90% of the fixture where it belongs', () => {
    const misses: string[] = [];
    let ambiguous = 0;
    for (const c of cases) {
      const m = matchPlace(c.text, c.country);
      const p = m.place;
      const ok =
        !!p &&
        p.kind === c.kind &&
        p.country === c.expectCountry &&
        (c.kind === 'country' || Math.hypot(p.lon - c.lon, p.lat - c.lat) <= TOLERANCE[c.kind]);
      if (ok && m.status === 'ambiguous') ambiguous++;
      if (!ok)
        misses.push(
          `${c.text} (${c.country ?? '-'}): ${m.status} ${p ? `${p.kind} ${p.name} ${p.country}` : ''}`,
        );
    }
    const rate = (cases.length - misses.length) / cases.length;
    console.log(
      `gazetteer (${GAZETTEER_SIZE.countries} countries, ${GAZETTEER_SIZE.regions} regions, ${GAZETTEER_SIZE.cities} cities): ` +
        `${cases.length - misses.length} of ${cases.length} names placed right (${(100 * rate).toFixed(1)}%), ` +
        `${ambiguous} of them flagged ambiguous; missed:\n  ${misses.join('\n  ')}`,
    );
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});
