import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeApp } from '../../../tests/support/app';

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
});
