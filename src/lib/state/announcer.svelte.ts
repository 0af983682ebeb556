/**
 * The app's one polite live region, as state: what a screen reader should say about a change the
 * reader made (the selection, the filters' result, an import's outcome), said once. A message
 * waits `delay` ms and is replaced by any newer one meanwhile, so a brush dragged across the
 * timeline is said once where it stops, not at every pixel; the same words are not said twice
 * in a row.
 */
export class Announcer {
  /** What the live region holds. */
  message = $state('');
  #timer: ReturnType<typeof setTimeout> | null = null;
  #last = '';

  say(text: string, delay = 0): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (text === this.#last) return;
      this.#last = text;
      this.message = text;
    }, delay);
  }
}
