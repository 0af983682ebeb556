/**
 * A TimelineJS sheet (Knight Lab): Year/Month/Day/Time and End …, Display Date, Headline, Text,
 * Media, Media Credit, Group, Type. Text and Headline are HTML in TimelineJS: they are turned
 * into plain text (the app renders text, never HTML). The sheet has no places: events are
 * unlocated. A row of Type "title" or "era" is the timeline's cover or a period band, not an
 * event: it is counted as rejected with a warning that says so.
 */
import type { EventDate } from '../../model/schema';
import { toInterval, isParseError, daysInMonth } from '../../time/partial-date';
import { NO_PLACE, safeUrl, type Draft, type RowContext } from './context';
import { endBeforeStart } from './generic';
import { htmlToText } from './text';

function part(ctx: RowContext, prefix: '' | 'End '): string | undefined {
  const get = (k: string) => (ctx.row.values[`${prefix}${k}`] ?? '').trim();
  const [y, m, d, t] = [get('Year'), get('Month'), get('Day'), get('Time')];
  if (y === '' && m === '' && d === '') return '';
  if (!/^\d{4}$/.test(y)) {
    ctx.error('date-invalid', 'is not a four-digit year', `${prefix}Year`, y, { variant: 'year' });
    return undefined;
  }
  if (m === '') return y;
  const month = Number(m);
  if (!/^\d{1,2}$/.test(m) || month < 1 || month > 12) {
    ctx.error('date-invalid', 'is not a month (1-12)', `${prefix}Month`, m, { variant: 'month' });
    return undefined;
  }
  const ym = `${y}-${String(month).padStart(2, '0')}`;
  if (d === '') return ym;
  const day = Number(d);
  if (!/^\d{1,2}$/.test(d) || day < 1 || day > daysInMonth(Number(y), month)) {
    ctx.error(
      'date-invalid',
      `is not a day of ${ym} (it has ${daysInMonth(Number(y), month)} days)`,
      `${prefix}Day`,
      d,
      { variant: 'day', month: ym, days: daysInMonth(Number(y), month) },
    );
    return undefined;
  }
  const iso = `${ym}-${String(day).padStart(2, '0')}`;
  const tm = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(t);
  if (t !== '' && tm && ctx.mapping.utcOffset) {
    return `${iso}T${tm[1]!.padStart(2, '0')}:${tm[2]}${ctx.mapping.utcOffset}`;
  }
  if (t !== '') {
    ctx.warnOnce(
      'time-without-offset',
      'times of day without a UTC offset were not kept as times (the sheet does not say in which time zone they are)',
      `${prefix}Time`,
      t,
      { variant: 'sheet' },
    );
  }
  return iso;
}

export function convertTimeline(ctx: RowContext): Draft | undefined {
  const v = (k: string) => (ctx.row.values[k] ?? '').trim();
  const type = v('Type').toLowerCase();
  if (type === 'title' || type === 'era') {
    ctx.warn(
      'timeline-not-event',
      `is a TimelineJS "${type}" slide, not an event; it was left out`,
      'Type',
      v('Type'),
      { slide: type },
    );
    return undefined;
  }
  const start = part(ctx, '');
  const end = part(ctx, 'End ');
  if (start === '')
    ctx.error('date-missing', 'has no Year', 'Year', undefined, { variant: 'year' });
  const summary = htmlToText(ctx.row.values.Text ?? '');
  let title = htmlToText(ctx.row.values.Headline ?? '');
  if (title === '') title = summary.length > 80 ? `${summary.slice(0, 79)}…` : summary;
  if (title === '')
    ctx.error('title-missing', 'has no Headline and no Text', 'Headline', undefined, {
      variant: 'headline',
    });
  if (ctx.hasError || !start || end === undefined) return undefined;
  const date: EventDate = { start };
  if (end !== '' && end !== start) {
    const interval = toInterval(start, end);
    if (isParseError(interval)) {
      ctx.error(
        'date-end-before-start',
        interval.error,
        'End Year',
        end,
        endBeforeStart(interval.error, start, end),
      );
      return undefined;
    }
    date.end = end;
  }
  if (v('Display Date')) date.display = v('Display Date');
  const media = v('Media');
  const url =
    media && /^[a-z][a-z0-9+.-]*:/i.test(media) ? safeUrl(ctx, media, 'Media') : undefined;
  if (media && !/^[a-z][a-z0-9+.-]*:/i.test(media)) {
    ctx.warn('media-not-url', 'is not a link (embedded media are not kept)', 'Media', media);
  }
  const credit = v('Media Credit');
  const sources = url
    ? [{ title: htmlToText(credit) || new URL(url).hostname, url }]
    : credit
      ? [{ title: htmlToText(credit) }]
      : [];
  const draft: Draft = {
    geometry: null,
    properties: {
      title,
      date,
      place: { name: NO_PLACE, precision: 'unknown' },
      articles: [],
    },
    category: { label: v('Group') },
    sources,
    figures: [],
  };
  if (summary) draft.properties.summary = summary;
  return draft;
}
