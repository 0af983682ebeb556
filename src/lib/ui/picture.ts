/** A view's pixels and the size in CSS pixels it is shown at: what the PNG export composes. */
export interface Picture {
  source: CanvasImageSource;
  width: number;
  height: number;
}

/** Gives a view's picture when asked, or null when it has nothing drawn. */
export type Capture = () => Promise<Picture | null>;
