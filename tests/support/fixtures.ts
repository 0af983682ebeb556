/** Small builders for unit tests: a dataset description and events with only what a test needs. */
import type { DatasetDescription, EventFeature, EventProperties } from '../../src/lib/model/schema';

export const DESCRIPTION: DatasetDescription = {
  id: 'test',
  title: 'Test dataset',
  description: 'Events for unit tests',
  publisher: 'Tests',
  version: '1',
  licence: 'CC0-1.0',
  language: 'en',
  languages: ['en'],
  documents: [{ id: 'doc', title: 'A document' }],
  sources: [{ id: 'src1', title: 'A report', publisher: 'An NGO' }],
  articles: [
    { number: 2, title: 'Prevention', obliges: 'Prevent torture' },
    { number: 3, title: 'Non-refoulement', obliges: 'Do not return' },
    { number: 11, title: 'Detention', obliges: 'Review detention' },
  ],
  categories: [
    { id: 'protest', label: 'Protest' },
    { id: 'torture', label: 'Torture' },
    { id: 'deportation', label: 'Deportation' },
  ],
  events: 'events.geojson',
};

export function makeEvent(
  id: string,
  props: Partial<EventProperties> & { lonlat?: [number, number] | null } = {},
): EventFeature {
  const { lonlat = [76.9, 43.25], ...rest } = props;
  return {
    type: 'Feature',
    id,
    geometry: lonlat ? { type: 'Point', coordinates: lonlat } : null,
    properties: {
      title: `Event ${id}`,
      date: { start: '2022-01-05' },
      place: { name: 'Almaty', country: 'KZ', precision: lonlat ? 'city' : 'country' },
      category: 'protest',
      articles: [2],
      status: 'reported',
      ...rest,
    },
  };
}
