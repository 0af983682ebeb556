/**
 * The timeline's axis labels: d3 time locales (English, and Russian built with
 * d3.timeFormatLocale). Dates in words (tooltips, the summary) are time/format.ts's, shared with
 * the rest of the app.
 */
import {
  timeFormatLocale,
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcYear,
  type TimeLocaleObject,
} from 'd3';

const EN = timeFormatLocale({
  dateTime: '%a %b %e %X %Y',
  date: '%m/%d/%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
});

/** Russian: full month names in the genitive ("4 января"), as a day and month are written. */
const RU = timeFormatLocale({
  dateTime: '%A, %e %B %Y г. %X',
  date: '%d.%m.%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  shortDays: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  months: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  shortMonths: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
});

function timeLocale(lang: string): TimeLocaleObject {
  return lang === 'ru' ? RU : EN;
}

/**
 * Axis tick labels that say only what changed at that tick (d3's multi-scale idea), in UTC:
 * "2022", "Feb", "4 Jan", "14:00". Short month names are used alone, which avoids the Russian
 * genitive/nominative question ("янв" reads either way).
 */
export function tickFormatter(lang: string): (d: Date) => string {
  const l = timeLocale(lang);
  const minute = l.utcFormat('%H:%M');
  const day = l.utcFormat('%-d %b');
  const month = l.utcFormat('%b');
  const year = l.utcFormat('%Y');
  return (d) =>
    utcMinute(d) < d
      ? l.utcFormat('%H:%M:%S')(d)
      : utcHour(d) < d || utcDay(d) < d
        ? minute(d)
        : utcMonth(d) < d
          ? day(d)
          : utcYear(d) < d
            ? month(d)
            : year(d);
}
