/**
 * The active filters in words, for the brief's cover and the exported image: a reader of a
 * print-out or a picture cannot open the link, so the selection must be said in full.
 */
import type { Filters } from '../filter/visible';
import { localText } from '../i18n/text';
import type { DatasetDescription } from '../model/schema';

type T = (key: string, params?: Record<string, string | number>) => string;

/** A list in the reader's language: "2, 11 or 14". */
function orList(items: string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(items);
}

function day(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
}

/** One phrase per active filter, in the order the filter panel shows them; [] when none. */
export function filterPhrases(
  f: Filters,
  d: Pick<DatasetDescription, 'categories' | 'language'>,
  lang: string,
  t: T,
): string[] {
  const out: string[] = [];
  if (f.articles.length)
    out.push(
      t('brief.filterArticles', {
        list: orList([...f.articles].sort((a, b) => a - b).map(String), lang),
      }),
    );
  if (f.categories.length) {
    const names = f.categories.map((id) =>
      localText(d.categories.find((c) => c.id === id)?.label ?? id, lang, d.language),
    );
    out.push(t('brief.filterCategories', { list: orList(names, lang) }));
  }
  if (f.places.length) out.push(t('brief.filterPlaces', { list: orList([...f.places], lang) }));
  if (f.text.trim()) out.push(t('brief.filterText', { text: f.text.trim() }));
  if (f.time) {
    // The window is half-open: its last day is the one before its end.
    out.push(t('brief.filterTime', { from: day(f.time[0], lang), to: day(f.time[1] - 1, lang) }));
  }
  if (f.bounds) {
    const [w, s, e, n] = f.bounds.map((x) => x.toFixed(1));
    out.push(t('brief.filterInView', { bounds: `${s}–${n}°N, ${w}–${e}°E` }));
  }
  return out;
}

/** The phrases as one sentence, or the words for "all events" when there is no filter. */
export function filterSentence(
  f: Filters,
  d: Pick<DatasetDescription, 'categories' | 'language'>,
  lang: string,
  t: T,
): string {
  const p = filterPhrases(f, d, lang, t);
  return p.length
    ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(p)
    : t('brief.filtersNone');
}
