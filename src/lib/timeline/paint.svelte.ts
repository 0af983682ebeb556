/**
 * The one canvas attachment of the timeline, for the detail and the overview alike. `picture`
 * is read in an effect, so the paint depends on exactly the reactive state it reads (the layout,
 * the palette, the ticks); the painting itself waits for the next animation frame, and several
 * changes in one frame paint once. It only paints what it is given.
 *
 * Without a 2D context (jsdom) it paints nothing and the rest of the timeline still works: hover
 * and click read the layout, not the canvas.
 */
import type { Attachment } from 'svelte/attachments';

export interface Painting {
  /** Size in CSS px. */
  width: number;
  height: number;
  /**
   * Paints on a cleared context scaled to CSS px; may return data attributes to publish on the
   * canvas (for tests and the benchmark).
   */
  draw(ctx: CanvasRenderingContext2D, dpr: number): Record<string, string> | void;
}

/**
 * `published`: attributes that say what the picture shows once it is on screen (e.g. the
 * visible-set version). Written after the next paint, or at once when none is on its way.
 */
export function paint(
  picture: () => Painting | null,
  published?: () => Record<string, string>,
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    const ctx = canvas.getContext('2d');
    let next: Painting | null = null;
    let raf = 0;
    const publish = (attrs: Record<string, string> | void) => {
      if (attrs) Object.assign(canvas.dataset, attrs);
    };
    const frame = () => {
      raf = 0;
      if (!ctx || !next || next.width <= 0) return;
      const { width, height } = next;
      const dpr = globalThis.devicePixelRatio || 1;
      const w = Math.round(width * dpr);
      const h = Math.round(height * dpr);
      // Resizing reallocates the bitmap: only when the size really changed.
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      const t0 = performance.now();
      const attrs = next.draw(ctx, dpr);
      // Read by the benchmark harness and by e2e tests; costs nothing.
      canvas.dataset.drawMs = (performance.now() - t0).toFixed(1);
      publish(attrs);
      publish(published?.());
    };
    $effect(() => {
      next = picture();
      if (ctx && next && !raf) raf = requestAnimationFrame(frame);
    });
    if (published) {
      $effect(() => {
        const attrs = published();
        // A change that leaves the picture as it is (a brush step) is on screen now; a paint on
        // its way publishes it itself.
        if (!raf) publish(attrs);
      });
    }
    return () => cancelAnimationFrame(raf);
  };
}
