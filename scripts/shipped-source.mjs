/**
 * The library's sources as they ship: translator notes removed (scripts/strip-desc.mjs), editors'
 * research notes removed from the content data (scripts/strip-editor-notes.mjs), the legal data
 * written as `JSON.parse` (scripts/json-data.mjs) and Lit template literals minified
 * (scripts/minify-literals.mjs). One transform, applied the same way by
 * every build that produces or measures shipped code: the CDN build (Vite plugin), dist/ (rewritten
 * after tsc), the size measurements and the benchmark bundles (esbuild plugin).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripDesc } from './strip-desc.mjs';
import { minifyLiterals } from './minify-literals.mjs';
import { stripEditorNotes } from './strip-editor-notes.mjs';
import { dataAsJson, JSON_DATA_MODULE } from './json-data.mjs';

const OWN_SOURCE = /[\\/]src[\\/].*\.ts$/;

/**
 * `code` of `file` as shipped. `keepEditorNotes` is for Storybook, whose content pages show the
 * notes to editors.
 */
export function shipSource(code, file, { keepEditorNotes = false } = {}) {
  const notesOut = keepEditorNotes ? code : stripEditorNotes(code, file);
  if (JSON_DATA_MODULE.test(file)) return dataAsJson(notesOut, file);
  return minifyLiterals(stripDesc(notesOut), file);
}

/**
 * Vite/Rollup plugin for the library's own sources: the CDN build (library mode). Storybook loads
 * the same Vite config but builds an app, not a library: it keeps the editors' notes.
 */
export function shippedSourceVitePlugin() {
  let keepEditorNotes = false;
  return {
    name: 'kratom-shipped-source',
    enforce: 'pre',
    configResolved(config) {
      keepEditorNotes = !config.build.lib;
    },
    transform(code, id) {
      if (!OWN_SOURCE.test(id)) return null;
      const out = shipSource(code, id, { keepEditorNotes });
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** esbuild plugin for the library's own sources (size measurements, benchmark bundles). */
export function shippedSourceEsbuildPlugin(options = {}) {
  return {
    name: 'kratom-shipped-source',
    setup(build) {
      build.onLoad({ filter: OWN_SOURCE }, (args) => ({
        contents: shipSource(readFileSync(args.path, 'utf8'), args.path, options),
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
