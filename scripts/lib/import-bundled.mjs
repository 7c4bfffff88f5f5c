/**
 * Bundles one TypeScript entry (and what it imports) with esbuild into a temporary ES module for
 * Node, imports it and removes the bundle: how the tooling reads the typed content modules
 * (content:check, content:review, structures, tests) without a build step.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Imports `entry` (a path relative to the repository root, or absolute) as bundled for Node. */
export async function importBundled(entry, { root = ROOT } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kratom-bundle-'));
  const out = path.join(dir, 'bundle.mjs');
  try {
    await build({
      entryPoints: [path.resolve(root, entry)],
      absWorkingDir: root,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: out,
      logLevel: 'error',
      tsconfig: path.join(root, 'tsconfig.json'),
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
