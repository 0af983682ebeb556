/**
 * Keeps the address bar in step with the app state, so that every view can be cited: a discrete
 * change (a filter toggled, an event selected) gets its own history entry, so back and forward
 * step through them; continuous changes (brushing, panning) replace the current entry, at most
 * a few times a second (browsers throttle the history API).
 */
import type { AppState } from './app-state.svelte';
import { decodeUrl, encodeFragment, isAnchor } from './url';

const REPLACE_EVERY_MS = 300;

export function syncUrl(app: AppState): () => void {
  let lastMark = app.historyMark;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let applying = false;

  const write = (fragment: string, push: boolean) => {
    const href = `${location.pathname}${location.search}${fragment}`;
    if (`${location.pathname}${location.search}${location.hash}` === href) return;
    if (push) history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  };

  /**
   * A new entry is written in the task after the next frame: the frame that draws a filter's
   * views does not wait for it (pushState took 4 ms of a 15 ms click at 10,000 events). One not
   * yet written is written before anything else, so the entries keep their order.
   */
  let toPush: string | null = null;
  let pushFrame = 0;
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  const push = () => {
    cancelAnimationFrame(pushFrame);
    clearTimeout(pushTimer);
    if (toPush !== null) write(toPush, true);
    toPush = null;
  };

  const stop = $effect.root(() => {
    $effect(() => {
      const fragment = encodeFragment(app.toUrlState());
      const mark = app.historyMark;
      if (applying) return;
      clearTimeout(pending);
      push();
      if (mark !== lastMark) {
        lastMark = mark;
        toPush = fragment;
        pushFrame = requestAnimationFrame(() => (pushTimer = setTimeout(push)));
      } else {
        pending = setTimeout(() => write(fragment, false), REPLACE_EVERY_MS);
      }
    });
  });

  const onpopstate = () => {
    // The view goes back to an entry: one not yet written is not written over it.
    toPush = null;
    push();
    // An in-page anchor names an element, not a view: the view stays, and so does its address.
    if (isAnchor(location.hash)) {
      write(encodeFragment(app.toUrlState()), false);
      return;
    }
    applying = true;
    app.applyUrlState(decodeUrl(location.href));
    lastMark = app.historyMark;
    queueMicrotask(() => (applying = false));
  };
  window.addEventListener('popstate', onpopstate);
  return () => {
    stop();
    clearTimeout(pending);
    cancelAnimationFrame(pushFrame);
    clearTimeout(pushTimer);
    window.removeEventListener('popstate', onpopstate);
  };
}
