import { describe, expect, it } from 'vitest';
import { composeExport, layout, type Ctx2D, type ExportContent } from './png-export';

/** A canvas context that records what was drawn. */
function recorder() {
  const calls: { op: string; args: unknown[] }[] = [];
  const rec =
    (op: string) =>
    (...args: unknown[]) => {
      calls.push({ op, args });
    };
  const ctx = {
    fillRect: rec('fillRect'),
    fillText: rec('fillText'),
    drawImage: rec('drawImage'),
    save: rec('save'),
    restore: rec('restore'),
    translate: rec('translate'),
    fill: rec('fill'),
    stroke: rec('stroke'),
    scale: rec('scale'),
    strokeRect: rec('strokeRect'),
    measureText: () => ({ width: 10 }) as TextMetrics,
    fillStyle: '',
    strokeStyle: '',
    font: '',
    lineWidth: 1,
    textBaseline: 'top' as CanvasTextBaseline,
  };
  return { ctx: ctx as unknown as Ctx2D, calls };
}

const content: ExportContent = {
  title: 'Kazakhstan',
  subtitle: 'Shown: under article 2 — 7 of 18 events',
  map: { source: {} as CanvasImageSource, width: 800, height: 500 },
  timeline: { source: {} as CanvasImageSource, width: 800, height: 200 },
  legend: [
    { index: 0, label: 'Protest' },
    { index: 1, label: 'Detention' },
    { index: 2, label: 'Torture' },
    { index: 3, label: 'Death' },
    { index: 4, label: 'Extradition' },
  ],
  legendTitle: 'Legend',
  attribution: ['Data: Maat for Peace. Basemap: Natural Earth (public domain).'],
};

describe('composeExport', () => {
  it('draws title, filters, both views, the legend with shapes, and the attribution', () => {
    const { ctx, calls } = recorder();
    const lines = composeExport(ctx, content, (d) => ({ d }) as unknown as Path2D, 1600);
    expect(lines).toEqual([
      'Kazakhstan',
      'Shown: under article 2 — 7 of 18 events',
      'Legend',
      'Protest',
      'Detention',
      'Torture',
      'Death',
      'Extradition',
      'Data: Maat for Peace. Basemap: Natural Earth (public domain).',
    ]);
    expect(calls.filter((c) => c.op === 'drawImage')).toHaveLength(2);
    // One shape per category, each filled and outlined (legible in black and white).
    expect(calls.filter((c) => c.op === 'fill')).toHaveLength(5);
    expect(calls.filter((c) => c.op === 'stroke')).toHaveLength(5);
  });

  it('keeps the views in proportion and fits everything in the height', () => {
    const L = layout(content, 1600);
    expect(L.mapH).toBe(Math.round((L.inner * 500) / 800));
    expect(L.tlY).toBeGreaterThan(L.mapY + L.mapH);
    expect(L.height).toBeGreaterThan(L.attrY + 24);
    const noViews = layout({ ...content, map: null, timeline: null }, 1600);
    expect(noViews.height).toBeLessThan(L.height);
  });
});
