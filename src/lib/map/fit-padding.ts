/**
 * The padding with which the map fits the dataset's located events: clear of the legend and the
 * box of unlocated events on the left (`inset`, their width in pixels), so that no event opens
 * hidden under them, whatever the country. On a map too narrow to leave the data a useful width
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

export function fitPadding(width: number, inset: number): Padding {
  const beside = inset > 0 && width - inset - EDGE - 60 >= MIN_DATA_WIDTH;
  return { top: 40, bottom: 40, right: 60, left: beside ? inset + EDGE : EDGE };
}
