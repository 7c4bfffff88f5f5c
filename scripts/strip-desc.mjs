/**
 * Translator notes (`desc` in `msg()` options) are for the XLIFF files only: the runtime never reads
 * them. These helpers remove them from shipped code (CDN bundle, dist/, size measurements) so readers
 * do not download several kilobytes of notes. Only `desc: <string literal>` properties are removed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DESC = /,?\s*\bdesc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)(\s*,)?/g;

/** Removes `desc: '…'` properties from source or compiled JS. */
export function stripDesc(code) {
  if (!code.includes('desc:')) return code;
  return code.replace(DESC, (match, trailingComma) => (match.trimStart().startsWith(',') && trailingComma ? ',' : ''));
}

/** Vite/Rollup plugin for the library's own sources. */
export function stripDescVitePlugin() {
  return {
    name: 'kratom-strip-msg-desc',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('msg(')) return null;
      return { code: stripDesc(code), map: null };
    },
  };
}

/** esbuild plugin (size measurements). */
export function stripDescEsbuildPlugin() {
  return {
    name: 'kratom-strip-msg-desc',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
        contents: stripDesc(readFileSync(args.path, 'utf8')),
        loader: 'ts',
      }));
    },
  };
}

/** Rewrites every .js file under `dir` (the tsc output). */
export function stripDescInDir(dir) {
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const code = readFileSync(file, 'utf8');
    const stripped = stripDesc(code);
    if (stripped !== code) {
      writeFileSync(file, stripped);
      files++;
    }
  }
  return files;
}
