/**
 * A fast, stable, non-cryptographic 53-bit string hash (cyrb53, public domain). Used for ids that
 * must come back the same when a file is imported again (so links keep working), and for header
 * fingerprints. Not for secrecy: ids are derived from content the user already holds.
 */

/**
 * The hash fed a piece at a time (a file's text as it is read): the same value as of the pieces
 * joined, wherever they were cut.
 */
export class Hash53 {
  private h1: number;
  private h2: number;

  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  update(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** The hash as 11 lower-case base-36 characters (fixed width, id-safe). */
  id(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return n.toString(36).padStart(11, '0');
  }
}

/** The hash of a whole string as 11 lower-case base-36 characters. */
export function hashId(text: string): string {
  const h = new Hash53();
  h.update(text);
  return h.id();
}
