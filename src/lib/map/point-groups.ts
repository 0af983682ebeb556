/**
 * Events grouped by their coordinates without a text key per event: at a million events a Map
 * keyed by `${lon}:${lat}` cost the page seconds on load (printing a number as text is slow). An
 * open-addressing hash of the numbers' bits instead.
 */

/**
 * The group of each event rows[j] by its (lon, lat), numbered 0, 1, 2… in order of first
 * appearance: events whose numbers are equal (0 and -0 alike) share a group, as a text key made
 * of them would. The coordinates are finite (those of drawn events).
 */
export function groupsByPlace(
  rows: Int32Array,
  lon: Float64Array,
  lat: Float64Array,
): { group: Int32Array; count: number } {
  const m = rows.length;
  const group = new Int32Array(m);
  let size = 2;
  while (size < 2 * m) size *= 2;
  const mask = size - 1;
  /** The group in each slot of the table, -1 when empty, and an event of each group. */
  const slots = new Int32Array(size).fill(-1);
  const member = new Int32Array(m);
  const bits = new Float64Array(2);
  const words = new Uint32Array(bits.buffer);
  let count = 0;
  for (let j = 0; j < m; j++) {
    const i = rows[j]!;
    // + 0 makes -0 into 0, which a text key does not tell apart either.
    const x = lon[i]! + 0;
    const y = lat[i]! + 0;
    bits[0] = x;
    bits[1] = y;
    let h = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b);
    h ^= Math.imul(words[2]! ^ Math.imul(words[3]!, 0xc2b2ae35), 0x27d4eb2f);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const g = slots[s]!;
      if (g < 0) {
        slots[s] = count;
        member[count] = i;
        group[j] = count++;
        break;
      }
      const r = member[g]!;
      if (lon[r] === x && lat[r] === y) {
        group[j] = g;
        break;
      }
    }
  }
  return { group, count };
}
