#!/usr/bin/env node
/**
 * `npm run build`: generated locale modules → unbundled ESM + .d.ts in dist/ (tsc) → CDN bundle
 * in cdn/ (Vite). Lit and @lit/localize stay external in dist/ and are inlined only in cdn/.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

function step(label, cmd, args) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`build: ${label} (${Date.now() - started} ms)`);
}

rmSync('dist', { recursive: true, force: true });
step('locale modules', 'npx', ['lit-localize', 'build']);
step('dist (tsc)', 'npx', ['tsc', '-p', 'tsconfig.build.json']);
step('cdn (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
