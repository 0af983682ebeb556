import { describe, expect, it } from 'vitest';
import { figureKindId, parseFigure } from './figures';

describe('parseFigure', () => {
  it('reads plain numbers, with thousands separated or not', () => {
    expect(parseFigure('164')).toEqual({ value: 164 });
    expect(parseFigure(' 0 ')).toEqual({ value: 0 });
    expect(parseFigure('1 234')).toEqual({ value: 1234 });
    expect(parseFigure('1,234')).toEqual({ value: 1234 });
    expect(parseFigure('12,5')).toEqual({ value: 12.5 });
  });

  it('reads ranges with a hyphen, en dash, em dash or words as ranges', () => {
    expect(parseFigure('164-227')).toEqual({ min: 164, max: 227 });
    expect(parseFigure('164–227')).toEqual({ min: 164, max: 227 });
    expect(parseFigure('164 — 227')).toEqual({ min: 164, max: 227 });
    expect(parseFigure('10 to 12')).toEqual({ min: 10, max: 12 });
    expect(parseFigure('10 до 12')).toEqual({ min: 10, max: 12 });
    expect(parseFigure('227-164')).toBe('invalid');
  });

  it('reads qualifiers in English and Russian', () => {
    expect(parseFigure('~200')).toEqual({ value: 200, qualifier: 'about' });
    expect(parseFigure('около 200')).toEqual({ value: 200, qualifier: 'about' });
    expect(parseFigure('more than 227')).toEqual({ min: 227, qualifier: 'more-than' });
    expect(parseFigure('более 227')).toEqual({ min: 227, qualifier: 'more-than' });
    expect(parseFigure('>227')).toEqual({ min: 227, qualifier: 'more-than' });
    expect(parseFigure('at least 10')).toEqual({ min: 10, qualifier: 'at-least' });
    expect(parseFigure('200+')).toEqual({ min: 200, qualifier: 'at-least' });
    expect(parseFigure('fewer than 5')).toEqual({ max: 5, qualifier: 'fewer-than' });
  });

  it('says when a cell is empty or not a figure', () => {
    expect(parseFigure('')).toBeUndefined();
    expect(parseFigure('  ')).toBeUndefined();
    expect(parseFigure('many')).toBe('invalid');
    expect(parseFigure('-3')).toBe('invalid');
    expect(parseFigure('12 people')).toBe('invalid');
  });
});

describe('figureKindId', () => {
  it('slugs the label, and hashes one with nothing id-like', () => {
    expect(figureKindId('Deaths')).toBe('deaths');
    expect(figureKindId('Detained (reported)')).toBe('detained-reported');
    expect(figureKindId('Погибшие')).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(figureKindId('123')).toMatch(/^k-[0-9a-z]{8}$/);
  });
});
