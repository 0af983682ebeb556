/** An event with every field of the schema, in awkward values: the export round trips' case. */
import type { EventFeature } from '../../src/lib/model/schema';

export const fullEvent: EventFeature = {
  type: 'Feature',
  id: 'kz-2022-001',
  geometry: { type: 'Point', coordinates: [76.8897, 43.2389] },
  properties: {
    title: { en: 'Detention; "quoted", =SUM(A1)', ru: 'Задержание\nв две строки' },
    summary: '-2+3+cmd|calc',
    date: {
      start: '2022-01-04T14:30+06:00',
      end: '2022-01-10',
      approximate: true,
      display: { en: '4–10 January', ru: '4–10 января' },
    },
    place: {
      name: 'Almaty',
      country: 'KZ',
      precision: 'city',
      withheld: false,
      origin: { name: 'Almaty', country: 'KZ', precision: 'city' },
      destination: {
        name: { en: 'Tashkent' },
        country: 'UZ',
        coordinates: [69.24, 41.3],
        precision: 'city',
      },
    },
    category: 'detention',
    articles: [2, 16],
    figures: [
      {
        kind: 'killed',
        value: 227,
        qualifier: 'more-than',
        source: 's1',
        quote: 'at least; 227 | more',
      },
      { kind: 'detained', min: 10, max: 12, source: 'doc1' },
    ],
    persons: [{ name: 'A. B.', role: 'victim', sensitive: true }],
    perpetrators: ['[police]', 'Unit; 5'],
    sources: ['s1', 'src.3'],
    provenance: [{ document: 'doc1', section: 'Article 2', quote: 'verbatim' }],
    status: 'likely',
    graphic: true,
    tags: ["'=tag", '\\back', ' spaced '],
  },
};
