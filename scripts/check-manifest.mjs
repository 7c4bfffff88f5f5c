#!/usr/bin/env node
/**
 * `npm run manifest:check`: fails when a committed generated file is out of date. Writes nothing
 * outside node_modules/.cache, so a stale file can never be fixed by the check itself:
 *   1. custom-elements.json: the analyzer writes a fresh manifest into node_modules/.cache, which is
 *      compared (after prettier) with the committed one;
 *   2. docs/elements.md: compared with what the committed manifest gives (`gen-docs.mjs --check`);
 *   3. src/version.ts matches package.json.
 * Fix with `npm run analyze` (manifest and docs) and commit.
 *
 * Usage: node scripts/check-manifest.mjs [--root <dir>] (the project root; default: cwd).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

const rootArg = process.argv.indexOf('--root');
const root = path.resolve(rootArg === -1 ? '.' : process.argv[rootArg + 1]);
const problems = [];

// 1. The manifest, generated aside.
const outdir = path.join('node_modules', '.cache', 'kratom-manifest-check');
rmSync(path.join(root, outdir), { recursive: true, force: true });
mkdirSync(path.join(root, outdir), { recursive: true });
const cem = path.join(path.dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
const analyzed = spawnSync(
  process.execPath,
  [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir],
  { cwd: root, encoding: 'utf8' },
);
const freshFile = path.join(root, outdir, 'custom-elements.json');
if (analyzed.status !== 0 || !existsSync(freshFile)) {
  problems.push(`the analyzer failed:\n${analyzed.stdout}${analyzed.stderr}`);
} else {
  const committedFile = path.join(root, 'custom-elements.json');
  const options = { ...(await prettier.resolveConfig(committedFile)), filepath: committedFile };
  const fresh = await prettier.format(readFileSync(freshFile, 'utf8'), options);
  const committed = existsSync(committedFile) ? readFileSync(committedFile, 'utf8') : '';
  if (fresh !== committed) problems.push('custom-elements.json is out of date with the sources');
}
rmSync(path.join(root, outdir), { recursive: true, force: true });

// 2. The element docs, from the committed manifest.
const docs = spawnSync(process.execPath, [path.join(HERE, 'gen-docs.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
if (docs.status !== 0) problems.push(docs.stderr.trim() || 'docs/elements.md is out of date');

// 3. The version constant.
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const version = /VERSION = '([^']+)'/.exec(readFileSync(path.join(root, 'src/version.ts'), 'utf8'))?.[1];
if (version !== pkg.version) problems.push(`src/version.ts (${version}) differs from package.json (${pkg.version})`);

if (problems.length) {
  for (const p of problems) console.error(`manifest:check: ${p}`);
  console.error('manifest:check: run `npm run analyze` and commit custom-elements.json and docs/elements.md.');
  process.exit(1);
}
console.log('manifest:check: custom-elements.json, docs/elements.md and the version are in sync');
