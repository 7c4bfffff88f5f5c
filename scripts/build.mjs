#!/usr/bin/env node
/**
 * The `build:dist` task (package.json "wireit"; `npm run build` runs it with `build:cdn`): the npm
 * output in dist/, from the sources and src/generated/ (the `generate` task):
 * IDE and JSX data from custom-elements.json (scripts/gen-integrations.mjs --dist-only) → unbundled
 * ESM + .d.ts (tsc) → translator notes stripped and templates minified (scripts/shipped-source.mjs)
 * → a private copy of the @lit/localize runtime (scripts/lib/private-localize.mjs: a host app's own
 * @lit/localize never collides with ours). Lit stays external. The CDN files are `build:cdn` (Vite).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { shipDir } from './shipped-source.mjs';
import { privatizeLocalize } from './lib/private-localize.mjs';

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
step('integrations data (gen)', process.execPath, ['scripts/gen-integrations.mjs', '--dist-only']);
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
