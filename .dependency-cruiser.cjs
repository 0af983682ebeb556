/**
 * The folders of src/lib are layers (docs/ARCHITECTURE.md): a folder may import only from the
 * folders below it. `npm run lint` runs this, so an upward import or a cycle fails the gate.
 *
 * Bottom to top. Folders on one line are peers: they may not import each other.
 */
const LAYERS = [
  ['time'],
  ['model'],
  ['i18n'],
  ['ui'],
  ['geo'],
  ['data'],
  ['filter'],
  ['state'],
  ['map', 'timeline'],
  ['linked'],
  ['brief'],
  ['present'],
  ['story'],
  ['explorer'],
];

const folder = (name) => `^src/lib/${name}/`;
const above = (i) => LAYERS.slice(i + 1).flat();

/** For each layer: nothing in it imports a layer above it or a peer beside it. */
const layerRules = LAYERS.flatMap((names, i) =>
  names.map((name) => {
    const forbidden = [...above(i), ...names.filter((n) => n !== name)];
    return {
      name: `layer-${name}`,
      comment: `${name}/ may import only the layers below it: not ${forbidden.join(', ')}`,
      severity: 'error',
      from: { path: folder(name) },
      to: { path: forbidden.length ? `^src/lib/(${forbidden.join('|')})/` : '^$' },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or through others, cannot be read alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'unknown-layer',
      comment: 'Every folder of src/lib has a place in LAYERS (.dependency-cruiser.cjs).',
      severity: 'error',
      from: {
        path: '^src/lib/',
        pathNot: `^src/lib/(${LAYERS.flat().join('|')})/`,
      },
      to: {},
    },
    {
      name: 'no-app-from-lib',
      comment: 'The shell composes the parts; no part imports the shell.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(App\\.svelte|main\\.ts)$' },
    },
    {
      name: 'no-tests-in-production',
      comment: 'Test helpers live under tests/; production code never imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(tests|bench)/|\\.test\\.ts$' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.svelte', '.svelte.ts', '.js'],
    },
  },
};
