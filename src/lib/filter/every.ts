/**
 * The mask of a facet that filters nothing: every event passes. One such mask per size is shared
 * (never written to), and known as such, so that a pass over the masks can skip it: at a million
 * events each mask read is a megabyte, and most facets filter nothing most of the time.
 */
let shared: Uint8Array | null = null;

/** A mask of `n` ones; read-only. */
export function everyEvent(n: number): Uint8Array {
  if (shared?.length !== n) shared = new Uint8Array(n).fill(1);
  return shared;
}

/** Whether `mask` is the shared mask of every event (a mask that merely holds only ones is not). */
export function isEveryEvent(mask: Uint8Array): boolean {
  return mask === shared;
}
