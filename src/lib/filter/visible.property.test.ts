/**
 * The facets' masks kept from one filter to the next, and the counts that skip the facets that
 * filter nothing, against the definitions: masks made afresh, and each count as the number of
 * events that ticking that value alone in its facet would show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { buildEventIndex } from './event-index';
import {
  applyTime,
  combine,
  facetCounts,
  facetMasks,
  timeMask,
  type Filters,
  type MaskInputs,
} from './visible';

const ARTICLES = DESCRIPTION.articles.map((a) => a.number);
const CATEGORIES = DESCRIPTION.categories.map((c) => c.id);
const PLACES = ['Almaty', 'Astana', 'Taraz'];
const DAYS = ['2022-01-04', '2022-01-06', '2022-02-10', '2021-12-30'];
const WORDS = ['', 'beaten', 'held', 'beaten held'];

const eventArb = fc.record({
  articles: fc.subarray(ARTICLES, { minLength: 1 }),
  category: fc.constantFrom(...CATEGORIES),
  place: fc.constantFrom(...PLACES),
  day: fc.constantFrom(...DAYS),
  word: fc.constantFrom('beaten', 'held', 'seen'),
  lonlat: fc.option(fc.tuple(fc.constantFrom(51.4, 71.4, 76.9), fc.constantFrom(43.2, 51.1))),
});

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  articles: fc.subarray(ARTICLES),
  categories: fc.subarray(CATEGORIES),
  places: fc.subarray(PLACES),
  text: fc.constantFrom(...WORDS),
  time: fc.option(fc.constant([Date.parse('2022-01-05'), Date.parse('2022-02-01')] as const)),
  bounds: fc.option(fc.constant([70, 40, 80, 52] as const)),
});

function visibleCount(ix: ReturnType<typeof buildEventIndex>, f: Filters): number {
  const out = new Uint8Array(ix.n);
  return applyTime(ix, combine(facetMasks(ix, f, DESCRIPTION)), f.time, out);
}

describe('facet masks and counts', () => {
  it('keep the masks of unchanged facets and count as ticking one value alone would show', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 30 }),
        fc.array(filtersArb, { minLength: 1, maxLength: 6 }),
        (specs, steps) => {
          const events = specs.map((s, i) =>
            makeEvent(`e${i}`, {
              articles: s.articles,
              category: s.category,
              title: `Someone ${s.word}`,
              date: { start: s.day },
              lonlat: s.lonlat,
              place: { name: s.place, country: 'KZ', precision: s.lonlat ? 'city' : 'country' },
            }),
          );
          const ix = buildEventIndex(events, DESCRIPTION);
          let prev: MaskInputs | null = null;
          for (const f of steps) {
            const masks = facetMasks(ix, f, DESCRIPTION, prev);
            expect(masks).toEqual(facetMasks(ix, f, DESCRIPTION));
            prev = { ix, f, ctx: DESCRIPTION, masks };
            const counts = facetCounts(ix, masks, timeMask(ix, f.time), DESCRIPTION);
            for (const a of ARTICLES)
              expect(counts.articles.get(a)).toBe(visibleCount(ix, { ...f, articles: [a] }));
            for (const c of CATEGORIES)
              expect(counts.categories.get(c)).toBe(visibleCount(ix, { ...f, categories: [c] }));
            for (const p of ix.places)
              expect(counts.places.get(p)).toBe(visibleCount(ix, { ...f, places: [p] }));
          }
        },
      ),
    );
  });
});
