/**
 * A stand-in 2D context for jsdom, which has none: it draws nothing and counts the calls made on
 * each canvas, so a component test can tell whether (and how often) a canvas was painted.
 */
export function countingCanvas() {
  const counts = new WeakMap<HTMLCanvasElement, Map<string, number>>();
  const proto = HTMLCanvasElement.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'getContext')!;
  const hadPath2D = 'Path2D' in globalThis;
  if (!hadPath2D) {
    (globalThis as { Path2D?: unknown }).Path2D = class {
      constructor(_path?: string) {}
    };
  }
  Object.defineProperty(proto, 'getContext', {
    configurable: true,
    value(this: HTMLCanvasElement) {
      const mine = new Map<string, number>();
      counts.set(this, mine);
      const props: Record<string | symbol, unknown> = { canvas: this };
      return new Proxy(props, {
        get: (target, key) =>
          key in target
            ? target[key]
            : (..._args: unknown[]) => {
                mine.set(String(key), (mine.get(String(key)) ?? 0) + 1);
                return null;
              },
        set: (target, key, value) => {
          target[key] = value;
          return true;
        },
      });
    },
  });
  return {
    /** How many times `method` was called on the context of `canvas`. */
    calls: (canvas: HTMLCanvasElement, method: string) => counts.get(canvas)?.get(method) ?? 0,
    restore() {
      Object.defineProperty(proto, 'getContext', original);
      if (!hadPath2D) delete (globalThis as { Path2D?: unknown }).Path2D;
    },
  };
}

/** Resolves after the next animation frame (and the one after it has been scheduled). */
export const nextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
