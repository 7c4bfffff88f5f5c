/**
 * Builds what the bench loads from the current sources. The autoloader route is the packed build
 * itself: `npm run build:cdn` (wireit: skipped when cdn/ is fresh), so page bytes are exactly what
 * a CDN serves and what the size-limit page checks count. The SSR route's hydration bundle is built
 * here: minified, code-split ES2022 like the CDN build (vite.config.ts), so locales, legal data and
 * structure drawings stay lazy chunks, with the shipped-source transform and compile hint of cdn/.
 */
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { COMPILE_HINT } from '../../scripts/lib/compile-hints.mjs';

/** The esbuild options of the bench's browser bundles (minified, code-split ES2022, shipped source). */
export async function bundleOptions(root) {
  const shipped = await import(pathToFileURL(path.join(root, 'scripts/shipped-source.mjs')).href);
  return {
    plugins: [shipped.shippedSourceEsbuildPlugin()],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    splitting: true,
    legalComments: 'none',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
    absWorkingDir: root,
    banner: { js: COMPILE_HINT },
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
  };
}

export async function buildBundles(root, out) {
  rmSync(out, { recursive: true, force: true });
  const cdn = spawnSync('npm', ['run', '--silent', 'build:cdn'], { cwd: root, encoding: 'utf8' });
  if (cdn.status !== 0) throw new Error(`npm run build:cdn failed:\n${cdn.stdout}${cdn.stderr}`);
  const common = await bundleOptions(root);
  await build({
    ...common,
    entryPoints: { 'kw-hydrate': 'bench/entries/kw-hydrate.ts' },
    outdir: path.join(out, 'b', 'kw-hydrate'),
  });
  // Node bundle for @lit-labs/ssr: packages external, so the elements share @lit-labs/ssr's Lit.
  await build({
    ...common,
    minify: false,
    splitting: false,
    banner: {},
    platform: 'node',
    packages: 'external',
    entryPoints: { 'kw-node': 'bench/entries/kw-node.ts' },
    outdir: path.join(out, 'node'),
  });
}
