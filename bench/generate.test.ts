import { describe, expect, it } from 'vitest';
import { validateEvents } from '../src/lib/model/validate';
import { synthDescription, synthEvents } from './generate';

describe('synthetic datasets', () => {
  it('are valid, varied and the same for the same seed', () => {
    const events = synthEvents(2000);
    const { events: valid, issues } = validateEvents(
      { type: 'FeatureCollection', features: events },
      'synthetic',
      synthDescription(2000),
    );
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(valid).toHaveLength(2000);
    expect(JSON.stringify(synthEvents(50))).toBe(JSON.stringify(synthEvents(50)));
    const precisions = new Set(events.map((e) => e.properties.place.precision));
    expect([...precisions].sort()).toEqual(['city', 'country', 'exact', 'region', 'unknown']);
    const dateForms = new Set(events.map((e) => e.properties.date.start.length));
    expect([...dateForms].sort((a, b) => a - b)).toEqual([4, 7, 10, 22]);
    expect(events.some((e) => e.properties.date.end)).toBe(true);
    expect(events.some((e) => e.properties.place.origin)).toBe(true);
  });
});
