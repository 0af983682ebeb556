import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeApp } from '../../../tests/support/app';
import type { Narrative } from '../model/schema';
import { newNarrative } from './narrative-editor';

afterEach(() => vi.useRealTimers());

/** What the views show of the state: every filter, the window, the selection, the count. */
function shown(app: ReturnType<typeof makeApp>) {
  const { articles, categories, places, text, time, window, inView, selected } = app;
  return {
    articles,
    categories,
    places,
    text,
    time,
    window,
    inView,
    selected,
    count: app.visible.count,
  };
}

describe('AppState as the views read it', () => {
  it('does not recompute the list on the steps of a brush drag, only once it rests', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const app = makeApp();
    let lists = 0;
    let sets = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        void app.listed;
        lists++;
      });
      $effect(() => {
        void app.visible;
        sets++;
      });
    });
    flushSync();
    expect([lists, sets]).toEqual([1, 1]);
    for (const day of [5, 6, 7]) {
      app.setTime([Date.UTC(2022, 0, day), Date.UTC(2022, 0, day + 1)], true);
      flushSync();
    }
    // The map and the timeline follow every step; the list waits.
    expect([lists, sets]).toEqual([1, 4]);
    // It waits for the pointer to rest 150 ms after the frame that drew the last step (a step
    // at a million events takes longer than that to draw).
    vi.advanceTimersByTime(150);
    flushSync();
    expect([lists, sets]).toEqual([1, 4]);
    vi.advanceTimersByTime(20);
    flushSync();
    expect([lists, sets]).toEqual([2, 4]);
    stop();
  });
  it('restores every filter, the window, the map view and the selection a step captured', () => {
    const app = makeApp();
    app.toggleArticle(2);
    app.toggleCategory('torture');
    app.togglePlace('Almaty');
    app.setText('beaten');
    app.setTime([Date.UTC(2022, 0, 6), Date.UTC(2022, 0, 8)]);
    app.setWindow([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
    app.setMapView({ center: [77, 43], zoom: 6, bounds: [70, 40, 80, 46] });
    app.setInView(true);
    app.selectById('b');
    const before = shown(app);
    expect(before.count).toBe(1);
    const narrative = newNarrative('mine', 'Mine', 'Captured', app.viewSnapshot());
    app.setWritten([narrative]);
    // Another view on screen: presenting the step must bring the captured one back.
    app.clearFilters();
    app.select(-1);
    app.setWindow([Date.UTC(2021, 0, 1), Date.UTC(2023, 0, 1)]);
    app.enterPresentation('mine', 1);
    expect(shown(app)).toEqual(before);
    expect(app.requestedMapView).toEqual({ bounds: [70, 40, 80, 46] });
    // The selected event is highlighted too; the brushed dates are marked by the brush alone.
    expect([...app.highlight!]).toEqual([0, 1, 0]);
    expect(app.stepMarker).toBeNull();
  });

  it('plays a narrative step from one date to another, and jumps there with reduced motion', () => {
    vi.useFakeTimers();
    const app = makeApp();
    const narrative: Narrative = {
      id: 'n',
      title: 'N',
      steps: [
        {
          id: 'played',
          title: 'Played',
          text: '',
          events: [],
          play: { from: '2022-01-01', to: '2022-01-10', speed: 'day', mode: 'grow' },
        },
      ],
    };
    app.open({ ...app.dataset!, narratives: [narrative] }, null);
    app.enterPresentation('n', 1);
    expect(app.player.playing).toBe(true);
    expect(app.time).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 2)]);
    expect(app.window).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)]);
    app.leavePresentation();
    expect(app.player.playing).toBe(false);

    const reduced = vi.spyOn(app.player, 'reducedMotion', 'get').mockReturnValue(true);
    app.enterPresentation('n', 1);
    expect(app.player.playing).toBe(false);
    expect(app.time).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)]);
    reduced.mockRestore();
    app.leavePresentation();
  });
});
