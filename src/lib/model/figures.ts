/**
 * Reported figures grouped by what they count. Sources disagree (the January 2022 death toll is
 * 164, 225, 227 or 238 depending on who and when), so every figure keeps its source and a kind
 * with several figures is also summed up as the range they span.
 */
import type { Figure } from './schema';

export interface FigureGroup {
  kind: string;
  figures: Figure[];
  /** Lowest and highest bound over the group's figures, when they differ. */
  range: [number, number] | null;
}

function bounds(f: Figure): [number, number] {
  const lo = f.value ?? f.min ?? f.max ?? 0;
  const hi = f.value ?? f.max ?? f.min ?? 0;
  return [lo, hi];
}

export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) groups.set(f.kind, [...(groups.get(f.kind) ?? []), f]);
  return [...groups].map(([kind, list]) => {
    const lo = Math.min(...list.map((f) => bounds(f)[0]));
    const hi = Math.max(...list.map((f) => bounds(f)[1]));
    return { kind, figures: list, range: list.length > 1 && lo !== hi ? [lo, hi] : null };
  });
}

/** The i18n key and parameters that state one figure ("more than 227", "10–12"). */
export function figureMessage(f: Figure): { key: string; params: Record<string, number> } {
  if (f.value !== undefined) {
    const q = f.qualifier && f.qualifier !== 'exact' ? f.qualifier : null;
    return q
      ? { key: `figure.${q}`, params: { value: f.value } }
      : { key: 'figure.value', params: { value: f.value } };
  }
  if (f.min !== undefined && f.max !== undefined)
    return { key: 'figure.range', params: { min: f.min, max: f.max } };
  if (f.min !== undefined)
    return { key: `figure.${f.qualifier ?? 'at-least'}`, params: { value: f.min } };
  return { key: `figure.${f.qualifier ?? 'fewer-than'}`, params: { value: f.max! } };
}
