/**
 * size-limit checks (`npm run sizes:check` fails on any overrun; `npm run sizes` prints them all).
 * Run after `npm run build`: the CDN checks read cdn/manifest.json. Budgets and the grandfathered
 * ceilings are in scripts/size-budgets.mjs. Every size is gzip (level 9) of what ships:
 *   - Element: its define module bundled by esbuild without Lit, the shared base (src/shared,
 *     src/localization, src/generated, src/version.ts), content (src/content) and lazy chunks,
 *     through the shipped-source transform (translator notes stripped, templates minified).
 *   - Library: Lit as the library imports it, and the shared base without Lit (no budget).
 *   - Locale: every locale chunk in cdn/, one check per part.
 *   - Legal: for every place, the record chunks a closed badge fetches (its own and its parents').
 *   - CDN: the all-in-one entry with every chunk it imports statically, each file compressed on its
 *     own as a browser fetches it; the autoloader alone and with each element (no budget).
 *   - Page: everything a first view of each page of issue #25 fetches on the autoloader route (one
 *     badge, checklist, explainer, diagram, all four, all four in German; `PAGES`), budgeted.
 * Check names start with their group ("Element: …"), which scripts/sizes.mjs reads for docs/sizes.md.
 * size-limit subtracts an empty esbuild bundle (32 B gzip) from the bundled checks; file checks are exact.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, cdnChecks, limitOf, pageChecks } from './scripts/size-budgets.mjs';
import { shippedSourceEsbuildPlugin } from './scripts/shipped-source.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const SHARED = [/[\\/]src[\\/](shared|localization|generated)[\\/]/, /[\\/]src[\\/]version\.ts$/];
const CONTENT = /[\\/]src[\\/]content[\\/]/;

/**
 * esbuild plugin: bundles only the local modules `keep(resolvedPath)` accepts; other local modules,
 * dynamic imports and bare imports (Lit) unless `bundleBare` stay external.
 */
const bundleOnly = (keep, { bundleBare = false } = {}) => ({
  name: 'bundle-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind === 'entry-point' || args.pluginData === 'inner') return undefined;
      if (args.kind === 'dynamic-import') return { path: args.path, external: true };
      if (!args.path.startsWith('.') && !args.path.startsWith('/')) {
        return bundleBare ? undefined : { path: args.path, external: true };
      }
      const resolved = await build.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: 'inner',
      });
      return keep(resolved.path) ? resolved : { path: args.path, external: true };
    });
  },
});

/** The esbuild options of sizes.mjs before size-limit (ESM for browsers, shipped source). */
const shipped = (plugin) => (config) => ({
  ...config,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  tsconfig: path.join(root, 'tsconfig.json'),
  plugins: [plugin, shippedSourceEsbuildPlugin()],
});

/** Writes a generated entry module under node_modules/.cache (size-limit measures files). */
function entry(name, text) {
  const dir = path.join(root, 'node_modules/.cache/kratom-sizes');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), text);
  return path.relative(root, path.join(dir, name));
}

/** The named imports the library takes from lit and @lit/localize, re-exported (what "Lit as used" contains). */
function litImports() {
  const byModule = new Map();
  for (const file of readdirSync(path.join(root, 'src'), { recursive: true })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.startsWith('generated')) continue;
    const text = readFileSync(path.join(root, 'src', file), 'utf8');
    for (const m of text.matchAll(/import\s*{([^}]*)}\s*from\s*'((?:lit|@lit\/localize)(?:\/[^']*)?)'/g)) {
      const names = m[1]
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('type '))
        .map((s) => s.split(/\s+as\s+/)[0]);
      if (!byModule.has(m[2])) byModule.set(m[2], new Set());
      for (const n of names) byModule.get(m[2]).add(n);
    }
  }
  return [...byModule]
    .filter(([, names]) => names.size)
    .map(([mod, names], i) => `export { ${[...names].map((n) => `${n} as ${n}_${i}`).join(', ')} } from '${mod}';`)
    .join('\n');
}

const esbuildChecks = () => [
  ...readdirSync(path.join(root, 'src/define'))
    .filter((f) => /^kratom-.+\.ts$/.test(f))
    .sort()
    .map((f) => {
      const tag = f.slice(0, -3);
      return {
        name: `Element: <${tag}> own code`,
        path: `src/define/${f}`,
        gzip: true,
        limit: limitOf(`element:${tag}`, BUDGETS.elementGzip),
        modifyEsbuildConfig: shipped(bundleOnly((p) => !SHARED.some((r) => r.test(p)) && !CONTENT.test(p))),
      };
    }),
  {
    name: 'Library: Lit (lit + @lit/localize, as imported)',
    path: entry('lit.js', litImports()),
    gzip: true,
    modifyEsbuildConfig: shipped(bundleOnly(() => true, { bundleBare: true })),
  },
  {
    name: 'Library: shared base (src/shared + src/localization, no Lit)',
    path: entry(
      'shared-base.ts',
      readdirSync(path.join(root, 'src/shared'), { recursive: true })
        .filter((f) => f.endsWith('.ts'))
        .map((f, i) => `export * as m${i} from '${path.join(root, 'src/shared', f.replace(/\.ts$/, '.js'))}';`)
        .concat([`export * as loc from '${path.join(root, 'src/localization/index.js')}';`])
        .join('\n'),
    ),
    gzip: true,
    modifyEsbuildConfig: shipped(bundleOnly(() => true)),
  },
];

const manifest = path.join(root, 'cdn/manifest.json');
if (!existsSync(manifest)) throw new Error('size-limit: cdn/manifest.json is missing; run `npm run build` first');

const cdn = JSON.parse(readFileSync(manifest, 'utf8'));
export default [...esbuildChecks(), ...cdnChecks(cdn, root), ...pageChecks(cdn, root)];
