/**
 * `npm run analyze`: builds with the bundle visualizer (vite.config.ts, mode `analyze`) and
 * prints what the first view's JavaScript is made of: the chunks index.html loads (the entry and
 * the chunks it preloads), their modules grouped by package or by folder of src/lib, largest
 * first. Sizes are each module gzipped alone, so they add up to more than the chunk gzipped
 * whole; the treemap in dist/bundle-stats.html shows every chunk.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Node {
  name: string;
  uid?: string;
  children?: Node[];
}
interface Stats {
  tree: { children: Node[] };
  nodeParts: Record<string, { renderedLength: number; gzipLength: number; metaUid: string }>;
  nodeMetas: Record<string, { id: string }>;
}

const build = spawnSync(
  'node_modules/.bin/vite',
  ['build', '--mode', 'analyze', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const html = readFileSync('dist/index.html', 'utf8');
const firstView = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const stats = JSON.parse(readFileSync('dist/bundle-stats.json', 'utf8')) as Stats;
const kib = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

/** A package's name, a folder of src/lib, or the file. */
function group(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1]!;
  const lib = /src\/lib\/([^/]+)\/(.*)$/.exec(id);
  if (lib)
    return /^messages\.\w+\.ts$/.test(lib[2]!) ? `src/lib/i18n/${lib[2]}` : `src/lib/${lib[1]}`;
  return id.replace(/^.*?\/src\//, 'src/');
}

const groups = new Map<string, { raw: number; gzip: number }>();
const walk = (n: Node) => {
  if (n.children) return n.children.forEach(walk);
  const part = stats.nodeParts[n.uid!]!;
  const g = group(stats.nodeMetas[part.metaUid]!.id);
  const sum = groups.get(g) ?? { raw: 0, gzip: 0 };
  sum.raw += part.renderedLength;
  sum.gzip += part.gzipLength;
  groups.set(g, sum);
};
console.log('\nThe first view loads (gzip KiB, chunk gzipped whole):');
for (const chunk of firstView) {
  console.log(`${kib(gzipSync(readFileSync(`dist/${chunk}`)).length)}  ${chunk}`);
  const node = stats.tree.children.find((c) => c.name === chunk);
  if (node) walk(node);
}
console.log('\nIts largest parts (gzip KiB of each module alone, raw KiB):');
for (const [name, { raw, gzip }] of [...groups].sort((a, b) => b[1].gzip - a[1].gzip).slice(0, 30))
  console.log(`${kib(gzip)} ${kib(raw)}  ${name}`);
console.log('\nEvery chunk: dist/bundle-stats.html');
