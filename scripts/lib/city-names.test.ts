import { describe, expect, it } from 'vitest';
import { readMo } from './city-names';

/** A GNU gettext .mo file of these pairs, in the byte order asked for. */
function mo(pairs: [string, string][], little = true): Uint8Array {
  const enc = new TextEncoder();
  const ids = pairs.map(([k]) => enc.encode(k));
  const strs = pairs.map(([, v]) => enc.encode(v));
  const n = pairs.length;
  const head = 28;
  let at = head + 16 * n;
  const place = (list: Uint8Array[]) =>
    list.map((b) => {
      const o = at;
      at += b.length + 1;
      return o;
    });
  const [idAt, strAt] = [place(ids), place(strs)];
  const buf = new Uint8Array(at);
  const view = new DataView(buf.buffer);
  const u32 = (o: number, v: number) => view.setUint32(o, v, little);
  u32(0, 0x950412de);
  u32(8, n);
  u32(12, head);
  u32(16, head + 8 * n);
  for (let i = 0; i < n; i++) {
    u32(head + 8 * i, ids[i]!.length);
    u32(head + 8 * i + 4, idAt[i]!);
    u32(head + 8 * n + 8 * i, strs[i]!.length);
    u32(head + 8 * n + 8 * i + 4, strAt[i]!);
    buf.set(ids[i]!, idAt[i]!);
    buf.set(strs[i]!, strAt[i]!);
  }
  return buf;
}

describe('readMo', () => {
  const pairs: [string, string][] = [
    ['', 'Content-Type: text/plain; charset=UTF-8\n'],
    ['360630', 'القاهرة'],
    ['1298824', '仰光'],
    ['one\0many', 'plural'],
  ];

  it('reads the id and name of each entry, in either byte order, leaving out the header and plurals', () => {
    for (const little of [true, false])
      expect([...readMo(mo(pairs, little))]).toEqual([
        ['360630', 'القاهرة'],
        ['1298824', '仰光'],
      ]);
  });

  it('refuses a file that is not a catalogue', () => {
    expect(() => readMo(new Uint8Array(32))).toThrow(/gettext/);
  });
});
