/**
 * `npm start`: builds the app if there is no build yet (or it is older than the sources), then
 * serves the production build on 127.0.0.1 and prints the address.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    t = Math.max(t, name.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(newest('src'), newest('data'), statSync('index.html').mtimeMs);
if (built < sources) {
  console.log('Building the app…');
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '4173';
console.log(`Serving the app at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
server.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGINT', () => server.kill('SIGINT'));
