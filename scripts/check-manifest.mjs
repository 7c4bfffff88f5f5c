#!/usr/bin/env node
/**
 * `npm run manifest:check`: regenerates custom-elements.json and fails when the committed file
 * differs (run `npm run analyze` and commit). Also checks src/version.ts against package.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const committed = readFileSync('custom-elements.json', 'utf8');
const r = spawnSync('npm', ['run', '--silent', 'analyze'], { encoding: 'utf8' });
const fresh = readFileSync('custom-elements.json', 'utf8');
let failed = false;
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  failed = true;
} else if (fresh !== committed) {
  writeFileSync('custom-elements.json', committed);
  console.error('manifest:check: custom-elements.json is out of date; run `npm run analyze` and commit it.');
  failed = true;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))?.[1];
if (version !== pkg.version) {
  console.error(`manifest:check: src/version.ts (${version}) differs from package.json (${pkg.version}).`);
  failed = true;
}
if (failed) process.exit(1);
console.log('manifest:check: custom-elements.json and version are in sync');
