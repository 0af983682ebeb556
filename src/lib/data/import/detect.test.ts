import { describe, expect, it } from 'vitest';
import { CASEMAP_COLUMNS } from '../export/csv-columns';
import {
  detectFormat,
  guessFigures,
  guessFullMapping,
  guessMapping,
  headerFingerprint,
} from './detect';

describe('detectFormat', () => {
  it('recognises the app CSV exactly, with translation columns', () => {
    expect(detectFormat([...CASEMAP_COLUMNS])).toBe('casemap');
    expect(detectFormat([...CASEMAP_COLUMNS, 'title_ru', 'summary_kk'])).toBe('casemap');
    expect(detectFormat([...CASEMAP_COLUMNS, 'notes'])).toBe('generic');
    expect(detectFormat(CASEMAP_COLUMNS.slice(1))).toBe('generic');
  });

  it('recognises ACLED and TimelineJS', () => {
    expect(
      detectFormat([
        'event_id_cnty',
        'event_date',
        'time_precision',
        'sub_event_type',
        'latitude',
        'longitude',
        'geo_precision',
        'notes',
      ]),
    ).toBe('acled');
    expect(detectFormat(['Year', 'Month', 'Day', 'Time', 'Headline', 'Text', 'Group'])).toBe(
      'timelinejs',
    );
    expect(detectFormat(['date', 'title'])).toBe('generic');
  });
});

describe('guessMapping', () => {
  it('maps English headers, case- and accent-insensitively', () => {
    expect(
      guessMapping([
        'Event ID',
        'DATE',
        'End_Date',
        'Lat',
        'Lng',
        'Headline',
        'Summary',
        'Location',
        'Type',
        'UNCAT articles',
        'Source URL',
        'Status',
      ]),
    ).toEqual({
      id: 'Event ID',
      date: 'DATE',
      endDate: 'End_Date',
      latitude: 'Lat',
      longitude: 'Lng',
      title: 'Headline',
      description: 'Summary',
      place: 'Location',
      category: 'Type',
      articles: 'UNCAT articles',
      sourceUrl: 'Source URL',
      status: 'Status',
    });
  });

  it('maps Russian headers', () => {
    expect(
      guessMapping([
        'Дата',
        'Дата окончания',
        'Широта',
        'Долгота',
        'Заголовок',
        'Описание',
        'Населённый пункт',
        'Категория',
        'Статьи',
        'Источники',
      ]),
    ).toEqual({
      date: 'Дата',
      endDate: 'Дата окончания',
      latitude: 'Широта',
      longitude: 'Долгота',
      title: 'Заголовок',
      description: 'Описание',
      place: 'Населённый пункт',
      category: 'Категория',
      articles: 'Статьи',
      sources: 'Источники',
    });
  });

  it('falls back to a header containing a field name, never using a column twice', () => {
    expect(guessMapping(['Date of arrest', 'Date'])).toMatchObject({ date: 'Date' });
    expect(guessMapping(['Date of arrest'])).toEqual({ date: 'Date of arrest' });
  });
});

describe('headerFingerprint', () => {
  it('ignores case and accents but not order', () => {
    expect(headerFingerprint(['Date', 'Широта'])).toBe(headerFingerprint(['date ', 'ШИРОТА']));
    expect(headerFingerprint(['a', 'b'])).not.toBe(headerFingerprint(['b', 'a']));
    expect(headerFingerprint(['a'])).toMatch(/^h-[0-9a-z]{11}$/);
  });
});

describe('guessFigures and guessFullMapping', () => {
  it('proposes columns that count people as figures, labelled with their header', () => {
    const headers = ['Date', 'Title', 'Deaths', 'Detained (reported)', 'Задержано', 'Notes count'];
    const m = guessFullMapping(headers);
    expect(m.figures).toEqual([
      { column: 'Deaths', label: 'Deaths' },
      { column: 'Detained (reported)', label: 'Detained (reported)' },
      { column: 'Задержано', label: 'Задержано' },
    ]);
    expect(guessFigures(['Killed'], { title: 'Killed' })).toEqual([]);
    expect(guessFullMapping(['date'])).toEqual({ format: 'generic', columns: { date: 'date' } });
  });

  it('maps source title, URL, publisher and date columns as parts of one source', () => {
    expect(
      guessMapping([
        'Date',
        'Date precision',
        'Title',
        'Source title',
        'Source URL',
        'Publisher',
        'Source date',
      ]),
    ).toEqual({
      date: 'Date',
      datePrecision: 'Date precision',
      title: 'Title',
      sourceTitle: 'Source title',
      sourceUrl: 'Source URL',
      sourcePublisher: 'Publisher',
      sourceDate: 'Source date',
    });
  });
});
