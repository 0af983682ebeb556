/**
 * Count badges drawn on a 2D canvas above the marks' WebGL canvas: a few hundred pills cost far
 * less than a maplibre symbol layer, whose every update repaints the whole map (80-350 ms a
 * frame under software WebGL). Placement is greedy, largest counts first, so where badges would
 * overlap only the largest are shown and 100,000 events stay legible.
 */
import type { ClusterReply } from './clusters';
import { numberFormat } from '../i18n/intl';
import { mercatorX, mercatorY } from './mercator';
import type { Theme } from '../ui/theme';

/** Where a badge sits relative to its stack: on the upper-right shoulder, so the marks show. */
const OFFSET: [number, number] = [9, -9];
const HEIGHT = 15;
const PAD_X = 5;
/** Room kept between two badges, CSS pixels. */
const GAP = 1;

const INK: Record<Theme, { badge: string; text: string; halo: string }> = {
  light: { badge: '#1f2328', text: '#ffffff', halo: '#ffffff' },
  dark: { badge: '#f2f2f2', text: '#111111', halo: '#1b1e22' },
};

export interface Badge {
  /** Cluster number in the reply. */
  k: number;
  count: number;
  label: string;
  /** Absolute mercator coordinates of the cluster's centre. */
  mx: number;
  my: number;
}

/** A placed badge, CSS pixels in the map's box. */
export interface PlacedBadge {
  k: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The badges of a cluster reply, largest first (the placement order). */
export function badgesOf(reply: ClusterReply, lang: string): Badge[] {
  const plain = numberFormat(lang);
  const compact = numberFormat(lang, { notation: 'compact', maximumFractionDigits: 0 });
  const out: Badge[] = [];
  for (let k = 0; k + 1 < reply.offsets.length; k++) {
    const count = reply.offsets[k + 1]! - reply.offsets[k]!;
    out.push({
      k,
      count,
      label: count < 10_000 ? plain.format(count) : compact.format(count),
      mx: mercatorX(reply.centers[2 * k]!),
      my: mercatorY(reply.centers[2 * k + 1]!),
    });
  }
  return out.sort((a, b) => b.count - a.count || a.k - b.k);
}

/**
 * Greedy placement: each badge (largest first) is kept unless it overlaps one already kept.
 * `project` maps mercator to CSS pixels; `textWidth` measures a label. Pure, for tests.
 */
export function placeBadges(
  badges: readonly Badge[],
  project: (mx: number, my: number) => [number, number],
  textWidth: (label: string) => number,
  width: number,
  height: number,
): PlacedBadge[] {
  const placed: PlacedBadge[] = [];
  // A grid of 64-px cells holding the badges that touch each, so a check looks at a few.
  const CELL = 64;
  const grid = new Map<number, PlacedBadge[]>();
  const cells = (b: PlacedBadge, visit: (key: number) => boolean | void) => {
    for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++)
      for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++)
        if (visit(cy * 4096 + cx) === true) return true;
    return false;
  };
  for (const badge of badges) {
    const [px, py] = project(badge.mx, badge.my);
    const w = textWidth(badge.label) + 2 * PAD_X;
    const cx = px + OFFSET[0];
    const cy = py + OFFSET[1];
    const b: PlacedBadge = { k: badge.k, x: cx - w / 2, y: cy - HEIGHT / 2, w, h: HEIGHT };
    if (b.x + b.w < 0 || b.y + b.h < 0 || b.x > width || b.y > height) continue;
    const hit = cells(b, (key) =>
      (grid.get(key) ?? []).some(
        (o) =>
          b.x < o.x + o.w + GAP &&
          o.x < b.x + b.w + GAP &&
          b.y < o.y + o.h + GAP &&
          o.y < b.y + b.h + GAP,
      ),
    );
    if (hit) continue;
    placed.push(b);
    cells(b, (key) => {
      const list = grid.get(key);
      if (list) list.push(b);
      else grid.set(key, [b]);
    });
  }
  return placed;
}

/** The badge under a point (CSS pixels), or null. */
export function badgeAt(placed: readonly PlacedBadge[], x: number, y: number): number | null {
  for (let n = placed.length - 1; n >= 0; n--) {
    const b = placed[n]!;
    if (x >= b.x - 1 && x <= b.x + b.w + 1 && y >= b.y - 1 && y <= b.y + b.h + 1) return b.k;
  }
  return null;
}

/** Draws placed badges; `ctx` is scaled to CSS pixels. */
export function drawBadges(
  ctx: CanvasRenderingContext2D,
  badges: readonly Badge[],
  placed: readonly PlacedBadge[],
  theme: Theme,
  font: string,
): void {
  const ink = INK[theme];
  const labels = new Map(badges.map((b) => [b.k, b.label]));
  ctx.font = font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 1.5;
  for (const b of placed) {
    const r = b.h / 2;
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.w, b.h, r);
    ctx.fillStyle = ink.badge;
    ctx.fill();
    ctx.strokeStyle = ink.halo;
    ctx.stroke();
    ctx.fillStyle = ink.text;
    ctx.fillText(labels.get(b.k) ?? '', b.x + b.w / 2, b.y + r + 0.5);
  }
}
