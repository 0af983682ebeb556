/**
 * Work the first view does not need, done once the page is idle: at a million events the map's
 * index for the pointer and its text alternative took 0.4-0.6 s before the first view was drawn.
 * Where the browser has no idle callbacks (Safari), a timer stands in.
 */

/** Without idle callbacks: how long to wait, in ms. */
const FALLBACK_MS = 300;

/** Runs `fn` when the page is next idle; returns a function that cancels it. */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => fn());
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, FALLBACK_MS);
  return () => clearTimeout(id);
}
