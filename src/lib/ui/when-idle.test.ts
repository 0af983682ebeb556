import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

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
});
