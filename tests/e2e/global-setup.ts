/**
 * Builds the app once, serves the production build on 127.0.0.1 and hands its URL to the specs.
 * Fails at once, with instructions, when there is no Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
  if (!process.env.E2E_NO_BUILD) {
    const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('vite build failed; see above');
  }
  const port = 4300 + Math.floor(Math.random() * 600);
  server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
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
  };
}
