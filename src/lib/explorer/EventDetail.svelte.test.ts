import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import WithApp from '../../../tests/support/WithApp.svelte';
import { makeApp } from '../../../tests/support/app';
import EventDetail from './EventDetail.svelte';

function open(id: string, lang: 'en' | 'ru' = 'en') {
  const app = makeApp();
  app.locale.set(lang);
  const i = app.index.ids.indexOf(id);
  const onclose = vi.fn();
  render(WithApp, { app, component: EventDetail, componentProps: { i, onclose } });
  return { i, onclose };
}

describe('EventDetail', () => {
  it('takes the focus on its heading when it opens', () => {
    open('b');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(document.activeElement?.textContent).toBe('Detainee beaten');
  });

  it('closes with Esc from anywhere inside it, and with its close button', async () => {
    const { i, onclose } = open('b');
    await fireEvent.keyDown(screen.getByRole('button', { name: /Next/ }), { key: 'Escape' });
    expect(onclose).toHaveBeenCalledWith(i);
    await fireEvent.click(screen.getByRole('button', { name: 'Close the detail' }));
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  it('marks data text with its own language and direction, not the interface’s', () => {
    open('b', 'ru');
    // The fixture's titles are English only: in the Russian interface they are shown, and
    // spoken, as English.
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.getAttribute('lang')).toBe('en');
    expect(heading.getAttribute('dir')).toBe('auto');
  });

  it('ignores other keys', async () => {
    const { onclose } = open('b');
    await fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Enter' });
    expect(onclose).not.toHaveBeenCalled();
  });
});
