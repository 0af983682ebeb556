import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filter/visible';
import { translate } from '../i18n/translate';
import { DESCRIPTION } from '../../../tests/support/fixtures';
import { filterPhrases, filterSentence } from './filter-words';

const en = (k: string, p?: Record<string, string | number>) => translate('en', k, p);
const ru = (k: string, p?: Record<string, string | number>) => translate('ru', k, p);

describe('filters in words', () => {
  it('says "all events" when nothing is filtered', () => {
    expect(filterPhrases(NO_FILTERS, DESCRIPTION, 'en', en)).toEqual([]);
    expect(filterSentence(NO_FILTERS, DESCRIPTION, 'en', en)).toBe('all events of the dataset');
  });

  it('names every active filter, the time window with its last day inclusive', () => {
    const f = {
      ...NO_FILTERS,
      articles: [11, 2],
      categories: ['torture', 'protest'],
      places: ['Almaty'],
      text: ' shocks ',
      time: [Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)] as [number, number],
    };
    expect(filterPhrases(f, DESCRIPTION, 'en', en)).toEqual([
      'under article 2 or 11',
      'in the categories Torture or Protest',
      'in Almaty',
      'matching “shocks”',
      'from January 1, 2022 to January 31, 2022',
    ]);
    expect(filterSentence({ ...NO_FILTERS, articles: [3] }, DESCRIPTION, 'ru', ru)).toBe(
      'по статье 3',
    );
  });
});
