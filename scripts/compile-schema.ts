/**
 * `npm run schema` also writes src/lib/model/schema-parsers.js: zod's own compiled parser of an
 * event feature, generated here so that the page need not generate it. zod compiles a schema into a plain function with `new Function`, which the app's Content
 * Security Policy forbids (so the page runs zod jitless, about ten times slower); zod's
 * `withParser` takes a parser made elsewhere, and this is where. The parser answers only "valid,
 * and here is the output" or INVALID: for anything invalid zod's runtime parser runs as before,
 * so every message stays zod's. scripts/compile-schema.test.ts fails when the file is stale and
 * checks that the parsers agree with the runtime.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from 'zod/v4/core';
import { compileFn, INVALID, util } from 'zod/v4/core';
import type { $ZodType } from 'zod/v4/core';
import * as schema from '../src/lib/model/schema';
import { ROOT } from './lib/read-dataset';

export const PARSERS_FILE = join(ROOT, 'src', 'lib', 'model', 'schema-parsers.js');

/**
 * The schemas compiled, by the name the parser is exported under: those checked once for each of
 * up to a million events (the description and the narratives are checked once). The JSON cells of
 * the app's CSV are checked as each row is read: a movement's two ends, in every fourth row of
 * the bench's file, cost 3-5 % of a 100,000-row import under the runtime parser.
 */
const COMPILED: Record<string, $ZodType> = {
  parseEventFeature: schema.EventFeatureSchema,
  parseEndpoint: schema.EndpointSchema,
  parseTextList: schema.TextListSchema,
  parsePersonList: schema.PersonListSchema,
  parseProvenanceList: schema.ProvenanceListSchema,
};

interface Factory {
  names: string[];
  code: string;
  values?: unknown[];
  made?: unknown;
}

/** Runs zod's compiler with `Function` recorded: each generated function's code and constants. */
function record(s: $ZodType): Factory[] {
  const made: Factory[] = [];
  const Real = globalThis.Function;
  function Recorder(...args: string[]) {
    const code = args.pop()!;
    const f: Factory = { names: args, code };
    made.push(f);
    const factory = new Real(...args, code) as (...v: unknown[]) => unknown;
    return (...values: unknown[]) => {
      f.values = values;
      return (f.made = factory(...values));
    };
  }
  globalThis.Function = Recorder as unknown as FunctionConstructor;
  try {
    compileFn(s);
  } finally {
    globalThis.Function = Real;
  }
  return made;
}

/** The source text of a constant the generated code closes over. */
function constant(v: unknown, factories: Factory[], names: Map<Factory, string>): string {
  if (v === INVALID) return 'INVALID';
  if (v instanceof RegExp) return v.toString();
  if (v instanceof Set) return `new Set(${JSON.stringify([...v])})`;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null)
    return JSON.stringify(v);
  if (typeof v === 'function') {
    const inner = factories.find((f) => f.made === v);
    if (inner) return names.get(inner)!;
    if (v === util.codePointLength) return 'util.codePointLength';
    if (v === util.isPlainObject) return 'util.isPlainObject';
    if (v === Object.prototype.propertyIsEnumerable) return 'Object.prototype.propertyIsEnumerable';
    if (v.name === 'throwAsync') return 'throwAsync';
    const own = Object.entries(schema).find(([, x]) => x === v);
    if (own) return `schema.${own[0]}`;
    const zod = Object.entries(core).find(([, x]) => x === v);
    if (zod) return `core.${zod[0]}`;
  }
  const path = typeof v === 'object' && v !== null ? pathTo(v) : undefined;
  if (path) return path;
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    // A definition's `error` words zod's messages: the generated code answers only INVALID.
    return `{ ${Object.entries(v as object)
      .filter(([k]) => k !== 'error')
      .map(([k, x]) => `${JSON.stringify(k)}: ${constant(x, factories, names)}`)
      .join(', ')} }`;
  if (v === undefined) return 'undefined';
  throw new Error(`scripts/compile-schema.ts cannot write the constant ${String(v)}`);
}

/** Keys along which a schema holds its parts. */
const PARTS = new Set([
  '_zod',
  'def',
  'shape',
  'innerType',
  'options',
  'items',
  'element',
  'valueType',
  'keyType',
  'checks',
]);

/**
 * Where an object the generated code closes over (a schema's definition, say) is in the exported
 * schemas, as an expression the module evaluates against the same schemas at run time.
 */
function pathTo(target: object): string | undefined {
  const seen = new Set<object>();
  let level: [object, string][] = Object.entries(schema)
    .filter(([k, x]) => k.endsWith('Schema') && typeof x === 'object')
    .map(([k, x]) => [x as object, `schema.${k}`]);
  for (let depth = 0; depth < 40 && level.length; depth++) {
    const next: [object, string][] = [];
    for (const [o, at] of level) {
      if (o === target) return at;
      if (seen.has(o)) continue;
      seen.add(o);
      for (const k of Array.isArray(o) ? o.keys() : PARTS) {
        const x = (o as Record<string | number, unknown>)[k];
        if (x && typeof x === 'object')
          next.push([x, typeof k === 'number' ? `${at}[${k}]` : `${at}.${k}`]);
      }
    }
    level = next;
  }
  return undefined;
}

/** The module's text. */
export function compiledParsers(): string {
  const out: string[] = [
    "// Generated by scripts/compile-schema.ts (npm run schema) from src/lib/model/schema.ts: zod's",
    '// compiled parsers, for `withParser` (validate.ts). Do not edit.',
    "import { INVALID, util, core } from 'zod/mini';",
    `import * as schema from './schema';`,
    '',
    'const throwAsync = () => {',
    '  throw new core.$ZodAsyncError();',
    '};',
  ];
  for (const [name, s] of Object.entries(COMPILED)) {
    const factories = record(s);
    const names = new Map(factories.map((f, i) => [f, `${name}$${i}`]));
    // Inner functions are made before the ones that close over them.
    for (const f of factories) {
      const args = f.names.map((_, i) => constant(f.values![i], factories, names));
      const params = f.names.join(', ');
      out.push(
        '',
        `const ${names.get(f)} = /* @__PURE__ */ ((${params}) => ${f.code.replace(/^return /, '')})(${args.join(', ')});`,
      );
    }
    const root = factories[factories.length - 1]!;
    out.push(`export const ${name} = ${names.get(root)};`);
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(PARSERS_FILE, compiledParsers());
  console.log('wrote src/lib/model/schema-parsers.js');
}
