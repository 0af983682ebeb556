import { describe, expect, it } from 'vitest';
import { badgeAt, placeBadges, type Badge } from './count-badges';

const badge = (k: number, count: number, mx: number, my: number): Badge => ({
  k,
  count,
  label: String(count),
  mx,
  my,
});
// One mercator unit is one pixel here.
const project = (x: number, y: number): [number, number] => [x, y];
const width = () => 10;

describe('count badges', () => {
  it('keeps the largest of two overlapping badges and both of two apart', () => {
    const placed = placeBadges(
      [badge(0, 50, 100, 100), badge(1, 7, 105, 102), badge(2, 3, 300, 100)],
      project,
      width,
      800,
      600,
    );
    expect(placed.map((p) => p.k)).toEqual([0, 2]);
  });

  it('leaves out badges outside the map and finds the one under a point', () => {
    const placed = placeBadges(
      [badge(0, 5, -100, 50), badge(1, 4, 50, 50)],
      project,
      width,
      800,
      600,
    );
    expect(placed.map((p) => p.k)).toEqual([1]);
    // Badges sit 9 px right of and 9 px above their stack.
    expect(badgeAt(placed, 59, 41)).toBe(1);
    expect(badgeAt(placed, 50, 50)).toBe(null);
  });
});
