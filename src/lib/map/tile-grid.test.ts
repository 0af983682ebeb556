import { describe, expect, it } from 'vitest';
import { MAX_TILE_ZOOM, tilesCovering } from './tile-grid';

describe('tilesCovering', () => {
  it('covers the world with the one tile of zoom 0 and the four of zoom 1', () => {
    expect(tilesCovering([-180, -85, 180, 85], 0)).toEqual([{ z: 0, x: 0, y: 0 }]);
    expect(tilesCovering([-180, -85, 180, 85], 1)).toHaveLength(4);
  });

  it('lists the tiles a frame touches, column by column, north first', () => {
    // Kazakhstan and its neighbours at zoom 3: tiles 5 and 6 across, 2 and 3 down.
    expect(tilesCovering([50, 38, 90, 56], 3)).toEqual([
      { z: 3, x: 5, y: 2 },
      { z: 3, x: 5, y: 3 },
      { z: 3, x: 6, y: 2 },
      { z: 3, x: 6, y: 3 },
    ]);
  });

  it('stays inside the grid beyond the mercator limits and the antimeridian', () => {
    const tiles = tilesCovering([-200, -90, 200, 90], MAX_TILE_ZOOM);
    expect(tiles).toHaveLength(4 ** MAX_TILE_ZOOM);
    expect(tiles.every((t) => t.x >= 0 && t.y >= 0 && t.x < 2 ** t.z && t.y < 2 ** t.z)).toBe(true);
  });
});
