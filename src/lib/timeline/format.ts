/**
 * The timeline's axis labels: d3 time locales (English, and Russian built with
 * d3.timeFormatLocale), and Intl for the other languages. Dates in words (tooltips, the summary) are time/format.ts's, shared with
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
import { dateTimeFormat } from '../i18n/intl';

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

/**
 * Tick labels from Intl, for the languages d3 has no locale for here (Arabic, Chinese, French,
 * Spanish, Kazakh): each level as the language writes it ("4 janv.", "1月4日", "4 يناير").
 */
function intlTicks(lang: string): Levels {
  const f = (o: Intl.DateTimeFormatOptions) => {
    const fmt = dateTimeFormat(lang, { ...o, timeZone: 'UTC' });
    return (d: Date) => fmt.format(d);
  };
  return {
    second: f({ hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
    minute: f({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    day: f({ day: 'numeric', month: 'short' }),
    month: f({ month: 'short' }),
    year: f({ year: 'numeric' }),
  };
}

interface Levels {
  second: (d: Date) => string;
  minute: (d: Date) => string;
  day: (d: Date) => string;
  month: (d: Date) => string;
  year: (d: Date) => string;
}

function d3Ticks(l: TimeLocaleObject): Levels {
  return {
    second: l.utcFormat('%H:%M:%S'),
    minute: l.utcFormat('%H:%M'),
    day: l.utcFormat('%-d %b'),
    month: l.utcFormat('%b'),
    year: l.utcFormat('%Y'),
  };
}

/**
 * Axis tick labels that say only what changed at that tick (d3's multi-scale idea), in UTC:
 * "2022", "Feb", "4 Jan", "14:00". Short month names are used alone, which avoids the Russian
 * genitive/nominative question ("янв" reads either way).
 */
export function tickFormatter(lang: string): (d: Date) => string {
  const l = lang === 'ru' ? d3Ticks(RU) : lang.startsWith('en') ? d3Ticks(EN) : intlTicks(lang);
  return (d) =>
    utcMinute(d) < d
      ? l.second(d)
      : utcHour(d) < d || utcDay(d) < d
        ? l.minute(d)
        : utcMonth(d) < d
          ? l.day(d)
          : utcYear(d) < d
            ? l.month(d)
            : l.year(d);
}
