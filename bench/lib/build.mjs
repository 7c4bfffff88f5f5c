/**
 * Builds the bench's bundles from the current sources (not dist/ or cdn/, which may be stale):
 * minified, code-split ES2022 like the CDN build (vite.config.ts), so locales, legal data and
 * structure drawings stay lazy chunks, with the shipped-source transform and compile hint of cdn/.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { COMPILE_HINT } from '../../scripts/lib/compile-hints.mjs';

export async function buildBundles(root, out) {
  rmSync(out, { recursive: true, force: true });
  const shipped = await import(pathToFileURL(path.join(root, 'scripts/shipped-source.mjs')).href);
  const common = {
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
  // Separate builds: each page loads one route, so no chunk is shared between them.
  const entries = { autoloader: 'src/autoloader.ts', 'kw-hydrate': 'bench/entries/kw-hydrate.ts' };
  for (const [name, entry] of Object.entries(entries))
    await build({ ...common, entryPoints: { [name]: entry }, outdir: path.join(out, 'b', name) });
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
