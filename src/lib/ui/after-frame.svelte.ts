import { untrack } from 'svelte';

/**
 * A value that follows `read()` once the frame after its change has been drawn: for the parts of
 * the page that can wait a frame (the list's rows, the filters' counts), so that the frame after a
 * filter change draws the map and the timeline without first laying out and painting hundreds of
 * rows and counts. The first value is there at once. Changes within one frame are followed once,
 * with the last value. When `scope()` changes (another dataset: the value held may name events
 * that no longer exist), the value follows at once. Create it while a component initialises (it
 * owns an effect).
 */
export function afterFrame<T>(
  read: () => T,
  scope: () => unknown = () => null,
): { readonly current: T } {
  let held = $state.raw({ value: read(), scope: scope() });
  $effect(() => {
    const next = { value: read(), scope: scope() };
    const now = untrack(() => held);
    if (next.value === now.value && next.scope === now.scope) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task after the next animation frame: that frame (its paint included) is done by then.
    const after = () => (timer = setTimeout(() => (held = next)));
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
