#!/usr/bin/env node
/**
 * `npm run build`: generated locale modules and structure images → integrations generated from custom-elements.json
 * (React wrappers, autoloader map, JSX types, IDE data; scripts/gen-integrations.mjs) → unbundled
 * ESM + .d.ts in dist/ (tsc) → CDN files in cdn/ (Vite) → cdn/manifest.json (SRI hashes, sizes).
 * Lit and @lit/localize stay external in dist/ and are inlined only in cdn/.
 */
import { spawnSync } from 'node:child_process';
import { shipDir } from './shipped-source.mjs';
import { existsSync, rmSync } from 'node:fs';

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
step('locale modules', process.execPath, ['scripts/locales-build.mjs']);
if (existsSync('scripts/build-structures.mjs')) {
  step('structure images', process.execPath, ['scripts/build-structures.mjs', '--quiet']);
}
step('integrations (gen)', process.execPath, ['scripts/gen-integrations.mjs']);
step('dist (tsc)', 'npx', ['tsc', '-p', 'tsconfig.build.json']);
{
  const started = Date.now();
  const files = shipDir('dist');
  console.log(
    `build: translator notes stripped and templates minified in ${files} dist file(s) (${Date.now() - started} ms)`,
  );
}
step('cdn (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
step('cdn manifest', process.execPath, ['scripts/cdn-manifest.mjs']);
