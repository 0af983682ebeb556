/**
 * Events as an Array to every reader, each made the first time it is read: the page's events of
 * an import (handover.ts) and of an Arrow file (arrow.ts) are not made until something reads them.
 */
import type { EventFeature } from '../../model/schema';

/** A digit: the first character of an array index (no other key of an array starts with one). */
const isIndexKey = (key: string | symbol): key is string =>
  typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57;

/**
 * `n` events as an Array to every reader, each made by `make` the first time it is read, and the
 * same object from then on; `makeAll`, when given, makes the maker used to read every event.
 */
export function lazyList(
  n: number,
  make: (i: number) => EventFeature,
  makeAll?: () => (i: number) => EventFeature,
): EventFeature[] {
  const parsed: EventFeature[] = new Array<EventFeature>(n);
  const at = (key: string): number => {
    const i = Number(key);
    return Number.isInteger(i) && i < n ? i : -1;
  };
  const read = (target: EventFeature[], i: number) => (target[i] ??= make(i));
  return new Proxy(parsed, {
    get(target, key, receiver) {
      if (isIndexKey(key)) {
        const i = at(key);
        if (i >= 0) return read(target, i);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      return (isIndexKey(key) && at(key) >= 0) || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (isIndexKey(key) && at(key) >= 0) read(target, at(key));
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      const every = makeAll?.() ?? make;
      for (let i = 0; i < n; i++) target[i] ??= every(i);
      return Reflect.ownKeys(target);
    },
  });
}
