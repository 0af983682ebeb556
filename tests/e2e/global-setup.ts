/**
 * Builds the app once, serves the production build on 127.0.0.1 and hands its URL to the specs.
 * Fails at once, with instructions, when there is no Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

let server: ChildProcess | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  // A build of its own, so that a `vite build` running beside the tests cannot swap files under them.
  const outDir = mkdtempSync(join(tmpdir(), 'casemap-e2e-'));
  const build = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', outDir], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed; see above');
  // Files a spec loads by `?data=` from the same site, as a deployer would place them.
  cpSync('tests/fixtures/good', join(outDir, 'fixtures'), { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 600);
  server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(baseUrl);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not answer at ${baseUrl}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  project.provide('baseUrl', baseUrl);
  project.provide('chromium', chromium);
  return () => {
    server?.kill();
    rmSync(outDir, { recursive: true, force: true });
  };
}
