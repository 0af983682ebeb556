import { untrack } from 'svelte';

/**
 * A value that follows `read()` once the frame after its change has been drawn: for the parts of
 * the page that can wait a frame (the list's rows, the filters' counts), so that the frame after a
 * filter change draws the map and the timeline without first laying out and painting hundreds of
 * rows and counts. The first value is there at once. Changes within one frame are followed once,
 * with the last value. When `scope()` changes (another dataset: the value held may name events
 * that no longer exist), the value follows at once. Create it while a component initialises (it
 * owns an effect).
 *
 * `changes()`, when given, is what is watched instead of `read()`: a value already at hand that
 * changes whenever `read()`'s may. `read()` is then worked out in the task after the frame too,
 * not in the one that made the change (the counts and the list's order over a million events:
 * 60-90 ms before the map and the timeline could draw).
 */
export function afterFrame<T>(
  read: () => T,
  scope: () => unknown = () => null,
  changes?: () => unknown,
): { readonly current: T } {
  let held = $state.raw({ value: read(), scope: scope() });
  $effect(() => {
    const to = scope();
    let value: T | undefined;
    if (changes) changes();
    else {
      value = read();
      const now = untrack(() => held);
      if (value === now.value && to === now.scope) return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = () => {
      const next = changes ? untrack(read) : (value as T);
      if (next !== held.value || to !== held.scope) held = { value: next, scope: to };
    };
    // A task after the next animation frame: that frame (its paint included) is done by then.
    const after = () => (timer = setTimeout(follow));
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(after) : 0;
    if (!frame) after();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  return {
    get current() {
      return held.scope === scope() ? held.value : read();
    },
  };
}
