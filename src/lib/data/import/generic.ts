/** A table with any columns, read through a ColumnMapping (guessed, or corrected by the user). */
import type { EventDate } from '../../model/schema';
import { toInterval, isParseError } from '../../time/partial-date';
import { parseArticles } from './articles';
import {
  NO_PLACE,
  readCountry,
  readPosition,
  readPrecision,
  readSourceColumns,
  readSources,
  readStatus,
  type Draft,
  type FigureDraft,
  type RowContext,
  type SourceDraft,
} from './context';
import { parseCellDate, type DateOrder } from './dates';
import { figureKindId, parseFigure } from './figures';

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

/** A source's publication date, or undefined (with a warning) when the cell is not a date. */
function readSourceDate(
  ctx: RowContext,
  text: string,
  column: string,
  order: DateOrder,
): string | undefined {
  const d = parseCellDate(text, order);
  if ('error' in d) {
    ctx.warn(
      'source-date-invalid',
      `is not a date (${d.error}); the source was kept without it`,
      column,
      text,
      {
        detail: d.error,
      },
    );
    return undefined;
  }
  return d.iso;
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

const DATE_PRECISION: Record<string, 'day' | 'month' | 'year' | 'approximate' | 'keep'> = {
  day: 'day',
  exact: 'day',
  date: 'day',
  день: 'day',
  точно: 'day',
  точная: 'day',
  month: 'month',
  месяц: 'month',
  year: 'year',
  год: 'year',
  approximate: 'approximate',
  approx: 'approximate',
  circa: 'approximate',
  about: 'approximate',
  estimated: 'approximate',
  примерно: 'approximate',
  приблизительно: 'approximate',
  unknown: 'keep',
  неизвестно: 'keep',
};

/**
 * A date-precision cell applied to a date: "month" or "year" keep only that much of the dates
 * (the sheet's "2022-01-01" then means January 2022), "approximate" marks the date approximate.
 */
export function applyDatePrecision(
  ctx: RowContext,
  date: EventDate,
  cell: string,
  column: string,
): void {
  const key = cell.trim().toLowerCase();
  if (key === '') return;
  const p = DATE_PRECISION[key];
  if (!p) {
    ctx.warn(
      'date-precision-unknown-value',
      'is not a date precision (day, month, year, approximate); the date was kept as written',
      column,
      cell,
    );
    return;
  }
  if (p === 'approximate') date.approximate = true;
  if (p !== 'month' && p !== 'year') return;
  const len = p === 'month' ? 7 : 4;
  date.start = date.start.slice(0, len);
  if (date.end !== undefined) {
    date.end = date.end.slice(0, len);
    if (date.end === date.start) delete date.end;
  }
}

/** Figures from the mapped figure columns, each citing the row's first source (else the file). */
function readFigures(ctx: RowContext, source: SourceDraft | undefined): FigureDraft[] {
  const out: FigureDraft[] = [];
  for (const { column, label } of ctx.mapping.figures ?? []) {
    const cell = ctx.get(column);
    const amount = parseFigure(cell);
    if (amount === undefined) continue;
    if (amount === 'invalid') {
      ctx.warn(
        'figure-not-number',
        'is not a figure (a number such as "164", or a range such as "164-227"); it was left out',
        column,
        cell,
      );
      continue;
    }
    out.push({ kind: figureKindId(label || column), ...amount, source });
  }
  return out;
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
  if (date) applyDatePrecision(ctx, date, ctx.get(c.datePrecision), col('datePrecision'));
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
      'the file gives coordinates but no location precision; those events are drawn with the look "precision not stated" (map a precision column to say exact, city, region or country)',
      c.precision,
    );
  }
  const tags = ctx
    .get(c.tags)
    .split(/[;,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const status = readStatus(ctx, ctx.get(c.status), col('status'));
  const sources = [
    ...readSources(ctx, ctx.get(c.sources), col('sources')),
    ...readSourceColumns(
      ctx,
      {
        title: ctx.get(c.sourceTitle),
        url: ctx.get(c.sourceUrl),
        publisher: ctx.get(c.sourcePublisher),
        date: ctx.get(c.sourceDate),
      },
      {
        title: col('sourceTitle'),
        url: col('sourceUrl'),
        publisher: col('sourcePublisher'),
        date: col('sourceDate'),
      },
      ctx.mapping.sourceSeparator,
      (text, column) => readSourceDate(ctx, text, column, order),
    ),
  ];
  const figures = readFigures(ctx, sources[0]);
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
    sources,
    figures,
  };
  if (country) draft.properties.place.country = country;
  if (summary) draft.properties.summary = summary;
  if (tags.length) draft.properties.tags = [...new Set(tags)];
  const st = status ?? ctx.mapping.defaultStatus;
  if (st) draft.properties.status = st;
  return draft;
}
