import { describe, expect, it } from 'vitest';
import { interleaveMasks } from './shape-atlas';

describe('shape atlas', () => {
  it('packs the interior mask in red and the whole shape in green', () => {
    const inner = Uint8ClampedArray.from([0, 0, 0, 10, 0, 0, 0, 0]);
    const whole = Uint8ClampedArray.from([0, 0, 0, 255, 0, 0, 0, 128]);
    expect([...interleaveMasks(inner, whole)]).toEqual([10, 255, 0, 128]);
  });
});
