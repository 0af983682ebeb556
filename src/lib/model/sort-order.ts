/**
 * Sorting a million events by a number without calling a comparison function a million times
 * twenty over: `order.sort((a, b) => key[a] - key[b] || a - b)` cost the page a second or more per
 * sort at 1,000,000 events (the timeline's lanes, the opening window), a radix sort of the keys'
 * bits tens of milliseconds.
 */

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
/** Which word of a float64 holds its sign and exponent (the platform's byte order). */
const HIGH = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

/**
 * The elements of `from` (by default 0 … keys.length - 1) in ascending order of keys[element],
 * elements of equal keys in the order they have in `from` (a stable sort, so a sort by a second
 * key first and then by the first sorts by both). Keys are numbers, not NaN; 0 and -0 are equal.
 */
export function sortedBy(keys: Float64Array, from?: Uint32Array): Uint32Array {
  const n = from ? from.length : keys.length;
  let order = new Uint32Array(n);
  if (from) order.set(from);
  else for (let k = 0; k < n; k++) order[k] = k;
  // Each key as two unsigned words that sort as the number does (negative numbers' bits
  // inverted, positive numbers' sign bit set), carried along with the elements, so that each
  // pass reads in order.
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    scratch[0] = keys[order[k]!]! + 0;
    const h = words[HIGH]!;
    const l = words[1 - HIGH]!;
    const negative = h >>> 31 === 1;
    hi[k] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[k] = negative ? ~l >>> 0 : l;
  }
  let order2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  const count = new Uint32Array(1 << 16);
  for (let pass = 0; pass < 4 && n > 0; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let k = 0; k < n; k++) count[(word[k]! >>> shift) & 0xffff]!++;
    // A digit all keys share moves nothing.
    if (count[(word[0]! >>> shift) & 0xffff] === n) continue;
    let at = 0;
    for (let d = 0; d < count.length; d++) {
      const c = count[d]!;
      count[d] = at;
      at += c;
    }
    for (let k = 0; k < n; k++) {
      const to = count[(word[k]! >>> shift) & 0xffff]!++;
      order2[to] = order[k]!;
      hi2[to] = hi[k]!;
      lo2[to] = lo[k]!;
    }
    [order, order2, hi, hi2, lo, lo2] = [order2, order, hi2, hi, lo2, lo];
  }
  return order;
}
