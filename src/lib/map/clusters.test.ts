import { describe, expect, it } from 'vitest';
import { coincident, computeClusters, visibleInstances } from './clusters';
import { badgesOf } from './count-badges';
import { mercatorX } from './mercator';
import { buildEventBuffers } from './event-buffers';
import { indexOf, seedLikeEvents } from '../../../tests/support/map-events';
import { lonFromMercatorX, latFromMercatorY } from './mercator';

describe('clusters', () => {
  const index = indexOf(seedLikeEvents());
  const b = buildEventBuffers(index);
  const lon = Float64Array.from(b.mx, lonFromMercatorX);
  const lat = Float64Array.from(b.my, latFromMercatorY);

  it('takes only visible instances as input', () => {
    const visible = new Uint8Array(index.n);
    visible[index.byId.get('almaty-3')!] = 1;
    visible[index.byId.get('nationwide-0')!] = 1;
    expect([...visibleInstances(b.rows, visible)]).toEqual([b.rowOf[index.byId.get('almaty-3')!]]);
  });

  it('stacks the eight Almaty events into one badge that never separates', () => {
    const all = visibleInstances(b.rows, new Uint8Array(index.n).fill(1));
    const reply = computeClusters(lon, lat, { seq: 3, zoom: 12.7, visible: all });
    expect(reply.seq).toBe(3);
    expect(reply.zoom).toBe(12);
    expect(reply.offsets.length).toBe(2);
    const members = reply.members.subarray(reply.offsets[0], reply.offsets[1]);
    expect(members.length).toBe(8);
    expect(coincident(b.mx, b.my, members)).toBe(true);
    const [badge] = badgesOf(reply, 'en');
    expect(badge).toMatchObject({ k: 0, count: 8, label: '8' });
    expect(badge!.mx).toBeCloseTo(mercatorX(76.9286), 8);
  });

  it('merges nearby places at a low zoom; those separate when zooming in', () => {
    const all = visibleInstances(b.rows, new Uint8Array(index.n).fill(1));
    const reply = computeClusters(lon, lat, { seq: 1, zoom: 2, visible: all });
    const sizes = Array.from(
      { length: reply.offsets.length - 1 },
      (_, k) => reply.offsets[k + 1]! - reply.offsets[k]!,
    );
    expect(Math.max(...sizes)).toBeGreaterThan(8);
    const big = sizes.indexOf(Math.max(...sizes));
    expect(
      coincident(b.mx, b.my, reply.members.subarray(reply.offsets[big], reply.offsets[big + 1])),
    ).toBe(false);
  });

  it('formats large counts compactly', () => {
    const reply = {
      seq: 0,
      zoom: 0,
      centers: new Float64Array(2),
      offsets: Int32Array.from([0, 12345]),
      members: new Int32Array(12345),
    };
    expect(badgesOf(reply, 'en')[0]!.label).toBe('12K');
  });
});
