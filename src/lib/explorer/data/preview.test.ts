import { describe, expect, it } from 'vitest';
import type { SourceRow } from '../../data/import/csv';
import { previewRows } from './preview';

const row = (n: number, values: Record<string, string>): SourceRow => ({
  row: n,
  values,
  issues: [],
});

describe('previewRows', () => {
  const sample = [
    row(2, {
      d: '2022-01-05',
      t: 'Shooting',
      k: '164-227',
      s: 'Report; one',
      u: 'https://a.example/1',
    }),
    row(3, { d: '', t: 'No date', k: '', s: '', u: '' }),
    row(4, { d: '2022-01-06', t: 'Arrests', k: '12', s: '', u: '' }),
  ];
  const mapping = {
    format: 'generic' as const,
    columns: { date: 'd', title: 't', sourceTitle: 's', sourceUrl: 'u' },
    figures: [{ column: 'k', label: 'Deaths' }],
  };

  it('shows each row as it would be imported, with source titles and figure labels', () => {
    const [a, b, c] = previewRows(sample, mapping, 'f.csv');
    expect(a!.event?.properties.title).toBe('Shooting');
    expect(a!.sources).toEqual(['Report; one']);
    expect(a!.figures).toEqual([
      { label: 'Deaths', figure: expect.objectContaining({ kind: 'deaths', min: 164, max: 227 }) },
    ]);
    expect(b!.event).toBeUndefined();
    expect(b!.leftOut?.code).toBe('date-missing');
    expect(c!.event?.properties.title).toBe('Arrests');
    expect(c!.figures[0]!.figure.source).toBe('imported-file');
  });

  it('follows a changed mapping at once', () => {
    const [a] = previewRows(sample, { ...mapping, columns: { date: 'd', title: 's' } }, 'f.csv');
    expect(a!.event?.properties.title).toBe('Report; one');
    expect(a!.sources).toEqual([]);
  });
});
