import { describe, expect, it } from 'vitest';
import { importText } from './importer';

const feature = (coordinates: unknown) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { date: '2022-01-05', title: 'An event' },
});

describe('GeoJSON coordinates given as text', () => {
  it('says so, naming the feature and the value, and keeps the other features', () => {
    const r = importText(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [feature(['76.9', '43.2']), feature([76.9, 43.2])],
      }),
      'events.geojson',
    );
    expect(r.report).toMatchObject({ read: 2, imported: 1, rejected: 1 });
    const i = r.report.issues.find((x) => x.code === 'coordinate-text')!;
    expect(i).toMatchObject({ row: 1, unit: 'feature', value: '76.9' });
    expect(i.message).toContain('gives a coordinate as text ("76.9"), not as a number');
  });
});
