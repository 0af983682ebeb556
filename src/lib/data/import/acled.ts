/**
 * An ACLED export (synthetic or real; the column names are ACLED's, see docs FIELD.md).
 *
 * - time_precision 1 (day) -> the day. 2 (the source gives only the week; ACLED codes a day
 *   within it) -> a range of three days either side, marked approximate. 3 (only the month) ->
 *   month precision. Each non-day reading is said once per file.
 * - geo_precision 1 (the named town itself) -> 'city'; 2 (near a town, or part of a region) and
 *   3 (the region only, coded to its capital) -> 'region'.
 * - actor1/actor2 (and the associated actors) become tags, not perpetrators: in ACLED actor1 of a
 *   protest is the protesters, and of an arrest the police; which actor, if any, is a perpetrator
 *   is a judgement the data does not make, so the importer does not make it either.
 * - fatalities > 0 -> a "killed" figure tied to the row's (first) source; 0 is not written as a
 *   figure, since it means none were reported, which every event without a figure already says.
 * - status is "reported": ACLED codes what its sources report and does not verify it.
 */
import { parseNumber, NO_PLACE, readCountry, readPosition, readSources } from './context';
import type { Draft, RowContext } from './context';
import { readDate } from './generic';
import { addDays, type DateOrder } from './dates';

export function convertAcled(ctx: RowContext, order: DateOrder): Draft | undefined {
  const v = (k: string) => (ctx.row.values[k] ?? '').trim();
  const date = readDate(ctx, v('event_date'), '', 'event_date', 'event_date', order);
  const tp = v('time_precision');
  if (date && tp === '2') {
    const day = date.start.slice(0, 10);
    date.start = addDays(day, -3);
    date.end = addDays(day, 3);
    date.approximate = true;
    ctx.warnOnce(
      'acled-week',
      'time_precision 2 (only the week known) was read as a range of 3 days either side of event_date, marked approximate',
      'time_precision',
      tp,
    );
  } else if (date && tp === '3') {
    date.start = date.start.slice(0, 7);
    ctx.warnOnce(
      'acled-month',
      'time_precision 3 (only the month known) was read as the month of event_date',
      'time_precision',
      tp,
    );
  } else if (tp !== '1' && tp !== '') {
    ctx.warn(
      'acled-time-precision',
      'is not an ACLED time precision (1, 2 or 3); read as a day',
      'time_precision',
      tp,
    );
  }
  const position = readPosition(ctx, v('latitude'), v('longitude'), 'latitude', 'longitude');
  const gp = v('geo_precision');
  const precision = gp === '1' ? 'city' : gp === '2' || gp === '3' ? 'region' : 'unknown';
  if (gp !== '' && !['1', '2', '3'].includes(gp)) {
    ctx.warn(
      'acled-geo-precision',
      'is not an ACLED geo precision (1, 2 or 3)',
      'geo_precision',
      gp,
    );
  }
  const fatalitiesText = v('fatalities');
  const fatalities = fatalitiesText === '' ? undefined : parseNumber(fatalitiesText);
  if (fatalitiesText !== '' && (fatalities === undefined || fatalities < 0)) {
    ctx.warn(
      'acled-fatalities',
      'is not a count of fatalities; no figure was made',
      'fatalities',
      fatalitiesText,
    );
  }
  if (ctx.hasError || !date || position === undefined) return undefined;

  const sources = readSources(ctx, v('source'), 'source');
  const actors = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2']
    .flatMap((k) => v(k).split(';'))
    .map((a) => a.trim())
    .filter(Boolean);
  const location = v('location');
  const kind = v('sub_event_type') || v('event_type');
  const country = readCountry(v('iso')) ?? readCountry(v('country'));
  const draft: Draft = {
    id: v('event_id_cnty') || undefined,
    idColumn: 'event_id_cnty',
    geometry: position ? { type: 'Point', coordinates: position } : null,
    properties: {
      title: [kind, location].filter(Boolean).join(' — ') || v('event_id_cnty') || 'ACLED event',
      date,
      place: { name: location || v('admin1') || v('country') || NO_PLACE, precision },
      articles: [],
      status: 'reported',
    },
    category: { label: kind },
    sources,
    figures:
      fatalities !== undefined && fatalities > 0
        ? [{ kind: 'killed', value: fatalities, source: sources[0] }]
        : [],
  };
  if (country) draft.properties.place.country = country;
  if (v('notes')) draft.properties.summary = v('notes');
  if (actors.length) draft.properties.tags = [...new Set(actors)];
  return draft;
}
