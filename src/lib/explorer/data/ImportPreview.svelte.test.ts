import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import WithApp from '../../../../tests/support/WithApp.svelte';
import { makeApp } from '../../../../tests/support/app';
import ImportPreview from './ImportPreview.svelte';
import ColumnUses from './ColumnUses.svelte';

describe('ImportPreview', () => {
  it('shows the first rows as they will be imported, and why a row would be left out', () => {
    render(WithApp, {
      app: makeApp(),
      component: ImportPreview,
      componentProps: {
        file: 'f.csv',
        sample: [
          { row: 2, values: { d: '2022-01-05', t: 'Shooting', k: '164–227' }, issues: [] },
          { row: 3, values: { d: '', t: 'Undated', k: '' }, issues: [] },
        ],
        mapping: {
          format: 'generic',
          columns: { date: 'd', title: 't' },
          figures: [{ column: 'k', label: 'Deaths' }],
          defaultStatus: 'likely',
        },
      },
    });
    const rows = within(screen.getByTestId('import-preview')).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Shooting');
    expect(rows[1]!.textContent).toContain('Deaths: 164–227');
    expect(rows[1]!.textContent).toContain('likely');
    expect(rows[2]!.textContent).toMatch(/left out: .*date/);
  });
});

describe('ColumnUses', () => {
  it('says what every column became and which were ignored', () => {
    render(WithApp, {
      app: makeApp(),
      component: ColumnUses,
      componentProps: {
        columns: [
          { column: 'Start', fields: ['date'] },
          { column: 'Deaths', fields: [], figure: 'Deaths' },
          { column: 'Notes', fields: [] },
        ],
      },
    });
    const items = within(screen.getByTestId('column-uses')).getAllByRole('listitem');
    expect(items.map((i) => i.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Start → Date',
      'Deaths → figure “Deaths”',
      'Notes → ignored',
    ]);
  });
});
