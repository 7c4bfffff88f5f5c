/**
 * Builds the bundles the benchmark loads, from the current sources (not dist/ or cdn/, which may
 * be stale or rebuilt by someone else while the bench runs): minified ES2022 modules with code
 * splitting, so locale modules, legal data and structure drawings stay lazy chunks exactly as in
 * the CDN build (vite.config.ts), and translator notes stripped as scripts/strip-desc.mjs does for
 * the CDN and dist/. esbuild gives every bundle, ours and the peer's, the same treatment, which
 * keeps the byte comparison fair.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, rmSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { COMPILE_HINT } from '../../scripts/lib/compile-hints.mjs';

export async function buildBundles(root, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const entries = path.join(root, 'bench/entries');
  // Shipped sources: translator notes stripped and template literals minified, as in cdn/ and dist/.
  const plugins = [];
  const shipped = path.join(root, 'scripts/shipped-source.mjs');
  if (existsSync(shipped)) plugins.push((await import(pathToFileURL(shipped).href)).shippedSourceEsbuildPlugin());
  const common = {
    plugins,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    splitting: true,
    legalComments: 'none',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
    absWorkingDir: root,
    metafile: true,
    // As in cdn/ (scripts/lib/compile-hints.mjs), for every bundle, ours, the floors' and the peer's.
    banner: { js: COMPILE_HINT },
  };
  const browser = {};
  for (const name of ['kw', 'kw-hydrate', 'kw-legal-badge', 'sl-peer']) {
    // Separate builds: each page loads one bundle, so no chunk is shared between them.
    const r = await build({
      ...common,
      entryPoints: { [name]: path.join(entries, `${name}.ts`) },
      outdir: path.join(out, 'b', name),
      chunkNames: 'chunks/[name]-[hash]',
      platform: 'browser',
    });
    browser[name] = r.metafile;
  }
  // Node bundle for @lit-labs/ssr: our sources bundled, packages (lit, @lit/localize) external so
  // the elements share the one Lit that @lit-labs/ssr renders with.
  await build({
    ...common,
    minify: false,
    banner: {}, // Node: no browser compile hint
    entryPoints: { 'kw-node': path.join(entries, 'kw-node.ts') },
    outdir: path.join(out, 'node'),
    platform: 'node',
    packages: 'external',
  });
  return browser;
}

/** Raw and gzip bytes of one file. */
export function fileBytes(file) {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Every .js file under a bundle directory, by kind (entry, locale, legal data, structure, other). */
export function listChunks(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.js')) out.push(p);
    }
  };
  walk(dir);
  return out;
}
