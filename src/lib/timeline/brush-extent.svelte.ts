/**
 * The one piece of d3-brush wiring the overview and the detail share: the brushable area follows
 * the view's size. Call inside the attachment that owns the brush's `<g>`.
 */
import type { BrushBehavior, Selection } from 'd3';

export function followSize(
  behavior: BrushBehavior<unknown>,
  sel: Selection<SVGGElement, unknown, null, undefined>,
  size: () => [width: number, height: number],
): void {
  $effect(() => {
    const [width, height] = size();
    if (width <= 0) return;
    behavior.extent([
      [0, 0],
      [width, height],
    ]);
    sel.call(behavior);
  });
}
