/**
 * The performance issue's targets (issue 14), printed by `npm run bench` beside its figures: for
 * each figure measured, its target, whether it is met, and (for the steps a person waits a frame
 * for) how far it is above the idle floor of two animation frames, which no step can beat.
 */

/** Per size of the dataset: brush step p95, article filter, hover (ms), JS heap (MB). */
const STEP_TARGETS: Record<
  number,
  { brush: number; filter: number; hover: number; heap?: number }
> = {
  1000: { brush: 40, filter: 60, hover: 40 },
  10_000: { brush: 40, filter: 60, hover: 40 },
  100_000: { brush: 50, filter: 80, hover: 40, heap: 150 },
  1_000_000: { brush: 120, filter: 300, hover: 80, heap: 1024 },
};

/** Load of a million events, on the README's machine; smaller sizes: half of 53ccfdd's load. */
const LOAD_1M_MS = 12_000;
const PLAYBACK_P95_MS = 50;
/** Four times faster than the 11.4 s of 53ccfdd in the README. */
const IMPORT_100K_MS = 11_400 / 4;
const RELOAD_MS = 2000;
const IMPORT_1M = { ms: 30_000, heapMb: 1536, taskMs: 100 };
const FIRST_VIEW_KIB = 450;

export interface Verdict {
  measure: string;
  figure: number;
  target: string;
  met: boolean | null;
  /** ms above the two-frame idle floor, for a step a person waits a frame for. */
  over_floor_ms?: number;
}

interface Figures {
  runs: {
    events: number;
    load_ms: number;
    brush_p95_ms: number;
    filter_ms: number;
    hover_ms: number;
    heap_mb: number;
  }[];
  playback: { events: number; playback_frame_p95_ms: number }[];
  js_first_view_gzip_kb: number | null;
  import: { rows: number; import_ms: number; reload_ms?: number } | null;
  import_1m: { import_ms: number; peak_heap_mb: number; longest_task_ms: number } | null;
  idle_two_frames_ms: number;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Every figure of a benchmark run set against the target for it. */
export function verdicts(f: Figures): Verdict[] {
  const out: Verdict[] = [];
  const add = (
    measure: string,
    figure: number,
    target: number | null,
    unit: string,
    step = false,
  ) =>
    out.push({
      measure,
      figure,
      target:
        target === null ? 'half of 53ccfdd’s (run it in the same session)' : `${target} ${unit}`,
      met: target === null ? null : figure <= target,
      ...(step && { over_floor_ms: r1(figure - f.idle_two_frames_ms) }),
    });
  for (const r of f.runs) {
    const t = STEP_TARGETS[r.events];
    const n = r.events.toLocaleString('en');
    add(`load, ${n}`, r.load_ms, r.events === 1_000_000 ? LOAD_1M_MS : null, 'ms');
    if (!t) continue;
    add(`brush step p95, ${n}`, r.brush_p95_ms, t.brush, 'ms', true);
    add(`article filter, ${n}`, r.filter_ms, t.filter, 'ms', true);
    add(`hover, ${n}`, r.hover_ms, t.hover, 'ms', true);
    if (t.heap) add(`JS heap, ${n}`, r.heap_mb, t.heap, 'MB');
  }
  for (const p of f.playback)
    if (p.events === 100_000)
      add('playback frame p95, 100,000', p.playback_frame_p95_ms, PLAYBACK_P95_MS, 'ms', true);
  if (f.js_first_view_gzip_kb !== null)
    add('JS before the first view (gzip)', f.js_first_view_gzip_kb, FIRST_VIEW_KIB, 'KiB');
  if (f.import) {
    add(
      `import of ${f.import.rows.toLocaleString('en')} CSV rows`,
      f.import.import_ms,
      IMPORT_100K_MS,
      'ms',
    );
    if (f.import.reload_ms !== undefined)
      add('reload of the stored dataset', f.import.reload_ms, RELOAD_MS, 'ms');
  }
  if (f.import_1m) {
    add('import_1m', f.import_1m.import_ms, IMPORT_1M.ms, 'ms');
    add('import_1m peak JS heap', f.import_1m.peak_heap_mb, IMPORT_1M.heapMb, 'MB');
    add('import_1m longest main-thread task', f.import_1m.longest_task_ms, IMPORT_1M.taskMs, 'ms');
  }
  return out;
}
