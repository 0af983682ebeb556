import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../model/validate';
import { importText } from './importer';
import { issuesSummary, issueText } from './issue-text';
import { issue } from './report';

const warning: ValidationIssue = {
  severity: 'warning',
  file: 'e.geojson',
  path: 'x',
  message: 'w',
};
const error: ValidationIssue = { ...warning, severity: 'error' };

describe('the summary above the issues', () => {
  it('says events are left out only when some are', () => {
    expect(issuesSummary('en', [warning, warning])).toBe(
      '2 warnings about the data; no event is left out.',
    );
    expect(issuesSummary('en', [error])).toBe(
      '1 problem in the data: the events concerned are left out, all others are shown.',
    );
    expect(issuesSummary('en', [error, warning])).toBe(
      '1 problem in the data: the events concerned are left out, all others are shown. And 1 warning.',
    );
    expect(issuesSummary('ru', [warning, warning, warning])).toBe(
      '3 предупреждения о данных; все события показаны.',
    );
  });

  it('counts the issues a capped report leaves out', () => {
    const more = issue('error', 'more-issues', 'e.csv', 'm', {}, { count: 150, kind: 'x' });
    expect(issuesSummary('en', [error, more])).toMatch(/^151 problems/);
  });
});

describe('an issue as a person reads it', () => {
  it('names the row as the file numbers it, never "feature 0"', () => {
    const r = importText('date,title\n2022-02-30,A\n', 'events.csv');
    const [i] = r.dataset.issues;
    expect(issueText('en', i!)).toMatch(/^events\.csv, row 2, column "date"/);
    expect(issueText('ru', i!)).toMatch(/^events\.csv, строка 2, столбец «date»/);
  });

  it('counts GeoJSON features from 1 and says a coordinate given as text', () => {
    const point = (coordinates: unknown) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: { date: '2022-01-05', title: 'A', status: 'reported' },
    });
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [point([76.9, 43.2]), point(['76.9', '43.2'])],
    });
    const r = importText(text, 'events.geojson');
    expect(r.report).toMatchObject({ read: 2, imported: 1, rejected: 1 });
    expect(r.report.issues.map((i) => issueText('en', i))).toEqual([
      'events.geojson, feature 1: the file gives coordinates but no location precision; those events are drawn with the look "precision not stated" (map a precision column to say exact, city, region or country)',
      'events.geojson, feature 2, column "geometry.coordinates", value "76.9": gives a coordinate as text ("76.9"), not as a number: write it without quotes',
    ]);
  });

  it('gives a dataset’s validation issue its feature counted from 1', () => {
    expect(issueText('en', { ...error, index: 0, id: 'a' })).toBe(
      'e.geojson, feature 1 (id a), x: w',
    );
  });
});
