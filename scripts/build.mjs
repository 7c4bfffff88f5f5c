#!/usr/bin/env node
/**
 * `npm run build`: generated locale modules and structure images → integrations generated from custom-elements.json
 * (React wrappers, autoloader map, JSX types, IDE data; scripts/gen-integrations.mjs) → unbundled
 * ESM + .d.ts in dist/ (tsc) → CDN files in cdn/ (Vite) → cdn/manifest.json (SRI hashes, sizes).
 * Lit stays external in dist/; dist/ carries a private copy of the @lit/localize runtime
 * (scripts/lib/private-localize.mjs: a host app's own @lit/localize never collides with ours);
 * cdn/ inlines both.
 */
import { spawnSync } from 'node:child_process';
import { shipDir } from './shipped-source.mjs';
import { privatizeLocalize } from './lib/private-localize.mjs';
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
{
  const { files, rewritten } = privatizeLocalize('dist');
  console.log(
    `build: private @lit/localize runtime (${files} files) in dist/vendor; ${rewritten} dist file(s) import it`,
  );
}
step('cdn (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
step('cdn manifest', process.execPath, ['scripts/cdn-manifest.mjs']);
