import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';

/**
 * The production build's Content Security Policy. Everything comes from the app's own origin:
 * no script from elsewhere, no inline script, no eval, no request to any other host. Inline
 * styles stay allowed because Svelte and maplibre set style attributes on elements.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The headers a host should send with the production build (`npm run preview` and `npm start`
 * send them; the build writes them to dist/_headers for Netlify/Cloudflare Pages style hosts;
 * README shows others). The header CSP adds what a <meta> policy cannot say: no page may frame the app.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** dist/_headers: the security headers for every path, in the Netlify/Cloudflare Pages format. */
function hostHeaders(): Plugin {
  return {
    name: 'casemap-host-headers',
    apply: 'build',
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'casemap-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * `vite build --mode single` (npm run build:single) writes the offline copy: one self-contained
 * dist-single/index.html with code, styles, fonts, basemap, data and the maplibre worker inlined,
 * that works from file:// with no network. Read from argv because this config is an object that
 * the test projects extend.
 */
const SINGLE = process.argv.some(
  (a, i, all) => a === '--mode=single' || (a === '--mode' && all[i + 1] === 'single'),
);

/**
 * `vite build --mode analyze` (run by `npm run analyze`): the normal build, plus what is in each chunk,
 * gzip sizes included: dist/bundle-stats.html (a treemap to look at) and dist/bundle-stats.json
 * (the same as data, which scripts/bundle-report.ts lists for the first view).
 */
const ANALYZE = process.argv.some(
  (a, i, all) => a === '--mode=analyze' || (a === '--mode' && all[i + 1] === 'analyze'),
);
const analyze = () =>
  (['treemap', 'raw-data'] as const).map((template) =>
    visualizer({
      filename: `dist/bundle-stats.${template === 'treemap' ? 'html' : 'json'}`,
      template,
      gzipSize: true,
    }),
  );

/**
 * The offline copy is one file. The import client names its worker file for the normal build
 * (`new Worker(new URL('./worker.ts', import.meta.url))`), which Vite emits even in this mode,
 * where the client starts the inlined copy instead: a file beside index.html that nothing in it
 * loads, left out here.
 */
function singleFileOnly(): Plugin {
  return {
    name: 'casemap-single-file-only',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = Object.values(bundle)
          .filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'))
          .map((f) => String((f as { source: unknown }).source))
          .join('\n');
        for (const name of Object.keys(bundle))
          if (!name.endsWith('.html') && !html.includes(name)) delete bundle[name];
      },
    },
  };
}

/**
 * The offline copy's CSP. A file:// page has no origin that 'self' could name, and its script is
 * inline: so the script is allowed by its hash, and nothing may load from anywhere but the file
 * itself (data: and blob: URLs made from it; a script never from a data: URL, only the workers
 * that maplibre and Vite start from one). No host at all can be reached.
 */
function singleFileCsp(): Plugin {
  return {
    name: 'casemap-single-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .filter((m) => m[1]!.trim())
            .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
          const csp = [
            "default-src 'none'",
            `script-src ${hashes.join(' ')} blob:`,
            "style-src 'unsafe-inline'",
            'img-src data: blob:',
            'font-src data:',
            'connect-src data: blob:',
            'worker-src blob: data:',
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
          ].join('; ');
          file.source = html.replace(
            /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
            (_m, a: string, b: string) => `${a}${csp}${b}`,
          );
        }
      },
    },
  };
}

/** The media type of an Arrow IPC file (IANA). */
const ARROW_TYPE = 'application/vnd.apache.arrow.file';

/**
 * Arrow files served as what they are by `npm run preview` (and `npm start`, the benchmark, the
 * end-to-end tests). Its file server knows no type for `.arrow` and sends an empty one, which its
 * compression takes for text: it gzipped the benchmark's 1,000,000 events (259 MB) on the fly at
 * one core, 7-9 s of the load (curl on this machine: 8.8 s against 1.7 s sent as they are). A file
 * of typed columns is not compressed by a host that knows its type, nor here.
 */
function arrowMediaType(): Plugin {
  return {
    name: 'casemap-arrow-type',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (/\.(arrow|arrows|feather)$/i.test((req.url ?? '').split('?')[0]!)) {
          const set = res.setHeader.bind(res);
          res.setHeader = (name, value) =>
            set(name, /^content-type$/i.test(name) && !value ? ARROW_TYPE : value);
        }
        next();
      });
    },
  };
}

/** Every interface catalogue loaded before each test file (the app loads them when chosen). */
const CATALOGUES = 'tests/support/catalogues.ts';

export default defineConfig({
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    arrowMediaType(),
    ...(SINGLE ? [viteSingleFile(), singleFileCsp(), singleFileOnly()] : [hostHeaders()]),
    ...(ANALYZE ? analyze() : []),
  ],
  // Relative base: the build works from any path, and from file:// for the offline copy.
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: SECURITY_HEADERS },
  // The import worker is a module worker: its dynamic imports (the gazetteer, half a megabyte)
  // stay chunks of their own, loaded only by an import that has place names to match. The
  // offline copy inlines them all the same.
  ...(SINGLE ? {} : { worker: { format: 'es' as const } }),
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // The single file inlines everything, fonts (woff2) and the maplibre worker included.
    ...(SINGLE ? { outDir: 'dist-single', assetsInlineLimit: Number.MAX_SAFE_INTEGER } : {}),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts'],
          environment: 'node',
          setupFiles: [CATALOGUES],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          include: ['src/**/*.svelte.test.ts'],
          environment: 'jsdom',
          setupFiles: [CATALOGUES],
          // jsdom lays out a hundred rows in about a second, several on a busy two-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: [CATALOGUES],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: two cores, software WebGL.
          fileParallelism: false,
        },
      },
    ],
  },
});
