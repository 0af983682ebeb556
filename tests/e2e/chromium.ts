/**
 * Finds Chromium for the end-to-end tests and the benchmark. Never downloads a browser: where
 * there is none, fails at once with a message that says how to install one.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install it (Debian/Ubuntu: ' +
      '`sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary. ' +
      'Looked in: ' +
      CANDIDATES.join(', '),
  );
}

/** Flags that keep Chromium from calling out, and give it software WebGL. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-domain-reliability',
  '--no-pings',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu-rasterization',
  // Under SwiftShader the GPU-backed 2D canvas costs about 0.5 s per update whatever is drawn
  // (measured on the timeline); the software canvas is what a machine without a GPU should use.
  '--disable-accelerated-2d-canvas',
  // What Chromium does on a machine without a usable GPU: composite the page in software. Left to
  // composite through SwiftShader, it spent about 60 ms a frame swapping buffers of the whole
  // window (a trace of a brush drag: 3.8 of 5.4 s), a cost no real machine has.
  '--disable-gpu-compositing',
];
