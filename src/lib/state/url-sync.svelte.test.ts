import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeApp } from '../../../tests/support/app';
import { syncUrl } from './url-sync.svelte';

afterEach(() => vi.useRealTimers());

describe('syncUrl', () => {
  it('writes a filter’s history entry after the frame that draws it, one entry per change, in order', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    history.replaceState(null, '', '/');
    const app = makeApp();
    const stop = syncUrl(app);
    const before = history.length;

    app.toggleArticle(2);
    flushSync();
    // Not in the click's task: the frame comes first.
    expect(history.length).toBe(before);
    expect(location.hash).toBe('');

    // A second change within the same frame writes the first one's entry before its own.
    app.toggleArticle(3);
    flushSync();
    expect(history.length).toBe(before + 1);
    expect(decodeURIComponent(location.hash)).toMatch(/2/);
    expect(decodeURIComponent(location.hash)).not.toMatch(/3/);

    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(history.length).toBe(before + 2);
    expect(decodeURIComponent(location.hash)).toMatch(/2.*3/);
    stop();
  });

  it('writes no entry once stopped', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    history.replaceState(null, '', '/');
    const app = makeApp();
    const stop = syncUrl(app);
    const before = history.length;
    app.toggleArticle(2);
    flushSync();
    stop();
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(history.length).toBe(before);
  });
});
