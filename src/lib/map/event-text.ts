/**
 * What the map says about an event in its tooltip and lists: title, the date as the source
 * states it, and the place with its precision ("Almaty · city level"), so that a reader never
 * takes a region-level event for a street address.
 */
import type { EventFeature } from '../model/schema';
import { localText } from '../i18n/text';
import { formatEventDate } from '../i18n/event-date';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface EventText {
  title: string;
  date: string;
  place: string;
}

export function eventText(e: EventFeature, lang: string, t: Translate): EventText {
  const p = e.properties;
  const stated = p.date.display ? localText(p.date.display, lang) : formatEventDate(p.date, lang);
  const date = p.date.approximate ? `${stated} (${t('precision.approximate')})` : stated;
  let name = localText(p.place.name, lang);
  if (p.place.origin && p.place.destination)
    name = `${localText(p.place.origin.name, lang)} → ${localText(p.place.destination.name, lang)}`;
  const precision = p.place.withheld ? t('place.withheld') : t(`place.${p.place.precision}`);
  return { title: localText(p.title, lang), date, place: `${name} · ${precision}` };
}
