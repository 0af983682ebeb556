import { describe, expect, it } from 'vitest';
import { eventText } from './event-text';
import { seedLikeEvents } from '../../../tests/support/map-events';
import { translate } from '../i18n/translate';
import { formatEventDate } from '../i18n/event-date';

describe('event text', () => {
  const events = Object.fromEntries(seedLikeEvents().map((e) => [e.id, e]));
  const t = (key: string) => translate('en', key);

  it('names the place with its precision', () => {
    const x = eventText(events['almaty-region']!, 'en', t);
    expect(x.title).toBe('Event almaty-region');
    expect(x.place).toBe('Almaty Region · region level');
    expect(x.date).toBe(formatEventDate({ start: '2022-01-06' }, 'en'));
  });

  it('shows a movement as origin → destination, in the reader language', () => {
    const ru = (key: string) => translate('ru', key);
    const x = eventText(events['extradition-cn']!, 'ru', ru);
    expect(x.title).toBe('Событие extradition-cn');
    expect(x.place).toBe('Almaty → Ürümqi · уровень города');
  });

  it('says a withheld place is withheld, and prefers the date as the source words it', () => {
    const e = structuredClone(events['withheld']!);
    e.properties.date.display = { en: 'early February 2022' };
    e.properties.date.approximate = true;
    const x = eventText(e, 'en', t);
    expect(x.place).toBe('Withheld · location withheld');
    expect(x.date).toBe('early February 2022 (approximate)');
  });
});
