/**
 * A build served by `vite preview` on 127.0.0.1 for a benchmark script, answered before this
 * resolves; `stop` ends the server.
 */
import { spawn } from 'node:child_process';

export async function servePreview(
  dist: string,
  port: number,
): Promise<{ base: string; stop: () => void }> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { base, stop: () => server.kill() };
}
