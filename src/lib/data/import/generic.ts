/** A table with any columns, read through a ColumnMapping (guessed, or corrected by the user). */
import type { EventDate } from '../../model/schema';
import { toInterval, isParseError } from '../../time/partial-date';
import { parseArticles } from './articles';
import {
  NO_PLACE,
  readCountry,
  readPosition,
  readPrecision,
  readSources,
  readStatus,
  type Draft,
  type RowContext,
} from './context';
import { parseCellDate, type DateOrder } from './dates';

/** Start and end dates from cells, with every problem named; undefined when the row must go. */
export function readDate(
  ctx: RowContext,
  startText: string,
  endText: string,
  startColumn: string,
  endColumn: string,
  order: DateOrder,
): EventDate | undefined {
  if (startText.trim() === '') {
    ctx.error('date-missing', 'has no date', startColumn);
    return undefined;
  }
  const date: EventDate = { start: '' };
  const read = (text: string, column: string): string | undefined => {
    const d = parseCellDate(text, order, ctx.mapping.utcOffset);
    if ('error' in d) {
      ctx.error('date-invalid', d.error, column, text, d.params);
      return undefined;
    }
    if (d.note === 'excel-serial') {
      ctx.warnOnce(
        'date-excel-serial',
        'dates given as Excel day numbers were read in the 1900 date system',
        column,
        text,
      );
    }
    if (d.note === 'ambiguous-order') {
      ctx.warnOnce(
        'date-ambiguous',
        `dates such as this one can be read day-first or month-first; they were read ${order === 'dmy' ? 'day/month/year' : 'month/day/year'} (change the date order if that is wrong)`,
        column,
        text,
        { order },
      );
    }
    if (d.droppedTime !== undefined) {
      ctx.warnOnce(
        'time-without-offset',
        'times of day without a UTC offset were not kept as times (the file does not say in which time zone they are); the date is kept and the original text shown as the display date',
        column,
        text,
      );
      date.display = text.trim();
    }
    return d.iso;
  };
  const start = read(startText, startColumn);
  const end = endText.trim() === '' ? undefined : read(endText, endColumn);
  if (start === undefined || (endText.trim() !== '' && end === undefined)) return undefined;
  date.start = start;
  if (end !== undefined && end !== start) date.end = end;
  if (date.end !== undefined) {
    const interval = toInterval(date.start, date.end);
    if (isParseError(interval)) {
      ctx.error(
        'date-end-before-start',
        interval.error,
        endColumn,
        endText,
        endBeforeStart(interval.error, date.start, date.end),
      );
      return undefined;
    }
  }
  if (date.display === undefined) delete date.display;
  return date;
}

/** The end and start for the message "the end date … is before the start date …", when it is that. */
export function endBeforeStart(
  error: string,
  start: string,
  end: string,
): Record<string, string> | undefined {
  return error === `the end date ${end} is before the start date ${start}`
    ? { start, end }
    : undefined;
}

export function convertGeneric(ctx: RowContext, order: DateOrder): Draft | undefined {
  const c = ctx.mapping.columns;
  const col = (f: keyof typeof c) => c[f] ?? f;
  const date = readDate(
    ctx,
    ctx.get(c.date),
    ctx.get(c.endDate),
    col('date'),
    col('endDate'),
    order,
  );
  // A GeoJSON geometry wins; without one, latitude/longitude properties or columns are read.
  const position = ctx.row.point
    ? ([ctx.row.point.lon, ctx.row.point.lat] as [number, number])
    : readPosition(
        ctx,
        ctx.get(c.latitude),
        ctx.get(c.longitude),
        col('latitude'),
        col('longitude'),
      );

  const articlesText = ctx.get(c.articles);
  const parsed = parseArticles(articlesText);
  for (const bad of parsed.invalid) {
    ctx.error(
      'article-unknown',
      `"${bad}" is not an article of the Convention (1-33)`,
      col('articles'),
      articlesText,
      { article: bad },
    );
  }
  const summary = ctx.get(c.description).trim();
  const placeName = ctx.get(c.place).trim();
  const countryText = ctx.get(c.country).trim();
  const country = readCountry(countryText);
  if (countryText && !country) {
    ctx.warnOnce(
      'country-not-code',
      'country values that name no country (by ISO 3166 code or by name in any language) were kept in the place name',
      col('country'),
      countryText,
    );
  }
  let title = ctx.get(c.title).trim();
  if (title === '') {
    const fallback = summary.split(/\r?\n/)[0] ?? '';
    title = fallback.length > 80 ? `${fallback.slice(0, 79)}…` : fallback;
    if (title === '') title = [ctx.get(c.category).trim(), placeName].filter(Boolean).join(' — ');
    if (title === '') {
      ctx.error(
        'title-missing',
        'has no title and no description to make one from',
        col('title'),
        undefined,
        { variant: 'no-description' },
      );
    } else {
      ctx.warnOnce(
        'title-made',
        'rows without a title were given one from their description (or category and place)',
        col('title'),
      );
    }
  }
  const precision = readPrecision(ctx, ctx.get(c.precision), col('precision'));
  if (position && precision === undefined && !ctx.row.point?.precision) {
    ctx.warnOnce(
      'precision-not-given',
      'the file gives coordinates but no location precision; those events are marked "precision unknown" (map a precision column to say exact, city, region or country)',
      c.precision,
    );
  }
  const tags = ctx
    .get(c.tags)
    .split(/[;,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const status = readStatus(ctx, ctx.get(c.status), col('status'));
  if (ctx.hasError || !date || position === undefined) return undefined;
  const idText = ctx.get(c.id).trim();
  const draft: Draft = {
    id: idText === '' ? undefined : idText,
    idColumn: col('id'),
    geometry: position ? { type: 'Point', coordinates: position } : null,
    properties: {
      title,
      date,
      place: {
        // A country that is not recognised is kept in the place name, so nothing is lost.
        name:
          placeName && countryText && !country
            ? `${placeName}, ${countryText}`
            : placeName || countryText || NO_PLACE,
        // Without a precision column the honest value is 'unknown': a region-level place must not
        // pass for a pin on a street.
        precision: precision ?? ctx.row.point?.precision ?? 'unknown',
      },
      articles: parsed.articles,
    },
    category: { label: ctx.get(c.category).trim() },
    sources: readSources(ctx, ctx.get(c.sources), col('sources')),
    figures: [],
  };
  if (country) draft.properties.place.country = country;
  if (summary) draft.properties.summary = summary;
  if (tags.length) draft.properties.tags = [...new Set(tags)];
  if (status) draft.properties.status = status;
  return draft;
}
