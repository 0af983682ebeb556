import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS, whenIdle, whenQuiet } from './when-idle';

describe('work done when the page is idle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for an idle callback, and is cancelled with it', () => {
    const asked: (() => void)[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => asked.push(fn));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const done: string[] = [];
    whenIdle(() => done.push('a'));
    const cancel = whenIdle(() => done.push('b'));
    expect(done).toEqual([]);
    asked[0]!();
    expect(done).toEqual(['a']);
    cancel();
    expect(cancelled).toEqual([2]);
  });

  it('waits on a timer where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const done: string[] = [];
    whenIdle(() => done.push('a'));
    const cancel = whenIdle(() => done.push('b'));
    cancel();
    expect(done).toEqual([]);
    vi.runAllTimers();
    expect(done).toEqual(['a']);
  });

  it('waits for a pause in pointer input and in the page’s own work, not in typing', () => {
    const page = quietPage();
    // The page's clock: time passes with the timers, or in a task that holds them back.
    let now = 0;
    const wait = (ms: number) => {
      for (let k = 0; k < ms; k += 50) {
        now += 50;
        vi.advanceTimersByTime(50);
      }
    };
    const done: string[] = [];
    whenQuiet(
      () => done.push('a'),
      () => now,
    );
    expect(page.listening()).toBe(3);
    // A drag: each move starts the pause again.
    for (let k = 0; k < 10; k++) {
      wait(QUIET_MS - 300);
      page.dispatchEvent(new Event('pointermove'));
    }
    expect(done).toEqual([]);
    // A task of seconds (the first view being built) holds the checks back: not a pause either.
    wait(QUIET_MS - 300);
    now += 3000;
    wait(QUIET_MS - 300);
    expect(done).toEqual([]);
    // Typing (a search, which wants the texts) does not put the work off.
    page.dispatchEvent(new Event('keydown'));
    // Two quiet seconds (checked every 250 ms), then the idle callback's stand-in (300 ms).
    wait(300 + 250 + 300);
    expect(done).toEqual(['a']);
    // Done once, and no longer listening.
    expect(page.listening()).toBe(0);
    vi.runAllTimers();
    expect(done).toEqual(['a']);
  });

  it('is cancelled at any point', () => {
    const page = quietPage();
    const done: string[] = [];
    const cancel = whenQuiet(() => done.push('a'));
    vi.advanceTimersByTime(300);
    cancel();
    expect(page.listening()).toBe(0);
    vi.runAllTimers();
    expect(done).toEqual([]);
  });
});

/**
 * A page without idle callbacks (timers stand in, faked) whose input listeners are counted:
 * an event target in place of the window.
 */
function quietPage(): EventTarget & { listening: () => number } {
  vi.useFakeTimers();
  vi.stubGlobal('requestIdleCallback', undefined);
  const page = new EventTarget();
  let listening = 0;
  vi.stubGlobal('addEventListener', (...a: Parameters<EventTarget['addEventListener']>) => {
    listening++;
    page.addEventListener(...a);
  });
  vi.stubGlobal('removeEventListener', (...a: Parameters<EventTarget['removeEventListener']>) => {
    listening--;
    page.removeEventListener(...a);
  });
  return Object.assign(page, { listening: () => listening });
}
