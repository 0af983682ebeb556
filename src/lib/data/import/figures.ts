/**
 * A reported figure as a spreadsheet cell gives it: "164", "1 234", "164-227" or "164–227" (a
 * range), "~200" or "about 200", ">227" or "more than 227", "at least 10", "<10", in English or
 * Russian. What the figure counts comes from the column (its label), not from the cell.
 */
import type { Figure } from '../../model/schema';
import { slugify } from './text';
import { hashId } from './hash';

export type FigureAmount = Pick<Figure, 'value' | 'min' | 'max' | 'qualifier'>;

/** Whole numbers with thousands separated by spaces, commas or apostrophes; decimals with "." or ",". */
const NUMBER = String.raw`\d{1,3}(?:[\s\u00a0\u202f',]\d{3})+|\d+(?:[.,]\d+)?`;

function toNumber(text: string): number {
  const t = text.replace(/[\s\u00a0\u202f']/g, '');
  // "1,234" groups thousands; "1,5" is a decimal comma.
  return Number(/^\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.'));
}

const QUALIFIERS: [RegExp, NonNullable<Figure['qualifier']>][] = [
  [
    /^(?:~|≈|about|approx\.?|approximately|around|circa|ca\.?|c\.|около|примерно|приблизительно|порядка)\s*/i,
    'about',
  ],
  [/^(?:>|more than|over|above|свыше|более|больше)\s*/i, 'more-than'],
  [/^(?:≥|>=|at least|не менее|как минимум|минимум)\s*/i, 'at-least'],
  [/^(?:<|fewer than|less than|under|менее|меньше)\s*/i, 'fewer-than'],
];

/**
 * The amount a cell states, undefined for an empty cell, or 'invalid' for text that is not a
 * figure. A trailing "+" ("200+") reads as "at least".
 */
export function parseFigure(cell: string): FigureAmount | 'invalid' | undefined {
  let t = cell.trim().replace(/\u2212/g, '-');
  if (t === '') return undefined;
  const range = new RegExp(
    `^(${NUMBER})\\s*(?:-|–|—|to|до|\\.\\.\\.?|…)\\s*(${NUMBER})$`,
    'i',
  ).exec(t);
  if (range) {
    const [min, max] = [toNumber(range[1]!), toNumber(range[2]!)];
    return min <= max ? { min, max } : 'invalid';
  }
  let qualifier: Figure['qualifier'];
  for (const [re, q] of QUALIFIERS) {
    const m = re.exec(t);
    if (m && m[0] !== '') {
      qualifier = q;
      t = t.slice(m[0].length);
      break;
    }
  }
  if (!qualifier && /\+$/.test(t)) {
    qualifier = 'at-least';
    t = t.slice(0, -1).trim();
  }
  if (!new RegExp(`^(?:${NUMBER})$`).test(t)) return 'invalid';
  const n = toNumber(t);
  if (!Number.isFinite(n)) return 'invalid';
  switch (qualifier) {
    case 'more-than':
    case 'at-least':
      return { min: n, qualifier };
    case 'fewer-than':
      return { max: n, qualifier };
    case 'about':
      return { value: n, qualifier };
    default:
      return { value: n };
  }
}

/** The figure kind id for a label as the user wrote it: "Deaths" -> "deaths", "Погибшие" -> "pogibshie". */
export function figureKindId(label: string): string {
  return slugify(label) || `k-${hashId(label).slice(0, 8)}`;
}
