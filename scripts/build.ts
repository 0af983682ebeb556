/**
 * `npm run build`: the offline single-file copy first (dist-single/index.html), then the app in
 * dist/, with the offline copy placed beside it as dist/casemap-offline.html so that the app's
 * "Download offline copy" link works wherever the build is served.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';

const outDir = process.argv[2] ?? 'dist';
const vite = (args: string[]) => {
  const r = spawnSync('node_modules/.bin/vite', args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
vite(['build', '--mode', 'single', '--logLevel', 'warn']);
vite(['build', '--outDir', outDir, '--emptyOutDir']);
copyFileSync('dist-single/index.html', `${outDir}/casemap-offline.html`);
console.log(`Offline copy: ${outDir}/casemap-offline.html`);
