/**
 * A fast, stable, non-cryptographic 53-bit string hash (cyrb53, public domain). Used for ids that
 * must come back the same when a file is imported again (so links keep working), and for header
 * fingerprints. Not for secrecy: ids are derived from content the user already holds.
 */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash as 11 lower-case base-36 characters (fixed width, id-safe). */
export function hashId(text: string): string {
  return hash53(text).toString(36).padStart(11, '0');
}
