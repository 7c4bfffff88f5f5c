/**
 * The library's sources as they ship: translator notes removed (scripts/strip-desc.mjs), editors'
 * research notes removed from the content data (scripts/strip-editor-notes.mjs), the legal data
 * written as `JSON.parse` (scripts/json-data.mjs) and Lit template literals minified
 * (scripts/minify-literals.mjs). One transform, applied the same way by
 * every build that produces or measures shipped code: the CDN build (Vite plugin), dist/ (rewritten
 * after tsc), the size measurements and the benchmark bundles (esbuild plugin). Source maps follow
 * the rewrite (scripts/ship-map.mjs; scripts/tests/source-maps.test.mjs).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripDesc } from './strip-desc.mjs';
import { minifyLiterals } from './minify-literals.mjs';
import { stripEditorNotes } from './strip-editor-notes.mjs';
import { bundleAsJson, dataAsJson, JSON_BUNDLE_MODULE, JSON_DATA_MODULE } from './json-data.mjs';
import { chainMap, rewriteMap } from './ship-map.mjs';

const OWN_SOURCE = /[\\/]src[\\/].*\.ts$/;

/**
 * `code` of `file` as shipped. `keepEditorNotes` is for Storybook, whose content pages show the
 * notes to editors.
 */
export function shipSource(code, file, { keepEditorNotes = false } = {}) {
  if (JSON_BUNDLE_MODULE.test(file)) return bundleAsJson(file, { keepEditorNotes });
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
      // A gathering module is built from every place file: Storybook's dev server rebuilds it when one changes.
      if (JSON_BUNDLE_MODULE.test(id))
        for (const f of readdirSync(path.dirname(id))) this.addWatchFile(path.join(path.dirname(id), f));
      const out = shipSource(code, id, { keepEditorNotes });
      if (out === code) return null;
      // A legal data module is replaced (JSON.parse): it gets an empty map (Rollup's way to say
      // "no mapping"), never the stale one `map: null` would keep.
      return {
        code: out,
        map: JSON_DATA_MODULE.test(id) || JSON_BUNDLE_MODULE.test(id) ? { mappings: '' } : rewriteMap(code, out, id),
      };
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

const MAP_COMMENT = /\n?\/\/# sourceMappingURL=\S+\s*$/;

/**
 * Rewrites every .js file under `dir` (the tsc output) and its source map: the map is chained
 * through the rewrite (scripts/ship-map.mjs) and carries the original sources, so a position in a
 * shipped file resolves to its line in src/ although src/ does not ship. A file whose rewrite
 * replaces the module (the legal data as `JSON.parse`) ships without a map. Returns how many
 * files changed.
 */
export function shipDir(dir) {
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const code = readFileSync(file, 'utf8');
    const out = shipSource(code, file);
    if (out === code) continue;
    files++;
    const mapFile = `${file}.map`;
    const body = out.replace(MAP_COMMENT, '');
    let map = null;
    if (existsSync(mapFile) && !JSON_DATA_MODULE.test(file) && !JSON_BUNDLE_MODULE.test(file)) {
      const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
      const mapDir = path.dirname(mapFile);
      map = chainMap(code.replace(MAP_COMMENT, ''), body, tscMap, {
        file: entry.name,
        sourcesContent: (source) => {
          const src = path.resolve(mapDir, tscMap.sourceRoot ?? '', source);
          return existsSync(src) ? readFileSync(src, 'utf8') : null;
        },
      });
    }
    if (map) {
      writeFileSync(mapFile, JSON.stringify(map));
      writeFileSync(file, `${body}\n//# sourceMappingURL=${entry.name}.map\n`);
    } else {
      rmSync(mapFile, { force: true });
      writeFileSync(file, `${body}\n`);
    }
  }
  return files;
}
