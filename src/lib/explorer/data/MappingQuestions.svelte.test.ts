import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import WithApp from '../../../../tests/support/WithApp.svelte';
import { makeApp } from '../../../../tests/support/app';
import type { ImportMapping } from '../../data/import/detect';
import MappingQuestions from './MappingQuestions.svelte';

function setup(initial: ImportMapping) {
  const mapping = $state(initial);
  render(WithApp, {
    app: makeApp(),
    component: MappingQuestions,
    componentProps: { mapping, headers: ['Date', 'Deaths', 'Injured'] },
  });
  return mapping;
}

describe('MappingQuestions', () => {
  it('asks for the title, the default status, the date order and the source separator', async () => {
    const mapping = setup({ format: 'generic', columns: { date: 'Date' } });
    await fireEvent.input(screen.getByLabelText('Title of the dataset'), {
      target: { value: 'January events' },
    });
    const status = screen.getByLabelText(
      'Status of events whose row gives none',
    ) as HTMLSelectElement;
    await fireEvent.change(status, { target: { value: 'reported' } });
    const order = screen.getByLabelText('Dates such as 01/02/2022 are') as HTMLSelectElement;
    await fireEvent.change(order, { target: { value: 'mdy' } });
    const sep = screen.getByLabelText(
      'Several sources in one cell are separated by',
    ) as HTMLSelectElement;
    await fireEvent.change(sep, { target: { value: '|' } });
    flushSync();
    expect(mapping).toMatchObject({
      title: 'January events',
      defaultStatus: 'reported',
      dateOrder: 'mdy',
      sourceSeparator: '|',
    });
    await fireEvent.change(sep, { target: { value: '' } });
    expect(mapping.sourceSeparator).toBeUndefined();
  });

  it('adds, labels and removes figure columns, proposing an unused column', async () => {
    const mapping = setup({ format: 'generic', columns: { date: 'Date' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add a figure column' }));
    expect(mapping.figures).toEqual([{ column: 'Deaths', label: 'Deaths' }]);
    await fireEvent.click(screen.getByRole('button', { name: 'Add a figure column' }));
    expect(mapping.figures![1]!.column).toBe('Injured');
    await fireEvent.input(screen.getByLabelText('What figure 1 counts'), {
      target: { value: 'killed' },
    });
    expect(mapping.figures![0]!.label).toBe('killed');
    await fireEvent.click(screen.getByRole('button', { name: 'Remove figure 1' }));
    expect(mapping.figures).toEqual([{ column: 'Injured', label: 'Injured' }]);
  });
});
