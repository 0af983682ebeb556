import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import WithApp from '../../../tests/support/WithApp.svelte';
import { makeApp } from '../../../tests/support/app';
import FilterPanel from './FilterPanel.svelte';

function count(label: RegExp): string {
  return screen.getByLabelText(label).closest('label')!.querySelector('.count')!.textContent!;
}

describe('FilterPanel', () => {
  it('lists each article with the count it would give', () => {
    render(WithApp, { app: makeApp(), component: FilterPanel });
    expect(count(/Art\. 2/)).toBe('2');
    expect(count(/Art\. 3/)).toBe('1');
    expect(count(/Art\. 11/)).toBe('1');
  });

  it('filters by article and updates the other facets’ counts', async () => {
    const app = makeApp();
    render(WithApp, { app, component: FilterPanel });
    await fireEvent.click(screen.getByLabelText(/Art\. 11/));
    flushSync();
    expect(app.articles).toEqual([11]);
    expect(app.visible.count).toBe(1);
    // The counts follow a frame later (the map and the timeline are drawn first). Categories now
    // count under article 11 only; articles still count under no other filter.
    await vi.waitFor(() => expect(count(/Torture/)).toBe('0'));
    expect(count(/Protest/)).toBe('1');
    expect(count(/Art\. 2/)).toBe('2');
  });

  it('searches as the reader types and clears everything at once', async () => {
    const app = makeApp();
    render(WithApp, { app, component: FilterPanel });
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Search the events' }), {
      target: { value: 'urumqi' },
    });
    flushSync();
    expect(app.visible.count).toBe(1);
    const clear = screen.getByRole('button', { name: 'Clear all filters' });
    await fireEvent.click(clear);
    flushSync();
    expect(app.visible.count).toBe(3);
    expect((clear as HTMLButtonElement).disabled).toBe(true);
    // The button it pressed is now disabled: the focus waits in the search field, not on <body>.
    expect(document.activeElement).toBe(
      screen.getByRole('searchbox', { name: 'Search the events' }),
    );
  });
});
