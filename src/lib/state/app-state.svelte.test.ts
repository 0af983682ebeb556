import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeApp } from '../../../tests/support/app';
import type { Narrative } from '../model/schema';

afterEach(() => vi.useRealTimers());

describe('AppState as the views read it', () => {
  it('does not recompute the list on the steps of a brush drag, only once it rests', () => {
    vi.useFakeTimers();
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
    vi.advanceTimersByTime(150);
    flushSync();
    expect([lists, sets]).toEqual([2, 4]);
    stop();
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
