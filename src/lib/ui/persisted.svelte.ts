/**
 * A preference remembered in this browser (localStorage) under a key: read when created, written
 * on each change, and a stored value the validator refuses (an old version's, a hand-edited one)
 * reads as the fallback. Storage may be unavailable (private mode, a sandboxed frame, a full
 * quota): the preference then lasts as long as the page.
 */
export class Persisted<T extends string> {
  readonly #key: string;
  readonly #storage: () => Storage;
  #value: T = $state() as T;

  constructor(
    key: string,
    fallback: T,
    valid: (v: string) => v is T,
    /** A getter: merely reading `localStorage` throws where storage is blocked. */
    storage: () => Storage = () => localStorage,
  ) {
    this.#key = key;
    this.#storage = storage;
    let stored: string | null = null;
    try {
      stored = storage().getItem(key);
    } catch {
      // Unavailable: the fallback.
    }
    this.#value = stored !== null && valid(stored) ? stored : fallback;
  }

  get current(): T {
    return this.#value;
  }

  set current(v: T) {
    this.#value = v;
    try {
      this.#storage().setItem(this.#key, v);
    } catch {
      // Unavailable or full: the choice lasts for this page only.
    }
  }
}
