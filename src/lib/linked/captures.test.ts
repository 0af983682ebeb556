import { describe, expect, it } from 'vitest';
import { ViewCaptures } from './captures';

const picture = (width: number) => ({ source: {} as CanvasImageSource, width, height: 10 });

describe('ViewCaptures', () => {
  it('gives the registered view its picture and null for a view not shown', async () => {
    const c = new ViewCaptures();
    c.register('map', () => Promise.resolve(picture(300)));
    expect((await c.capture('map'))?.width).toBe(300);
    expect(await c.capture('timeline')).toBeNull();
  });

  it('forgets a view once it unregisters, but not a newer registration of it', async () => {
    const c = new ViewCaptures();
    const offOld = c.register('map', () => Promise.resolve(picture(1)));
    c.register('map', () => Promise.resolve(picture(2)));
    offOld();
    expect((await c.capture('map'))?.width).toBe(2);
    const off = c.register('timeline', () => Promise.resolve(picture(3)));
    off();
    expect(await c.capture('timeline')).toBeNull();
  });

  it('keeps the last capture a view gave through its slot, and none once it gives null', async () => {
    const c = new ViewCaptures();
    const slot = c.slot('timeline');
    slot(() => Promise.resolve(picture(4)));
    slot(() => Promise.resolve(picture(5)));
    expect((await c.capture('timeline'))?.width).toBe(5);
    slot(null);
    expect(await c.capture('timeline')).toBeNull();
  });
});
