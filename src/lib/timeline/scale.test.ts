import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../filter/windows';
import { clampWindow, zoomWindow } from './scale';

describe('clampWindow and zoomWindow', () => {
  const bounds: [number, number] = [0, 100 * DAY];
  it('shifts a window back inside the bounds, keeping its span', () => {
    expect(clampWindow([90 * DAY, 110 * DAY], bounds)).toEqual([80 * DAY, 100 * DAY]);
  });
  it('never zooms in beyond the minimum span nor out beyond the bounds', () => {
    expect(clampWindow([DAY, DAY + 1], bounds)[1] - clampWindow([DAY, DAY + 1], bounds)[0]).toBe(
      HOUR,
    );
    expect(clampWindow([-DAY * 500, DAY * 500], bounds)).toEqual(bounds);
  });
  it('zooms about an anchor that keeps its place', () => {
    expect(zoomWindow([0, 100], 2, 20)).toEqual([10, 60]);
    expect(zoomWindow([0, 100], 0.5)).toEqual([-50, 150]);
  });
});
