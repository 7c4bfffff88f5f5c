#!/usr/bin/env node
/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) against every story of the static Storybook build in
 * headless Chromium, and optionally saves screenshots of named stories in chosen toolbar combinations.
 *
 *   node scripts/storybook-axe.mjs                       # every story; exits 1 on any violation
 *   node scripts/storybook-axe.mjs --only legal-badge    # stories whose id matches a RegExp
 *   node scripts/storybook-axe.mjs --globals theme:dark  # every story with these toolbar globals
 *   node scripts/storybook-axe.mjs --screenshots /tmp/sb-shots
 *        [--shot 'design-system-playground--playground?args=color-accent:!hex(c2185b)'] …
 *        [--no-axe]                                      # screenshots only
 *        [--tile 1600]                                   # also split tall shots into 1600 px slices
 *
 * Serves `storybook-static/` (or --dir) on 127.0.0.1, reads its index.json, renders each
 * `iframe.html?id=…&viewMode=story` (one browser, --concurrency pages, default 2, each reused),
 * waits until the story (loaders, render, play) is complete and every kratom-* element has settled,
 * injects node_modules/axe-core/axe.min.js and runs it on `#storybook-root` only (the Storybook
 * chrome outside it is not checked). Screenshot shots are axe-checked too. Chromium: $CHROME_PATH or
 * /usr/bin/chromium. Last line: `storybook-axe: N passed, N failed, N skipped`.
 *
 * Not @storybook/test-runner (tried in session 11 with 0.24.5 on Debian's Chromium, the same static
 * build, 2 workers): it ran, but took 380 s against this script's 121 s on the same shared machine
 * (load 10-18), 4 of 202 stories hit Jest's 15 s timeout, it adds Jest, Playwright and 350 packages
 * (168 MB), and the screenshot mode (visual checks) would still need this script.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { launchChromium } from './lib/chromium.mjs';

const require = createRequire(import.meta.url);
const ROOT = resolve(new URL('..', import.meta.url).pathname);

// ── Options ──────────────────────────────────────────────────────────────────────────────────
function parseOptions(argv) {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: join(ROOT, 'storybook-static') },
      only: { type: 'string' },
      globals: { type: 'string', default: '' },
      screenshots: { type: 'string' },
      shot: { type: 'string', multiple: true, default: [] },
      'no-axe': { type: 'boolean', default: false },
      tile: { type: 'string' },
      concurrency: { type: 'string', default: '2' },
      timeout: { type: 'string', default: '20000' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
    process.exit(0);
  }
  return {
    dir: resolve(v.dir),
    only: v.only === undefined ? undefined : new RegExp(v.only),
    globals: v.globals,
    screenshots: v.screenshots && resolve(v.screenshots),
    shots: v.shot,
    axe: !v['no-axe'],
    concurrency: Math.max(1, Math.min(2, Number(v.concurrency) || 1)),
    timeout: Number(v.timeout) || 20000,
    tile: Number(v.tile) || undefined,
  };
}

/**
 * Shots taken with --screenshots when no --shot is given: the issue's "done when" views (Thai and
 * Arabic, dark, 320 px; every element; the token playground with changed tokens).
 */
const DEFAULT_SHOTS = [
  'design-system-all-components--english',
  'design-system-all-components--thai?globals=theme:dark;width:320',
  'design-system-all-components--arabic?globals=theme:dark;width:320',
  'components-legal-badge--every-status?globals=locale:th;theme:dark;width:320',
  'components-legal-badge--every-status?globals=locale:ar;theme:dark;width:320',
  'components-risk-checklist--some-checked?globals=locale:th;theme:dark;width:320',
  'components-risk-checklist--some-checked?globals=locale:ar;theme:dark;width:320',
  'components-alkaloid-explainer--mitragynine?globals=locale:th;theme:dark;width:320',
  'components-alkaloid-explainer--seven-hydroxymitragynine?globals=locale:ar;theme:dark;width:320',
  'components-mechanism-diagram--both-lanes?globals=locale:th;theme:dark;width:320',
  'components-mechanism-diagram--right-to-left?globals=locale:ar;theme:dark;width:320',
  'design-system-all-components--high-contrast',
  'design-system-playground--playground',
  'design-system-playground--playground?args=preset:serif-airy;color-accent:!hex(c2185b);color-focus:!hex(c2185b);radius:0px',
  'design-system-playground--playground?globals=theme:dark&args=color-accent:!hex(ffd54f);color-banned:!hex(ff5cf4)',
  'design-system-playground--brand-preset?globals=theme:dark',
  'design-system-tokens--colour-tokens',
  'design-system-tokens--colour-tokens?globals=theme:dark;width:320',
];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// ── Static server (Vite's preview server, no SPA fallback) ─────────────────────────────────
const serve = (dir) =>
  preview({
    configFile: false,
    root: dir,
    appType: 'mpa',
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });

// ── Browser ──────────────────────────────────────────────────────────────────────────────────
async function launch() {
  return launchChromium({
    args: [
      '--disable-dev-shm-usage',
      '--font-render-hinting=none',
      // Two pages render at once: keep the one not in front from being throttled (timers, rAF).
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
    defaultViewport: { width: 1280, height: 900 },
  });
}

/** Runs in the page: waits until the story is complete and every kratom-* element has settled. */
async function settleInPage({ storyId, timeout }) {
  const deadline = Date.now() + timeout;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  // 1. Storybook: the story's loaders, render, play function and afterEach have run.
  for (;;) {
    const render = window.__STORYBOOK_PREVIEW__?.currentRender;
    const phase = render?.phase;
    if (document.body.classList.contains('sb-show-errordisplay')) {
      const message = document.querySelector('#error-message')?.textContent ?? '';
      const stack = document.querySelector('#error-stack')?.textContent ?? '';
      return { error: `story failed to render: ${message} ${stack}`.trim().slice(0, 2000) };
    }
    if (render?.id === storyId && (phase === 'completed' || phase === 'finished')) break;
    if (render?.id === storyId && (phase === 'errored' || phase === 'aborted')) return { error: `story ${phase}` };
    if (Date.now() > deadline) return { error: `timed out waiting for the story (phase: ${phase ?? 'none'})` };
    await sleep(25);
  }
  // 2. The elements: every kratom-* element updated, nothing busy (legal data, structure drawings).
  const root = document.querySelector('#storybook-root');
  const elements = () => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('kratom-')) out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root) walk(root);
    return out;
  };
  for (;;) {
    const els = elements();
    await Promise.all(els.map((el) => el.updateComplete));
    const busy = els.some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]'));
    if (!busy) break;
    if (Date.now() > deadline) return { error: 'timed out: an element stayed busy (aria-busy)' };
    await sleep(50);
  }
  await document.fonts.ready;
  // Two frames for layout and paint (with a timer fallback: a page not in front gets no frames).
  await Promise.race([new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))), sleep(100)]);
  return { elements: elements().length };
}

/** Runs in the page: axe on #storybook-root, WCAG 2.x A/AA rules. */
async function axeInPage(tags) {
  const result = await window.axe.run(
    { include: [['#storybook-root']] },
    { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
  }));
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────
async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const indexFile = join(opts.dir, 'index.json');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} not found: run \`npm run build-storybook\` first`);
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const known = new Set(stories.map((s) => s.id));
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  /** Jobs: every story (axe) and every shot (screenshot + axe). */
  const jobs = [];
  if (opts.axe) {
    for (const story of stories) {
      if (opts.only && !opts.only.test(story.id)) continue;
      jobs.push({ id: story.id, label: story.id, query: opts.globals ? `globals=${opts.globals}` : '', shot: false });
    }
  }
  if (opts.screenshots) {
    mkdirSync(opts.screenshots, { recursive: true });
    for (const spec of opts.shots.length ? opts.shots : DEFAULT_SHOTS) {
      const [id, query = ''] = spec.split('?');
      if (!known.has(id)) throw new Error(`--shot ${spec}: no story "${id}" in index.json`);
      jobs.push({ id, label: spec, query, shot: true });
    }
  }

  const server = await serve(opts.dir);
  const base = server.resolvedUrls.local[0].replace(/\/$/, '');
  const browser = await launch();
  const started = Date.now();
  const failures = [];
  let passed = 0;
  let done = 0;

  /**
   * One page per worker. Plain axe jobs switch stories in place through Storybook's channel
   * (`setCurrentStory`, no reload: the preview bundle and axe load once per page); shots with their
   * own globals or args load their URL.
   */
  async function worker() {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    let loadedQuery;
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      pageErrors.length = 0;
      // a11y.manual: the addon's own automatic axe run is skipped; this script runs axe itself.
      const params = new Map(
        job.query
          .split('&')
          .filter(Boolean)
          .map((kv) => [kv.split('=')[0], kv.slice(kv.indexOf('=') + 1)]),
      );
      params.set('globals', ['a11y.manual:!true', params.get('globals')].filter(Boolean).join(';'));
      const query = [...params].map(([k, v]) => `${k}=${v}`).join('&');
      const problems = [];
      try {
        if (job.shot || loadedQuery !== query) {
          const url = `${base}/iframe.html?id=${encodeURIComponent(job.id)}&viewMode=story&${query}`;
          await page.goto(url, { waitUntil: 'load', timeout: opts.timeout });
          loadedQuery = job.shot ? undefined : query;
          if (opts.axe) await page.addScriptTag({ content: axeSource });
        } else {
          await page.evaluate((storyId) => {
            window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
          }, job.id);
        }
        const t0 = Date.now();
        const settled = await page.evaluate(settleInPage, { storyId: job.id, timeout: opts.timeout });
        const t1 = Date.now();
        if (settled.error) problems.push(settled.error);
        if (!settled.error && job.shot) {
          await page.waitForNetworkIdle({ idleTime: 100, timeout: 5000 }).catch(() => {});
          // The story container (the decorator's width applies to it), else the whole root. The
          // viewport grows to the content first, so sticky parts sit where a reader scrolling sees them.
          const root = (await page.$('#storybook-root .kratom-story')) ?? (await page.$('#storybook-root'));
          const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
          await page.setViewport({ width: 1280, height: Math.min(Math.max(900, height), 16000) });
          const name = job.label
            .replace(/[^a-z0-9]+/gi, '_')
            .replace(/^_|_$/g, '')
            .slice(0, 150);
          const file = join(opts.screenshots, `${name}.png`);
          await (root ?? page).screenshot({ path: file, ...(root ? {} : { fullPage: true }) });
          const box = root ? await root.boundingBox() : undefined;
          if (opts.tile && box && box.height > opts.tile) {
            for (let y = 0, n = 1; y < box.height; y += opts.tile, n++) {
              const clip = { x: box.x, y: box.y + y, width: box.width, height: Math.min(opts.tile, box.height - y) };
              await page.screenshot({ path: file.replace(/\.png$/, `.part${n}.png`), clip });
            }
          }
          await page.setViewport({ width: 1280, height: 900 });
          console.log(`  screenshot ${file}`);
        }
        if (!settled.error && opts.axe) {
          const violations = await page.evaluate(axeInPage, WCAG_TAGS);
          if (process.env.AXE_TIMING) console.log(`  ${job.id}: settle ${t1 - t0} ms, axe ${Date.now() - t1} ms`);
          for (const v of violations) {
            problems.push(
              `${v.id} (${v.impact}): ${v.help} ${v.helpUrl}\n` +
                v.nodes
                  .map(
                    (n) =>
                      `      at ${JSON.stringify(n.target)}\n        ${n.html}\n        ${(n.summary ?? '').replace(/\n/g, '\n        ')}`,
                  )
                  .join('\n'),
            );
          }
        }
        for (const e of pageErrors) problems.push(`uncaught error in the page: ${e}`);
      } catch (error) {
        problems.push(`could not check: ${error?.message ?? error}`);
        loadedQuery = undefined;
      }
      done++;
      if (problems.length) {
        loadedQuery = undefined; // start the next story from a fresh page load
        failures.push({ job, problems });
        console.log(`✗ ${job.label}\n    ${problems.join('\n    ')}`);
      } else {
        passed++;
        if (process.env.CI !== 'true' || job.shot) console.log(`✓ ${job.label}`);
      }
    }
    await page.close();
  }

  const total = jobs.length;
  console.log(
    `storybook-axe: ${total} checks (${stories.length} stories in the build), axe-core ${require('axe-core/package.json').version}, WCAG tags ${WCAG_TAGS.join(' ')}, ${opts.concurrency} pages`,
  );
  try {
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, total || 1) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nstorybook-axe: ${done} checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length) {
    console.log(
      `\nFailures:\n${failures.map((f) => `  ${f.job.label}: ${f.problems.map((p) => p.split('\n')[0]).join('; ')}`).join('\n')}`,
    );
  }
  console.log(`storybook-axe: ${passed} passed, ${failures.length} failed, 0 skipped`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  console.error(`storybook-axe: ${error?.stack ?? error}`);
  process.exit(1);
});
