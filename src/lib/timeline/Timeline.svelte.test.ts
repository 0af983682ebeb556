import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildEventIndex } from '../filter/event-index';
import { translate } from '../i18n/translate';
import type { EventFeature } from '../model/schema';
import Timeline from './Timeline.svelte';

const DAY = 86_400_000;

// jsdom has no ResizeObserver (bind:clientWidth uses it); width stays 0, as it does before layout.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
const feature = (id: string, start: string, articles: number[]): EventFeature =>
  ({
    type: 'Feature',
    id,
    geometry: null,
    properties: {
      title: id,
      date: { start },
      place: { name: 'Almaty', precision: 'city' },
      category: 'arrest',
      articles,
      status: 'reported',
    },
  }) as EventFeature;

function setup(overrides: Record<string, unknown> = {}) {
  const articles = [{ number: 2, title: 'Prevention', obliges: 'x' }];
  const categories = [{ id: 'arrest', label: 'Arrest' }];
  const index = buildEventIndex(
    [feature('a', '1998-05', [2]), feature('b', '2022-01-05', []), feature('c', '2022-01-06', [2])],
    { articles, categories, sources: [] } as never,
  );
  const props = {
    index,
    drawn: new Uint8Array(3).fill(1),
    drawnVersion: 1,
    visibleCount: 3,
    visibleVersion: 1,
    articles,
    categories,
    window: [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)] as [number, number],
    onwindowchange: vi.fn(),
    brush: null,
    onbrush: vi.fn(),
    hovered: -1,
    selected: -1,
    onhover: vi.fn(),
    onselect: vi.fn(),
    lang: 'en' as const,
    t: (k: string, p?: Record<string, string | number>) => translate('en', k, p),
    ...overrides,
  };
  render(Timeline, { props });
  return props;
}

describe('Timeline (jsdom: no canvas, the controls still work)', () => {
  it('turns typed dates into a half-open range that includes the last day', async () => {
    const props = setup({ brush: [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)] });
    const to = screen.getByLabelText('To') as HTMLInputElement;
    expect(to.value).toBe('2022-01-10');
    await fireEvent.change(screen.getByLabelText('From'), { target: { value: '2022-01-04' } });
    expect(props.onbrush).toHaveBeenLastCalledWith([Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 11)]);
    await fireEvent.change(to, { target: { value: '2022-01-06' } });
    expect(props.onbrush).toHaveBeenLastCalledWith([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 7)]);
    await fireEvent.click(screen.getByRole('button', { name: 'Clear the dates' }));
    expect(props.onbrush).toHaveBeenLastCalledWith(null);
  });

  it('zooms in and out about the centre with named buttons, and resets to the data', async () => {
    const props = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(props.onwindowchange).toHaveBeenLastCalledWith([
      Date.UTC(2022, 0, 3, 12),
      Date.UTC(2022, 0, 8, 12),
    ]);
    await fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    const [a, b] = props.onwindowchange.mock.lastCall![0] as [number, number];
    expect(b - a).toBe(20 * DAY);
    await fireEvent.click(screen.getByRole('button', { name: 'Show all dates' }));
    const [c] = props.onwindowchange.mock.lastCall![0] as [number, number];
    expect(c).toBeLessThan(Date.UTC(1998, 4, 1));
  });

  it('labels the picture, the lanes and the brush-mode toggle', async () => {
    setup();
    const img = screen
      .getAllByRole('img')
      .find((e) => e.tagName === 'CANVAS' && /shown/.test(e.getAttribute('aria-label') ?? ''));
    expect(img?.getAttribute('aria-label')).toBe(
      'Timeline: 3 of 3 events shown, 1 January 2022 to 10 January 2022',
    );
    expect(screen.getByText('Art. 2 · Prevention')).toBeTruthy();
    expect(screen.getByText('Not assigned')).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Select dates' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('steps to the next visible event with the arrow keys', async () => {
    const props = setup({ selected: 1, drawn: Uint8Array.from([1, 1, 1]) });
    const detail = screen.getByRole('application');
    await fireEvent.keyDown(detail, { key: 'ArrowRight' });
    expect(props.onselect).toHaveBeenLastCalledWith(2);
    await fireEvent.keyDown(detail, { key: 'ArrowLeft' });
    expect(props.onselect).toHaveBeenLastCalledWith(0);
  });
});
