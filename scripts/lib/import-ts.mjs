/**
 * Imports a TypeScript module (and what it imports) in Node through tsx: how the tooling reads the
 * typed content modules (content:check, content:review, structures, tests) without a build step.
 * Each call loads a fresh copy of the module graph (tsx's scoped import), so one script's locale
 * set-up does not leak into another's.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Imports `entry` (a path relative to the repository root, or absolute). */
export function importTs(entry, { root = ROOT } = {}) {
  return tsImport(pathToFileURL(path.resolve(root, entry)).href, {
    parentURL: import.meta.url,
    tsconfig: path.join(root, 'tsconfig.json'),
  });
}
