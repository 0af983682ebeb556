/**
 * Work the first view does not need, done once the page is idle: at a million events the map's
 * index for the pointer and its text alternative took 0.4-0.6 s before the first view was drawn.
 * Work that takes a core for seconds waits for a pause in the person's input as well. Where the
 * browser has no idle callbacks (Safari), a timer stands in.
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

/**
 * What a person does to the page that work in the background waits for a pause in: a drag, a
 * zoom. Not typing: someone typing is about to search, and the texts for search are that work.
 */
const INPUT = ['pointerdown', 'pointermove', 'wheel'] as const;

/** How long a pause in the person's input and in the page's own work must be, in ms. */
export const QUIET_MS = 2000;
/** How often the pause is checked, and how late a check may come and still count as quiet. */
const TICK_MS = 250;
const LATE_MS = 100;

/**
 * Runs `fn` once the page has been quiet for QUIET_MS: no pointer or wheel input, and no
 * task long enough to hold a timer back. For background work that takes a core for seconds (the
 * texts for search of a million events), which neither the first view, still being built, nor a
 * drag just after it should share their cores with. Returns a function that cancels it. Without
 * a page to listen to (Node), as whenIdle.
 */
export function whenQuiet(fn: () => void, clock = () => performance.now()): () => void {
  if (typeof addEventListener !== 'function') return whenIdle(fn);
  let since = clock();
  let due = since + TICK_MS;
  const input = () => (since = clock());
  const listen = (on: boolean) => {
    for (const type of INPUT) {
      if (on) addEventListener(type, input, { capture: true, passive: true });
      else removeEventListener(type, input, { capture: true });
    }
  };
  let cancelIdle = () => {};
  const tick = () => {
    const now = clock();
    // A check that comes late was held back by the page's own work: not a pause.
    if (now - due > LATE_MS) since = now;
    if (now - since >= QUIET_MS) {
      listen(false);
      cancelIdle = whenIdle(fn);
      return;
    }
    due = now + TICK_MS;
    timer = setTimeout(tick, TICK_MS);
  };
  let timer = setTimeout(tick, TICK_MS);
  listen(true);
  return () => {
    listen(false);
    clearTimeout(timer);
    cancelIdle();
  };
}
