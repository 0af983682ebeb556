/**
 * WCAG 2 contrast ratios, and the colour tokens of a CSS rule read from a stylesheet or a Svelte
 * component's <style>, for the theme's contrast test.
 */
import { readFileSync } from 'node:fs';

type Rgba = [number, number, number, number];

function parse(colour: string): Rgba {
  const c = colour.trim();
  const hex = /^#([0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const v = parseInt(hex[1]!, 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255, 1];
  }
  const fn = /^rgba?\((.+)\)$/.exec(c);
  if (fn) {
    const [r, g, b, a = '1'] = fn[1]!.split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  throw new Error(`not a colour: ${colour}`);
}

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** A colour with alpha laid over an opaque one. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as Rgba;
}

/** The contrast ratio of text `fg` on `bg` (translucent colours laid over `base`). */
export function contrast(fg: string, bg: string, base = '#ffffff'): number {
  const back = over(parse(bg), parse(base));
  const front = over(parse(fg), back);
  const [hi, lo] = [luminance(front), luminance(back)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The custom properties (`--name: value`) declared in the first block that `selector` opens. */
export function tokens(file: string, selector: string): Record<string, string> {
  const css = readFileSync(file, 'utf8');
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`${selector} not found in ${file}`);
  const body = css.slice(at, css.indexOf('}', at));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/(--[\w-]+):\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim();
  return out;
}
