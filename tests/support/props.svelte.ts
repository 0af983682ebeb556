/**
 * Props for a component test that change one by one, as a parent's do: each key is its own
 * reactive cell (raw: typed arrays and indexes are not proxied), so setting `brush` does not
 * invalidate what reads `window`. (@testing-library's `rerender` replaces the whole object.)
 */
export function fineProps<T extends Record<string, unknown>>(initial: T): T {
  const out = {} as T;
  for (const key of Object.keys(initial) as (keyof T & string)[]) {
    let value = $state.raw(initial[key]);
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => value,
      set: (v: T[typeof key]) => {
        value = v;
      },
    });
  }
  return out;
}
