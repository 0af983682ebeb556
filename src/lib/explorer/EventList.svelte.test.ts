import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import WithApp from '../../../tests/support/WithApp.svelte';
import { makeApp } from '../../../tests/support/app';
import { makeEvent } from '../../../tests/support/fixtures';
import EventList from './EventList.svelte';

const titles = () =>
  screen.getAllByRole('button', { name: /^Show the detail of/ }).map((b) => b.textContent);

describe('EventList', () => {
  it('lists the visible events in time order and sorts by a column', async () => {
    render(WithApp, { app: makeApp(), component: EventList });
    expect(titles()).toEqual(['Refugees deported', 'Protest in Almaty', 'Detainee beaten']);
    await fireEvent.click(screen.getByRole('button', { name: /^Event/ }));
    expect(titles()).toEqual(['Detainee beaten', 'Protest in Almaty', 'Refugees deported']);
    expect(screen.getByRole('columnheader', { name: /Event/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('selects an event from the keyboard-reachable row button', async () => {
    const app = makeApp();
    render(WithApp, { app, component: EventList });
    await fireEvent.click(
      screen.getByRole('button', { name: 'Show the detail of Detainee beaten' }),
    );
    flushSync();
    expect(app.index.ids[app.selected]).toBe('b');
  });

  it('gives the focus back to the row of the event whose detail was closed', () => {
    const app = makeApp();
    const i = app.index.ids.indexOf('b');
    render(WithApp, { app, component: EventList, componentProps: { returnFocusTo: i } });
    expect(document.activeElement?.textContent).toBe('Detainee beaten');
  });

  it('leaves the focus where it is when no detail was closed', () => {
    render(WithApp, { app: makeApp(), component: EventList });
    expect(document.activeElement).toBe(document.body);
  });

  it('says so when no event matches', async () => {
    const app = makeApp();
    app.setText('nothing matches this');
    render(WithApp, { app, component: EventList });
    expect(screen.getByText(/No event matches these filters/)).toBeTruthy();
  });

  it('renders a screenful of rows at first and more on request, in time order', async () => {
    const app = makeApp();
    const events = Array.from({ length: 120 }, (_, k) =>
      makeEvent(`e${k}`, {
        title: `Event ${String(k).padStart(3, '0')}`,
        date: { start: `2021-0${Math.floor(k / 28) + 1}-${String((k % 28) + 1).padStart(2, '0')}` },
      }),
    );
    app.open({ ...app.dataset!, events }, null);
    render(WithApp, { app, component: EventList });
    expect(titles()).toHaveLength(50);
    expect(screen.getByText('Showing the first 50 of 120.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Show 70 more' }));
    expect(titles()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    // Newest first: the last of the time order leads.
    await fireEvent.click(screen.getByRole('button', { name: 'ascending' }));
    expect(titles()[0]).toBe('Event 119');
  });
});
