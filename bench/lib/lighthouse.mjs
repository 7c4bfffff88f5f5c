/**
 * Lighthouse (the npm package's CLI, performance category only) against pages the bench serves,
 * with Debian's Chromium. Lighthouse is not a devDependency: it adds about 60 packages to
 * `npm ci` for one bench table, so the bench runs a pinned version on demand with `npm exec`
 * (the npm cache keeps it after the first run). 12.2.3: 13 wants Node 22, and npm ci refuses a lock
 * made with 12.3 to 13.4 here (../shared/TOOLCHAIN.md and the project's package notes).
 * Default Lighthouse settings: mobile form factor, simulated throttling (Lantern), so the numbers
 * are comparable between runs on different machines only as far as Lantern's model is.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';

export const LIGHTHOUSE = 'lighthouse@12.2.3';

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGTERM'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/**
 * One Lighthouse run of `url`: `{ score, tbt, lcp, cls, fcp }` (score 0–100, times in ms), or
 * `{ error }`. Writes the JSON report to `<outDir>/<name>.json`.
 */
export async function lighthouse(url, outDir, name) {
  mkdirSync(outDir, { recursive: true });
  const report = path.join(outDir, `${name}.json`);
  const flags = [...CHROMIUM_ARGS, '--headless=new'].join(' ');
  const { code, stderr } = await run(
    'npm',
    [
      'exec',
      '--yes',
      `--package=${LIGHTHOUSE}`,
      '--',
      'lighthouse',
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${report}`,
      `--chrome-flags=${flags}`,
      '--quiet',
    ],
    { CHROME_PATH: chromiumPath(), npm_config_update_notifier: 'false' },
  );
  if (code !== 0) return { error: `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` };
  try {
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      version: lhr.lighthouseVersion,
      // Lighthouse's own gauge of the host CPU (higher is faster; it warns below about 1,000).
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
      score: (lhr.categories.performance.score ?? NaN) * 100,
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
    };
  } catch (error) {
    return { error: String(error) };
  }
}
