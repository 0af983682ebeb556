import { getContext, setContext } from 'svelte';
import type { Capture, Picture } from '../ui/picture';

/** The views the PNG export composes. */
export type CapturedView = 'map' | 'timeline';

/**
 * What each view gives the PNG export: a view registers its capture while it is shown, and the
 * export asks for it by name, never looking the view's canvas up in the page.
 */
export class ViewCaptures {
  readonly #captures = new Map<CapturedView, Capture>();

  /** Registers a view's capture; returns what unregisters it (for an effect's teardown). */
  register(view: CapturedView, capture: Capture): () => void {
    this.#captures.set(view, capture);
    return () => {
      if (this.#captures.get(view) === capture) this.#captures.delete(view);
    };
  }

  /**
   * A view's `oncapture` callback: registers each capture the view gives, in place of the one
   * before, and unregisters on null (the view is gone).
   */
  slot(view: CapturedView): (capture: Capture | null) => void {
    let unregister: (() => void) | undefined;
    return (capture) => {
      unregister?.();
      unregister = capture ? this.register(view, capture) : undefined;
    };
  }

  /** The view's picture, or null when the view is not shown or has nothing drawn. */
  capture(view: CapturedView): Promise<Picture | null> {
    return this.#captures.get(view)?.() ?? Promise.resolve(null);
  }
}

const KEY = Symbol('view-captures');

/** Provides the captures to the views below (the explorer's shell does). */
export function provideViewCaptures(captures: ViewCaptures): void {
  setContext(KEY, captures);
}

/** The captures provided above, if any: a view shown elsewhere (a presentation) has none. */
export function viewCaptures(): ViewCaptures | undefined {
  return getContext<ViewCaptures | undefined>(KEY);
}
