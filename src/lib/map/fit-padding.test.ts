import { describe, expect, it } from 'vitest';
import { fitPadding } from './fit-padding';

describe('fitPadding', () => {
  it('keeps the data clear of the panels on the left', () => {
    expect(fitPadding(727, 260)).toEqual({ top: 40, bottom: 40, right: 60, left: 292 });
    expect(fitPadding(1400, 260).left).toBe(292);
  });

  it('keeps them clear on the right in a right-to-left language, where the panels are', () => {
    expect(fitPadding(727, 260, true)).toEqual({ top: 40, bottom: 40, right: 292, left: 60 });
  });

  it('uses the whole map when beside the panels would be a strip', () => {
    expect(fitPadding(500, 260).left).toBe(32);
    expect(fitPadding(900, 0).left).toBe(32);
  });
});
