import { describe, expect, it } from 'vitest';
import { buildEventBuffers } from './event-buffers';
import { buildHitIndex, pick, pickAll } from './hit-test';
import { mercatorPerPixel, mercatorX, mercatorY } from './mercator';
import { indexOf, seedLikeEvents } from '../../../tests/support/map-events';

describe('hit testing', () => {
  const index = indexOf(seedLikeEvents());
  const b = buildEventBuffers(index);
  const kd = buildHitIndex(b);
  const all = new Uint8Array(index.n).fill(1);
  const almaty = [mercatorX(76.9286), mercatorY(43.2567)] as const;
  const id = (i: number) => (i < 0 ? null : index.ids[i]);

  it('finds the mark drawn on top among coincident ones, within the pixel radius only', () => {
    expect(id(pick(kd, b, almaty[0], almaty[1], 8, 6, all))).toBe('extradition-cn');
    const off = 10 * mercatorPerPixel(6);
    expect(pick(kd, b, almaty[0] + off, almaty[1], 8, 6, all)).toBe(-1);
    expect(id(pick(kd, b, almaty[0] + off, almaty[1], 12, 6, all))).toBe('extradition-cn');
  });

  it('ignores invisible events and prefers the selected one', () => {
    const visible = new Uint8Array(index.n);
    visible[index.byId.get('almaty-2')!] = 1;
    visible[index.byId.get('almaty-5')!] = 1;
    expect(id(pick(kd, b, almaty[0], almaty[1], 8, 6, visible))).toBe('almaty-5');
    const selected = index.byId.get('almaty-2')!;
    expect(id(pick(kd, b, almaty[0], almaty[1], 8, 6, visible, [selected]))).toBe('almaty-2');
    expect(pick(kd, b, almaty[0], almaty[1], 8, 6, new Uint8Array(index.n))).toBe(-1);
  });

  it('lists every visible event under a point', () => {
    const hits = pickAll(kd, b, almaty[0], almaty[1], 8, 6, all).map(id);
    expect(hits).toHaveLength(8);
    expect(hits).toContain('almaty-6');
    expect(hits).not.toContain('almaty-region');
  });
});
