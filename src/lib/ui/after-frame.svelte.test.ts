import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { afterFrame } from './after-frame.svelte';

describe('afterFrame', () => {
  it('has the first value at once, and follows a change after the next frame, once', async () => {
    let source = $state(1);
    let reads = 0;
    let lagging: { readonly current: number } | undefined;
    const stop = $effect.root(() => {
      lagging = afterFrame(() => {
        reads++;
        return source;
      });
    });
    flushSync();
    expect(lagging!.current).toBe(1);
    source = 2;
    source = 3;
    flushSync();
    // The frame that shows the change comes first.
    expect(lagging!.current).toBe(1);
    await vi.waitFor(() => expect(lagging!.current).toBe(3));
    const after = reads;
    // Nothing more to follow.
    await new Promise((r) => setTimeout(r, 50));
    expect(lagging!.current).toBe(3);
    expect(reads).toBe(after);
    stop();
  });

  it('follows only the last of changes made before the frame', async () => {
    let source = $state('a');
    let lagging: { readonly current: string } | undefined;
    const seen: string[] = [];
    const stop = $effect.root(() => {
      lagging = afterFrame(() => source);
      $effect(() => {
        seen.push(lagging!.current);
      });
    });
    flushSync();
    source = 'b';
    flushSync();
    source = 'c';
    flushSync();
    await vi.waitFor(() => expect(lagging!.current).toBe('c'));
    flushSync();
    expect(seen).toEqual(['a', 'c']);
    stop();
  });

  it('follows at once when its scope changes (another dataset)', () => {
    let source = $state([1, 2, 3]);
    let scope = $state('a');
    let lagging: { readonly current: number[] } | undefined;
    const stop = $effect.root(() => {
      lagging = afterFrame(
        () => source,
        () => scope,
      );
    });
    flushSync();
    source = [4];
    flushSync();
    expect(lagging!.current).toEqual([1, 2, 3]);
    scope = 'b';
    source = [5, 6];
    flushSync();
    expect(lagging!.current).toEqual([5, 6]);
    stop();
  });

  it('with `changes`, works the value out after the frame, not in the change', async () => {
    let source = $state(1);
    let version = $state(0);
    let reads = 0;
    let lagging: { readonly current: number } | undefined;
    const stop = $effect.root(() => {
      lagging = afterFrame(
        () => {
          reads++;
          return source * 10;
        },
        () => null,
        () => version,
      );
    });
    flushSync();
    expect(lagging!.current).toBe(10);
    await new Promise((r) => setTimeout(r, 50));
    const before = reads;
    source = 2;
    version++;
    flushSync();
    expect(reads).toBe(before);
    expect(lagging!.current).toBe(10);
    await vi.waitFor(() => expect(lagging!.current).toBe(20));
    // A change of `changes()` that leaves the value as it was changes nothing.
    version++;
    flushSync();
    await new Promise((r) => setTimeout(r, 50));
    expect(lagging!.current).toBe(20);
    stop();
  });
});
