/** A test for CSS `unicode-range` entries (`U+20`, `U+4e00-4e0f`): does a code point fall in one? */
export function unicodeRanges(ranges: readonly string[]): (cp: number) => boolean {
  const spans = ranges.map((r) => {
    const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)] as const;
  });
  return (cp) => spans.some(([a, b]) => cp >= a && cp <= b);
}
