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

  const stop = $effect.root(() => {
    $effect(() => {
      const fragment = encodeFragment(app.toUrlState());
      const mark = app.historyMark;
      if (applying) return;
      clearTimeout(pending);
      if (mark !== lastMark) {
        lastMark = mark;
        write(fragment, true);
      } else {
        pending = setTimeout(() => write(fragment, false), REPLACE_EVERY_MS);
      }
    });
  });

  const onpopstate = () => {
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
    window.removeEventListener('popstate', onpopstate);
  };
}
