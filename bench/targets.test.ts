import { describe, expect, it } from 'vitest';
import { verdicts } from './targets';

const run = (events: number, ms: number, heap = 10) => ({
  events,
  load_ms: 3000,
  brush_p95_ms: ms,
  filter_ms: ms,
  hover_ms: ms,
  heap_mb: heap,
});

describe('verdicts', () => {
  it('sets each figure against its size’s target, and steps against the idle floor', () => {
    const v = verdicts({
      runs: [run(1000, 45), run(100_000, 45, 160)],
      playback: [{ events: 100_000, playback_frame_p95_ms: 33.4 }],
      js_first_view_gzip_kb: 588.5,
      import: { rows: 100_000, import_ms: 2866, reload_ms: 1411 },
      import_1m: null,
      idle_two_frames_ms: 30,
    });
    const by = (m: string) => v.find((x) => x.measure === m)!;
    expect(by('brush step p95, 1,000')).toEqual({
      measure: 'brush step p95, 1,000',
      figure: 45,
      target: '40 ms',
      met: false,
      over_floor_ms: 15,
    });
    expect(by('brush step p95, 100,000').met).toBe(true);
    expect(by('hover, 100,000').met).toBe(false);
    expect(by('JS heap, 100,000')).toMatchObject({ met: false, target: '150 MB' });
    expect(by('load, 1,000').met).toBeNull();
    expect(by('playback frame p95, 100,000')).toMatchObject({ met: true, over_floor_ms: 3.4 });
    expect(by('JS before the first view (gzip)').met).toBe(false);
    expect(by('import of 100,000 CSV rows')).toMatchObject({ met: false, target: '2850 ms' });
    expect(by('reload of the stored dataset').met).toBe(true);
    expect(v.some((x) => x.measure.startsWith('import_1m'))).toBe(false);
  });

  it('judges a million events’ load and its import against their own targets', () => {
    const v = verdicts({
      runs: [{ ...run(1_000_000, 100, 900), load_ms: 50_000 }],
      playback: [],
      js_first_view_gzip_kb: null,
      import: null,
      import_1m: { import_ms: 37_900, peak_heap_mb: 1530, longest_task_ms: 0 },
      idle_two_frames_ms: 30,
    });
    expect(v.find((x) => x.measure === 'load, 1,000,000')).toMatchObject({ met: false });
    expect(v.find((x) => x.measure === 'article filter, 1,000,000')?.met).toBe(true);
    expect(v.find((x) => x.measure === 'import_1m peak JS heap')?.met).toBe(true);
    expect(v.find((x) => x.measure === 'import_1m')?.met).toBe(false);
  });
});
