import { describe, expect, it } from 'vitest';
import { buildEventBuffers } from './event-buffers';
import { keyStops } from './key-stops';
import { indexOf, seedLikeEvents } from '../../../tests/support/map-events';

describe('keyStops', () => {
  const index = indexOf(seedLikeEvents());
  const b = buildEventBuffers(index);
  const ids = (events: number[]) => events.map((i) => index.ids[i]);

  it('steps west to east, one stop per point, a stack earliest first', () => {
    const stops = keyStops(b, new Uint8Array(index.n).fill(1), index.start, null);
    expect(stops.map((s) => ids(s.events))).toEqual([
      [
        'extradition-cn',
        'almaty-0',
        'almaty-1',
        'almaty-2',
        'almaty-3',
        'almaty-4',
        'almaty-5',
        'almaty-6',
      ],
      ['almaty-region'],
      ['taldykorgan-exact'],
    ]);
    expect(stops[0]!.lon).toBeCloseTo(76.9286, 4);
    expect(stops[0]!.lat).toBeCloseTo(43.2567, 4);
  });

  it('keeps to the visible events inside the map view', () => {
    const visible = new Uint8Array(index.n).fill(1);
    visible[index.byId.get('almaty-region')!] = 0;
    expect(keyStops(b, visible, index.start, null).map((s) => ids(s.events)[0])).toEqual([
      'extradition-cn',
      'taldykorgan-exact',
    ]);
    expect(keyStops(b, visible, index.start, [78, 44, 79, 46]).map((s) => ids(s.events))).toEqual([
      ['taldykorgan-exact'],
    ]);
  });
});
