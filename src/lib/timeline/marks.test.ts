import { describe, expect, it } from 'vitest';
import { BAR, jitter, markCentre, markGeometry, markKindCode, POINT, SPAN, TICK } from './marks';

const DAY = 86_400_000;
const t0 = Date.UTC(2022, 0, 1);
/** 10 px per day from 1 January 2022. */
const x = (t: number) => ((t - t0) / DAY) * 10;
const round = (g: ReturnType<typeof markGeometry>) => ({
  ...g,
  x0: Math.round(g.x0 * 100) / 100,
  x1: Math.round(g.x1 * 100) / 100,
  cx: Math.round(g.cx * 100) / 100,
});

describe('markKindCode', () => {
  it('follows precision and range', () => {
    expect(markKindCode(0, 0)).toBe(TICK);
    expect(markKindCode(1, 0)).toBe(POINT);
    expect(markKindCode(1, 1)).toBe(BAR);
    expect(markKindCode(0, 1)).toBe(BAR);
    expect(markKindCode(2, 0)).toBe(SPAN);
    expect(markKindCode(3, 1)).toBe(SPAN);
  });
});

describe('markGeometry (golden, 10 px per day from 2022-01-01)', () => {
  it('draws 5 January 2022 as a point in the middle of its day', () => {
    const s = Date.UTC(2022, 0, 5);
    expect(round(markGeometry(s, s + DAY, 1, 0, 0, x))).toEqual({
      kind: 'point',
      x0: 40,
      x1: 50,
      cx: 45,
      approximate: false,
    });
  });
  it('draws 4-10 January 2022 as a bar to the end of the 10th', () => {
    const g = markGeometry(Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 11), 1, 1, 0, x);
    expect(round(g)).toEqual({ kind: 'bar', x0: 30, x1: 100, cx: 65, approximate: false });
  });
  it('draws "January 2022" across the whole month, approximate when said so', () => {
    const g = markGeometry(t0, Date.UTC(2022, 1, 1), 2, 0, 1, x);
    expect(round(g)).toEqual({ kind: 'span', x0: 0, x1: 310, cx: 155, approximate: true });
  });
  it('draws a time of day as a tick at its instant (14:30 UTC+6 = 08:30 UTC)', () => {
    const s = Date.UTC(2022, 0, 5, 8, 30);
    expect(round(markGeometry(s, s + 60_000, 0, 0, 0, x))).toEqual({
      kind: 'tick',
      x0: 43.54,
      x1: 43.54,
      cx: 43.54,
      approximate: false,
    });
  });
  it('gives a bar at least 2 px, so that a short range stays visible when zoomed out', () => {
    const s = Date.UTC(2022, 0, 5, 8);
    const g = markGeometry(s, s + 3_600_000, 0, 1, 0, x);
    expect(g.x1 - g.x0).toBe(2);
  });
});

describe('markCentre and jitter', () => {
  it('uses the instant of a tick and the middle of the rest', () => {
    expect(markCentre(100, 200, TICK)).toBe(100);
    expect(markCentre(100, 200, POINT)).toBe(150);
  });
  it('is stable, in [0, 1) and spread', () => {
    const v = Array.from({ length: 1000 }, (_, i) => jitter(i));
    expect(jitter(7)).toBe(jitter(7));
    expect(Math.min(...v)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...v)).toBeLessThan(1);
    expect(v.filter((y) => y < 0.5).length).toBeGreaterThan(400);
  });
});
