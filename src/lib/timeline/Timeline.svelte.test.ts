import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildEventIndex } from '../filter/event-index';
import { translate } from '../i18n/translate';
import type { EventFeature } from '../model/schema';
import { countingCanvas, nextFrame } from '../../../tests/support/canvas';
import { fineProps } from '../../../tests/support/props.svelte';
import { markY } from './marks';
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

const THREE = [
  feature('a', '1998-05', [2]),
  feature('b', '2022-01-05', []),
  feature('c', '2022-01-06', [2]),
];

function setup(overrides: Record<string, unknown> = {}, features = THREE) {
  const articles = [{ number: 2, title: 'Prevention', obliges: 'x' }];
  const categories = [{ id: 'arrest', label: 'Arrest' }];
  const index = buildEventIndex(features, { articles, categories, sources: [] } as never);
  const props = fineProps({
    index,
    drawn: new Uint8Array(features.length).fill(1),
    visibleCount: features.length,
    visibleVersion: 1,
    articles,
    categories,
    window: [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)] as [number, number],
    onwindowchange: vi.fn(),
    brush: null as [number, number] | null,
    onbrush: vi.fn(),
    hovered: -1,
    selected: -1,
    onhover: vi.fn(),
    onselect: vi.fn(),
    lang: 'en' as const,
    t: (k: string, p?: Record<string, string | number>) => translate('en', k, p),
    ...overrides,
  });
  render(Timeline, { props });
  /** Sets some props, as a parent would, and lets the timeline follow. */
  const set = (next: Partial<typeof props>) => flushSync(() => Object.assign(props, next));
  return { props, set };
}

describe('Timeline (jsdom: no canvas, the controls still work)', () => {
  it('runs time left to right in Arabic too: the plots are ltr inside an rtl page', () => {
    document.documentElement.dir = 'rtl';
    setup({
      lang: 'ar',
      t: (k: string, p?: Record<string, string | number>) => translate('ar', k, p),
    });
    const plots = [...document.querySelectorAll('.overview, .detail')];
    expect(plots).toHaveLength(2);
    for (const el of plots) expect(el.getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('application').getAttribute('aria-label')).toMatch(/الخط الزمني/);
    document.documentElement.dir = '';
  });

  it('writes and reads the dates in the interface language, with the form as a hint', async () => {
    const { props } = setup({
      brush: [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)],
      lang: 'ru',
      t: (k: string, p?: Record<string, string | number>) => translate('ru', k, p),
    });
    const from = screen.getByLabelText('С') as HTMLInputElement;
    expect(from.value).toBe('01.01.2022');
    expect(from.placeholder).toBe('дд.мм.гггг');
    const hint = () => document.getElementById(from.getAttribute('aria-describedby')!)!.textContent;
    expect(hint()).toMatch(/в виде дд\.мм\.гггг, например \d\d\.\d\d\.\d{4}/);
    // Not a whole day yet: nothing is taken, and the field says so.
    await fireEvent.input(from, { target: { value: '04.01.202' } });
    expect(props.onbrush).not.toHaveBeenCalled();
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(hint()).toMatch(/неполная/);
    await fireEvent.input(from, { target: { value: '04.01.2022' } });
    expect(props.onbrush).toHaveBeenLastCalledWith([Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 11)]);
  });

  it('moves, resizes and clears the brush by keyboard, saying the dates in words', async () => {
    const { props, set } = setup();
    const slider = screen.getByRole('slider', { name: /Selected dates/ });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^None/);
    // A first arrow selects a day (the window is ten days) at the window's middle.
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(props.onbrush).toHaveBeenLastCalledWith([Date.UTC(2022, 0, 6), Date.UTC(2022, 0, 7)]);
    set({ brush: [Date.UTC(2022, 0, 6), Date.UTC(2022, 0, 7)] });
    expect(slider.getAttribute('aria-valuetext')).toBe('6 January 2022 to 6 January 2022');
    await fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(props.onbrush).toHaveBeenLastCalledWith([Date.UTC(2022, 0, 5), Date.UTC(2022, 0, 6)]);
    await fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(props.onbrush).toHaveBeenLastCalledWith([Date.UTC(2022, 0, 6), Date.UTC(2022, 0, 8)]);
    await fireEvent.keyDown(slider, { key: 'Escape' });
    expect(props.onbrush).toHaveBeenLastCalledWith(null);
    // Its keys stay its own: the detail does not step through events meanwhile.
    expect(props.onselect).not.toHaveBeenCalled();
  });

  it('pans the window from the overview by keyboard', async () => {
    const { props } = setup();
    const slider = screen.getByRole('slider', { name: /Dates shown/ });
    expect(slider.getAttribute('aria-valuetext')).toBe('1 January 2022 to 10 January 2022');
    await fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(props.onwindowchange).toHaveBeenLastCalledWith([
      Date.UTC(2021, 11, 31),
      Date.UTC(2022, 0, 10),
    ]);
    await fireEvent.keyDown(slider, { key: 'Escape' });
    expect(props.onwindowchange).toHaveBeenCalledTimes(1);
  });

  it('turns typed dates into a half-open range that includes the last day', async () => {
    const { props } = setup({ brush: [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)] });
    const to = screen.getByLabelText('To') as HTMLInputElement;
    // Day first in English, as the UN writes it, whatever the browser's locale.
    expect(to.value).toBe('10/01/2022');
    await fireEvent.input(screen.getByLabelText('From'), { target: { value: '04/01/2022' } });
    expect(props.onbrush).toHaveBeenLastCalledWith([Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 11)]);
    await fireEvent.input(to, { target: { value: '2022-01-06' } });
    expect(props.onbrush).toHaveBeenLastCalledWith([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 7)]);
    await fireEvent.click(screen.getByRole('button', { name: 'Clear the dates' }));
    expect(props.onbrush).toHaveBeenLastCalledWith(null);
  });

  it('zooms in and out about the centre with named buttons, and resets to the data', async () => {
    const { props } = setup();
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
    // What the window shows: the 1998 event is outside it.
    expect(img?.getAttribute('aria-label')).toBe(
      'Timeline, 1 January 2022 to 10 January 2022: 2 of the 3 events shown are in these dates',
    );
    expect(screen.getByText('Art. 2 · Prevention')).toBeTruthy();
    expect(screen.getByText('Not assigned')).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Select dates' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('steps to the next visible event with the arrow keys', async () => {
    const { props } = setup({ selected: 1, drawn: Uint8Array.from([1, 1, 1]) });
    const detail = screen.getByRole('application');
    await fireEvent.keyDown(detail, { key: 'ArrowRight' });
    expect(props.onselect).toHaveBeenLastCalledWith(2);
    await fireEvent.keyDown(detail, { key: 'ArrowLeft' });
    expect(props.onselect).toHaveBeenLastCalledWith(0);
  });
});

describe('Timeline hover and click (jsdom: the layout says what is under the pointer)', () => {
  // The detail and the overview measure 600 px; d3's pointer is then clientX/Y, as jsdom's
  // elements sit at 0,0. The canvas paints nothing (no 2D context): the layout is all there is.
  const WIDTH = 600;
  const AXIS = 26;
  const LANE = 30;
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return this.matches('.detail, .overview') ? WIDTH : 0;
      },
    });
  });
  afterAll(() => {
    // jsdom's own getter is on Element.prototype, underneath.
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  });

  /** x of an instant in the window 1-11 January 2022 (60 px a day). */
  const xOf = (t: number) => ((t - Date.UTC(2022, 0, 1)) / (10 * DAY)) * WIDTH;

  it('names the event under the pointer and selects it on a click', async () => {
    const { props, set } = setup();
    const detail = screen.getByRole('application');
    // Event 2 (6 January, Art. 2) is a point in the first lane, at the middle of its day.
    const at = { clientX: xOf(Date.UTC(2022, 0, 6, 12)), clientY: AXIS + markY(2, LANE, 4.5) };
    await fireEvent.pointerMove(detail, at);
    expect(props.onhover).toHaveBeenLastCalledWith(2);
    const tip = screen.getByRole('tooltip');
    expect(tip.querySelector('strong')?.textContent).toBe('c');
    expect(tip.textContent).toContain('Almaty');

    set({ hovered: 2 });
    await fireEvent.click(detail, at);
    expect(props.onselect).toHaveBeenLastCalledWith(2);

    // Beside the mark: nothing, and the hover is cleared.
    await fireEvent.pointerMove(detail, { clientX: at.clientX + 40, clientY: at.clientY });
    expect(props.onhover).toHaveBeenLastCalledWith(-1);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('counts a histogram bin under the pointer and zooms in on a click', async () => {
    // Sixty events on 5 January crowd the "Not assigned" lane into a histogram.
    const crowd = Array.from({ length: 60 }, (_, k) => feature(`e${k}`, '2022-01-05', []));
    const { props } = setup({}, crowd);
    const detail = screen.getByRole('application');
    const at = { clientX: xOf(Date.UTC(2022, 0, 5, 12)), clientY: AXIS + LANE + 15 };
    await fireEvent.pointerMove(detail, at);
    // Bins of 2 px, 30 to a day: two events in each.
    expect(screen.getByRole('tooltip').querySelector('strong')?.textContent).toBe('2 events');
    expect(props.onhover).not.toHaveBeenCalledWith(expect.any(Number));
    // The legend explains the histogram it shows.
    expect(screen.getByText('Count, where too dense for marks')).toBeTruthy();
    await fireEvent.click(detail, at);
    const [a, b] = props.onwindowchange.mock.lastCall![0] as [number, number];
    expect(b - a).toBeCloseTo(2.5 * DAY, -3);
    expect(a).toBeLessThan(Date.UTC(2022, 0, 5, 12));
    expect(b).toBeGreaterThan(Date.UTC(2022, 0, 5, 12));
    expect(props.onselect).not.toHaveBeenCalled();
  });

  it('repaints for a pan but not for a brush step: the layout does not read the brush', async () => {
    const canvas = countingCanvas();
    try {
      const { set } = setup();
      const detail = screen.getByRole('application').querySelector('canvas')!;
      await nextFrame();
      const painted = () => canvas.calls(detail, 'clearRect');
      expect(painted()).toBe(1);
      expect(detail.dataset.marks).toBe('2');

      set({
        brush: [Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 6)],
        visibleCount: 1,
        visibleVersion: 2,
      });
      await nextFrame();
      expect(painted()).toBe(1);
      // The brush is on screen at once: the picture is published as showing the new set.
      expect(detail.dataset.timelinePainted).toBe('2');

      set({ window: [Date.UTC(2022, 0, 2), Date.UTC(2022, 0, 12)] });
      await nextFrame();
      expect(painted()).toBe(2);
    } finally {
      canvas.restore();
    }
  });
});
