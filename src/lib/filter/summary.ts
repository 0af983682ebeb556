/**
 * What the map and the timeline show, in words, for a screen reader: how many events pass the
 * filters (the brushed dates included), where (the places with the most events first), and when
 * (by month over a short span, by year over a long one). Pure: it follows the visible set.
 */
import { localText } from '../i18n/text';
import type { EventIndex } from './event-index';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Places named before the rest are counted together. */
const TOP_PLACES = 5;
/** Beyond this many periods the list gives the busiest ones only. */
const TOP_PERIODS = 6;
const TWO_YEARS = 2 * 366 * 86_400_000;

/**
 * The UTC year × 12 + month (0-11) of an instant, as Date's UTC getters give it, by arithmetic
 * (the days-to-civil-date algorithm of the proleptic Gregorian calendar): no Date per event.
 */
export function yearMonth(ms: number): number {
  const z = Math.floor(ms / 86_400_000) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 2 : mp - 10;
  return (yoe + era * 400 + (month <= 1 ? 1 : 0)) * 12 + month;
}

/** Each event's yearMonth, computed once per dataset (by its column of starts). */
const monthCache = new WeakMap<Float64Array, Int32Array>();
function monthsOf(start: Float64Array): Int32Array {
  let months = monthCache.get(start);
  if (!months) {
    months = new Int32Array(start.length);
    for (let i = 0; i < start.length; i++) months[i] = yearMonth(start[i]!);
    monthCache.set(start, months);
  }
  return months;
}

export function viewSummary(
  index: EventIndex,
  visible: Uint8Array,
  lang: string,
  t: Translate,
  dataLanguage = 'en',
): string {
  const perPlace = new Uint32Array(index.places.length);
  /** The first visible event of each place, whose name the summary gives. */
  const firstOf = new Int32Array(index.places.length);
  let count = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < index.n; i++) {
    if (!visible[i]) continue;
    count++;
    first = Math.min(first, index.start[i]!);
    last = Math.max(last, index.start[i]!);
    const k = index.place[i]!;
    if (perPlace[k]!++ === 0) firstOf[k] = i;
  }
  if (count === 0) return t('summary.none');
  const parts = [t('summary.shown', { count })];

  const shown: number[] = [];
  perPlace.forEach((c, k) => c && shown.push(k));
  const places = shown
    .sort((a, b) => firstOf[a]! - firstOf[b]!)
    .map((k) => ({
      name: localText(index.events[firstOf[k]!]!.properties.place.name, lang, dataLanguage),
      count: perPlace[k]!,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang));
  const listed = places.slice(0, TOP_PLACES).map((p) => `${p.name} ${p.count}`);
  if (places.length > TOP_PLACES)
    listed.push(t('summary.otherPlaces', { count: places.length - TOP_PLACES }));
  parts.push(t('summary.byPlace', { list: listed.join(', ') }));

  const byYear = last - first > TWO_YEARS;
  const fmt = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    ...(byYear ? {} : { month: 'long' }),
    timeZone: 'UTC',
  });
  const months = monthsOf(index.start);
  const periods = new Map<number, number>();
  for (let i = 0; i < index.n; i++) {
    if (!visible[i]) continue;
    const key = byYear ? Math.floor(months[i]! / 12) : months[i]!;
    periods.set(key, (periods.get(key) ?? 0) + 1);
  }
  let rows = [...periods.entries()];
  if (rows.length > TOP_PERIODS)
    rows = rows.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TOP_PERIODS);
  rows.sort((a, b) => a[0] - b[0]);
  const when = (key: number) =>
    fmt.format(byYear ? Date.UTC(key, 0, 1) : Date.UTC(Math.floor(key / 12), key % 12, 1));
  parts.push(
    t(periods.size > TOP_PERIODS ? 'summary.busiest' : 'summary.byPeriod', {
      list: rows.map(([k, n]) => `${when(k)} ${n}`).join(', '),
    }),
  );
  return parts.join('. ') + '.';
}

/**
 * The map's counts by region, in words: the areas with the most events first, as many as the
 * places in viewSummary.
 */
export function areaSummary(
  areas: readonly { name: string; count: number }[],
  t: Translate,
): string {
  if (!areas.length) return '';
  const listed = areas.slice(0, TOP_PLACES).map((a) => `${a.name} ${a.count}`);
  if (areas.length > TOP_PLACES)
    listed.push(t('summary.otherPlaces', { count: areas.length - TOP_PLACES }));
  return `${t('summary.byArea', { list: listed.join(', ') })}.`;
}

/** How many events the timeline's window shows: drawn, inside the brushed dates, overlapping it. */
export function countInWindow(
  index: Pick<EventIndex, 'n' | 'start' | 'end'>,
  drawn: Uint8Array,
  window: readonly [number, number],
  brush: readonly [number, number] | null,
): number {
  const a = Math.max(window[0], brush ? brush[0] : -Infinity);
  const b = Math.min(window[1], brush ? brush[1] : Infinity);
  let n = 0;
  for (let i = 0; i < index.n; i++) {
    if (!drawn[i]) continue;
    // As the time filter counts (filter/visible.ts): the interval overlaps.
    if (index.start[i]! < b && index.end[i]! > a) n++;
  }
  return n;
}
