/**
 * The hostile-import figure for `npm run bench` (`hostile_import`): a 10 MB CSV whose one data
 * line repeats `"x"y;` (a malformed quote every five characters), imported by `importBytes` in a
 * fresh Node process, so that the process's peak resident memory is the import's own. Run alone,
 * `npx tsx bench/hostile-import.ts` prints the figures as one JSON line.
 */
import { importBytes } from '../src/lib/data/import/importer';

export interface HostileRun {
  name: 'hostile_import';
  csv_mb: number;
  import_ms: number;
  /** The process's peak resident set: Node itself (~50 MB), the file, and the import. */
  peak_rss_mb: number;
  issues: number;
}

const MB = 2 ** 20;

/** A CSV of `bytes` bytes: a header, then one line of `"x"y;` repeated. */
export function hostileCsv(bytes: number): Uint8Array {
  const header = 'id;date;title\n';
  const line = '"x"y;'.repeat(Math.ceil((bytes - header.length) / 5));
  return new TextEncoder().encode(header + line.slice(0, bytes - header.length));
}

function run(): HostileRun {
  const bytes = hostileCsv(10 * MB);
  const t0 = performance.now();
  const r = importBytes(bytes, 'hostile.csv');
  const ms = performance.now() - t0;
  return {
    name: 'hostile_import',
    csv_mb: Math.round((bytes.length / MB) * 10) / 10,
    import_ms: Math.round(ms),
    // maxRSS is in kilobytes.
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    issues: r.report.issues.length,
  };
}

if (process.argv[1]?.endsWith('hostile-import.ts')) console.log(JSON.stringify(run()));
