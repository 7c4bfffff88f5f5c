/**
 * The library's sources as they ship: translator notes removed (scripts/strip-desc.mjs) and Lit
 * template literals minified (scripts/minify-literals.mjs). One transform, applied the same way by
 * every build that produces or measures shipped code: the CDN build (Vite plugin), dist/ (rewritten
 * after tsc), the size measurements and the benchmark bundles (esbuild plugin).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripDesc } from './strip-desc.mjs';
import { minifyLiterals } from './minify-literals.mjs';

const OWN_SOURCE = /[\\/]src[\\/].*\.ts$/;

/** `code` of `file` as shipped. */
export function shipSource(code, file) {
  return minifyLiterals(stripDesc(code), file);
}

/** Vite/Rollup plugin for the library's own sources (CDN build). */
export function shippedSourceVitePlugin() {
  return {
    name: 'kratom-shipped-source',
    enforce: 'pre',
    transform(code, id) {
      if (!OWN_SOURCE.test(id)) return null;
      const out = shipSource(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** esbuild plugin for the library's own sources (size measurements, benchmark bundles). */
export function shippedSourceEsbuildPlugin() {
  return {
    name: 'kratom-shipped-source',
    setup(build) {
      build.onLoad({ filter: OWN_SOURCE }, (args) => ({
        contents: shipSource(readFileSync(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}

/** Rewrites every .js file under `dir` (the tsc output). Returns how many files changed. */
export function shipDir(dir) {
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const code = readFileSync(file, 'utf8');
    const out = shipSource(code, file);
    if (out !== code) {
      writeFileSync(file, out);
      files++;
    }
  }
  return files;
}
