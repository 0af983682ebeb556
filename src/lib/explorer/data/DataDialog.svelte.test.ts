import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import WithApp from '../../../../tests/support/WithApp.svelte';
import { makeApp } from '../../../../tests/support/app';
import type { DatasetChoice } from '../../state/open';
import DataDialog from './DataDialog.svelte';

const CSV = [
  'date,title,place,country',
  '2024-01-01,One,Alexandria,Egypt',
  '2024-01-02,Two,Tripoli,',
  '2024-01-03,Three,Xyzzyville,',
].join('\n');

describe('DataDialog: places found by name', () => {
  it('lists placed, ambiguous and not-found rows, and a pick moves the event', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    const onopen = vi.fn<(c: DatasetChoice) => void>();
    render(WithApp, {
      app: makeApp(),
      component: DataDialog,
      componentProps: { onopen, dropped: new File([CSV], 'places.csv', { type: 'text/csv' }) },
    });
    const list = await waitFor(() => screen.getByTestId('placements'), { timeout: 20_000 });
    const group = (status: string) => list.querySelector(`ul[data-status="${status}"]`)!;
    expect(group('placed').textContent).toContain('row 2: Alexandria');
    expect(group('ambiguous').textContent).toContain('row 3: Tripoli');
    expect(group('not-found').textContent).toContain('row 4: Xyzzyville');

    const pick = within(group('ambiguous') as HTMLElement).getByRole('combobox', {
      name: 'Place of row 3 (Tripoli)',
    }) as HTMLSelectElement;
    const lebanon = [...pick.options].findIndex((o) => /Lebanon/.test(o.text));
    expect(lebanon).toBeGreaterThan(0);
    await fireEvent.change(pick, { target: { value: String(lebanon) } });
    // The choice loads the importer's module, then updates the result.
    await import('../../data/import/locate');
    await new Promise((r) => setTimeout(r, 50));
    expect(pick.value).toBe(String(lebanon));

    await fireEvent.click(screen.getByRole('button', { name: /Explore the 3 imported events/ }));
    await waitFor(() => expect(onopen).toHaveBeenCalled());
    const choice = onopen.mock.calls[0]![0] as {
      dataset: { events: { properties: { title: unknown; place: { country?: string } } }[] };
    };
    const two = choice.dataset.events.find((e) => e.properties.title === 'Two')!;
    expect(two.properties.place.country).toBe('LB');
  }, 60_000);
});
