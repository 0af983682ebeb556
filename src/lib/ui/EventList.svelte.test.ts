import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import WithApp from '../testing/WithApp.svelte';
import { makeApp } from '../testing/app';
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

  it('says so when no event matches', async () => {
    const app = makeApp();
    app.setText('nothing matches this');
    render(WithApp, { app, component: EventList });
    expect(screen.getByText(/No event matches these filters/)).toBeTruthy();
  });
});
