import { describe, expect, it } from 'vitest';
import { brushKey, brushStep } from './brush-keys';
import type { Window } from '../filter/windows';

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (w: Window | null | undefined) =>
  w ? w.map((t) => new Date(t).toISOString().slice(0, 10)) : w;
const year2022: Window = [d('2022-01-01'), d('2023-01-01')];
const decade: Window = [d('2014-01-01'), d('2024-01-01')];

describe('brushStep', () => {
  it('suits the zoom: a day in a month, a week in a season, a month in a year, a year in decades', () => {
    expect(
      brushStep([d('2022-01-01'), d('2022-02-01')])
        .interval.offset(new Date(0), 1)
        .getTime(),
    ).toBe(86_400_000);
    expect(
      brushStep([d('2022-01-01'), d('2022-05-01')])
        .interval.offset(new Date(0), 1)
        .getTime(),
    ).toBe(7 * 86_400_000);
    expect(iso([+brushStep(year2022).interval.offset(new Date(d('2022-01-01')), 1), 0])![0]).toBe(
      '2022-02-01',
    );
    expect(
      brushStep([d('2000-01-01'), d('2030-01-01')])
        .interval.offset(new Date(d('2022-01-01')), 1)
        .getUTCFullYear(),
    ).toBe(2023);
  });
});

describe('brushKey', () => {
  const brush: Window = [d('2022-03-01'), d('2022-04-01')];

  it('leaves keys that are not its own to others', () => {
    expect(brushKey('a', false, brush, year2022, decade)).toBeUndefined();
    expect(brushKey('Enter', false, null, year2022, decade)).toBeUndefined();
  });

  it('selects a step at the middle of the window on a first arrow', () => {
    expect(iso(brushKey('ArrowRight', false, null, year2022, decade))).toEqual([
      '2022-07-01',
      '2022-08-01',
    ]);
  });

  it('moves by a step with Left and Right, keeping the length', () => {
    expect(iso(brushKey('ArrowRight', false, brush, year2022, decade))).toEqual([
      '2022-04-01',
      '2022-05-02',
    ]);
    expect(iso(brushKey('ArrowLeft', false, brush, year2022, decade))).toEqual([
      '2022-02-01',
      '2022-03-04',
    ]);
    expect(iso(brushKey('PageUp', false, brush, year2022, decade))).toEqual([
      '2023-01-01',
      '2023-02-01',
    ]);
  });

  it('moves the end with Shift, never below one step', () => {
    expect(iso(brushKey('ArrowRight', true, brush, year2022, decade))).toEqual([
      '2022-03-01',
      '2022-05-01',
    ]);
    expect(iso(brushKey('ArrowLeft', true, brush, year2022, decade))).toEqual([
      '2022-03-01',
      '2022-04-01',
    ]);
  });

  it('jumps to the first and last dates with Home and End, and stays inside the bounds', () => {
    expect(iso(brushKey('Home', false, brush, year2022, decade))).toEqual([
      '2014-01-01',
      '2014-02-01',
    ]);
    expect(iso(brushKey('End', false, brush, year2022, decade))).toEqual([
      '2023-12-01',
      '2024-01-01',
    ]);
    const atEnd: Window = [d('2023-12-01'), d('2024-01-01')];
    expect(iso(brushKey('ArrowRight', false, atEnd, year2022, decade))).toEqual([
      '2023-12-01',
      '2024-01-01',
    ]);
    expect(iso(brushKey('ArrowRight', true, atEnd, year2022, decade))).toEqual([
      '2023-12-01',
      '2024-01-01',
    ]);
  });

  it('clears with Escape, and lets Escape pass when there is nothing to clear', () => {
    expect(brushKey('Escape', false, brush, year2022, decade)).toBeNull();
    expect(brushKey('Escape', false, null, year2022, decade)).toBeUndefined();
  });
});
