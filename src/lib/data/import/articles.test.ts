import { describe, expect, it } from 'vitest';
import { parseArticles } from './articles';

describe('parseArticles', () => {
  it.each([
    ['2;16', [2, 16]],
    ['2, 16', [2, 16]],
    ['2,16', [2, 16]],
    ['Art. 2 and 16', [2, 16]],
    ['Arts. 2, 16', [2, 16]],
    ['Articles 12-14', [12, 13, 14]],
    ['Articles 12–14 and 16', [12, 13, 14, 16]],
    ['ст. 2', [2]],
    ['статьи 2 и 16', [2, 16]],
    ['Ст.2, ст.16', [2, 16]],
    ['2 16', [2, 16]],
    ['  ', []],
    ['16; 2; 2', [2, 16]],
    ['33', [33]],
    ['1; 4', [1, 4]],
    ['02;33', [2, 33]],
    ['4; 1; 4', [1, 4]],
  ])('%s', (text, expected) => {
    expect(parseArticles(text)).toEqual({ articles: expected, invalid: [] });
  });

  it.each([
    ['0', ['0']],
    ['34', ['34']],
    ['abc', ['abc']],
    ['2; 34; abc', ['34', 'abc']],
    ['14-12', ['14-12']],
    ['30-40', ['30-40']],
  ])('rejects %s naming the value', (text, invalid) => {
    expect(parseArticles(text).invalid).toEqual(invalid);
  });
});
