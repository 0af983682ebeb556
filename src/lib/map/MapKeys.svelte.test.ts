import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../i18n/translate';
import { buildEventBuffers } from './event-buffers';
import { keyStops } from './key-stops';
import MapKeys from './MapKeys.svelte';
import { indexOf, seedLikeEvents } from '../../../tests/support/map-events';

describe('MapKeys', () => {
  it('steps through the marks west to east, opens a stack as a list and an event alone', async () => {
    const index = indexOf(seedLikeEvents());
    const b = buildEventBuffers(index);
    const props = {
      stopsOf: () => keyStops(b, new Uint8Array(index.n).fill(1), index.start, null),
      index,
      lang: 'en',
      t: (k: string, p?: Record<string, string | number>) => translate('en', k, p),
      project: (lon: number, lat: number): [number, number] => [lon, lat],
      onhover: vi.fn(),
      onselect: vi.fn(),
      onstack: vi.fn(),
    };
    render(MapKeys, { props });
    const list = screen.getByRole('listbox', { name: /Events on the map/ });
    await fireEvent.focus(list);
    await fireEvent.keyDown(list, { key: 'ArrowRight' });
    const option = () => screen.getByRole('option');
    expect(option().textContent).toMatch(/^\s*8 events at this place: Almaty · City level/i);
    expect(list.getAttribute('aria-activedescendant')).toBe(option().id);
    await fireEvent.keyDown(list, { key: 'Enter' });
    expect(props.onstack).toHaveBeenCalledWith(
      expect.arrayContaining([index.byId.get('almaty-0')]),
      expect.closeTo(76.9286, 3),
      expect.closeTo(43.2567, 3),
    );
    await fireEvent.keyDown(list, { key: 'End' });
    expect(option().textContent).toMatch(/Event taldykorgan-exact/);
    expect(option().getAttribute('aria-posinset')).toBe('3');
    expect(props.onhover).toHaveBeenLastCalledWith(index.byId.get('taldykorgan-exact'));
    await fireEvent.keyDown(list, { key: 'Enter' });
    expect(props.onselect).toHaveBeenCalledWith(index.byId.get('taldykorgan-exact'));
  });
});
