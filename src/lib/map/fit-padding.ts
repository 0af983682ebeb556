/**
 * The padding with which the map fits the dataset's located events: clear of the legend and the
 * box of unlocated events (`inset`, their width in pixels) at the reading start of the map (the
 * left, or the right in a right-to-left language), so that no event opens hidden under them,
 * whatever the country; the zoom buttons are on the other side. On a map too narrow to leave the data a useful width
 * beside the panels, the data takes the whole map (the panels can be collapsed).
 */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Below this width beside the panels, framing there would shrink the data to a strip. */
const MIN_DATA_WIDTH = 320;
const EDGE = 32;

export function fitPadding(width: number, inset: number, rtl = false): Padding {
  const beside = inset > 0 && width - inset - EDGE - 60 >= MIN_DATA_WIDTH;
  const start = beside ? inset + EDGE : EDGE;
  return rtl
    ? { top: 40, bottom: 40, right: start, left: 60 }
    : { top: 40, bottom: 40, right: 60, left: start };
}
