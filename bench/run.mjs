#!/usr/bin/env node
/**
 * `npm run bench`: what issue #25 steers by, in Debian's Chromium over CDP (puppeteer-core); not
 * part of the test suite. Every page is compared with its floor, the same widgets as static
 * server-rendered HTML (@lit-labs/ssr's declarative shadow DOM, no JavaScript):
 *
 *   bytes   gzip transfer bytes a browser fetches for one badge / checklist / explainer / diagram /
 *           all four (English, and all four in German), through the autoloader of the packed build
 *           (cdn/), beside the static floor and the goal, checked against the files the size-limit
 *           page checks count (scripts/size-budgets.mjs `pageFiles`), with the three largest files;
 *   render  main-thread CPU to final content of all four, and of 100 legal badges, ÷ static floor;
 *   ssr     first contentful paint of the SSR page + hydration ÷ static floor;
 *   cls     layout shift of bench/pages/article.html (autoloader, and SSR), desktop and mobile;
 *   lighthouse  performance score, TBT, LCP and CLS of the article with and without the widgets
 *           (bench/lib/lighthouse.mjs; Lighthouse runs on demand through `npm exec`).
 *
 * Each trial loads every page once, cold, in a rotating order, so the machine's drift hits all
 * variants alike; ratios are taken within a trial and reported as median [interquartile range].
 * Writes bench/results.md; raw samples go to tmp/kratom-bench/results.json.
 * Options: --quick (3 trials instead of 15, 2 Lighthouse runs per variant instead of 5),
 * --no-lighthouse, --trace (also where the main thread's CPU goes on the CPU pages, from Chromium
 * traces, bench/lib/trace.mjs: tmp/kratom-bench/trace.md). Chromium: CHROME_PATH or /usr/bin/chromium.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { describeDominant, dominantFiles, shownBytes } from '../scripts/lib/chunk-makeup.mjs';
import {
  BUDGETS,
  KNOWN_OVER_BUDGET,
  PAGES as WEIGHT_PAGES,
  PAGE_WIDGETS,
  pageFiles,
} from '../scripts/size-budgets.mjs';
import { buildBundles } from './lib/build.mjs';
import { lighthouse, LIGHTHOUSE } from './lib/lighthouse.mjs';
import { startServer } from './lib/server.mjs';
import { meanTrace, traceLoad, traceTable } from './lib/trace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(root, 'tmp/kratom-bench'); // git-ignored
const QUICK = process.argv.includes('--quick');
const TRIALS = QUICK ? 3 : 15;
const LH_RUNS = process.argv.includes('--no-lighthouse') ? 0 : QUICK ? 2 : 5;
const TRACE = process.argv.includes('--trace');
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s]`, ...a);

// The pages of the weight goals (scripts/size-budgets.mjs: the same markup the size-limit page checks describe).
const WIDGETS = Object.fromEntries(
  Object.entries(WEIGHT_PAGES)
    .filter(([, p]) => p.tags.length === 1)
    .map(([id, p]) => [id, PAGE_WIDGETS[p.tags[0]].markup]),
);
const PAGE_CSS = 'body{margin:0 auto;max-inline-size:48rem;padding:1rem;font-family:system-ui,sans-serif}';
const page = (body, src, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title><style>${PAGE_CSS}</style>${src ? script(src) : ''}</head><body>${body}</body></html>`;
const script = (src) => `<script type="module" src="${src}"></script>`;
const AUTO = '/cdn/autoloader.js';
const cdnDir = path.join(root, 'cdn');
const HYDRATE = '/b/kw-hydrate/kw-hydrate.js';

log('building cdn/ (npm run build:cdn) and the bench bundles from src/ …');
await buildBundles(root, out);
const ARTICLE = readFileSync(path.join(here, 'pages/article.html'), 'utf8');
const articleTags = [...new Set(ARTICLE.match(/<kratom-[a-z-]+[^>]*><\/kratom-[a-z-]+>/g))];

log('server-rendering with @lit-labs/ssr …');
const ssrArgs = [
  path.join(out, 'node/kw-node.js'),
  JSON.stringify([...new Set([...Object.values(WIDGETS), ...articleTags])]),
];
const child = spawnSync(process.execPath, [path.join(here, 'lib/ssr-render.mjs'), ...ssrArgs], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (child.status !== 0) throw new Error(`SSR failed: ${child.stderr.slice(0, 800)}`);
const ssr = JSON.parse(child.stdout);
const fallbacks = ssr.results.filter((r) => r.fallback);
if (fallbacks.length) throw new Error(`SSR fell back: ${fallbacks.map((r) => r.error ?? r.markup).join(' | ')}`);
const ssrOf = new Map(ssr.results.map((r) => [r.markup, r.html]));
const toSsr = (markups) => markups.map((m) => ssrOf.get(m)).join('\n');

// ------------------------------------------------------------------------------------------ pages
const server = await startServer({ out, cdn: cdnDir });
const groups = Object.fromEntries(
  Object.entries(WEIGHT_PAGES).map(([id, p]) => [id, p.tags.map((t) => PAGE_WIDGETS[t].markup)]),
);
const list = (markups) => `<ul>${markups.map((m) => `<li>${m}</li>`).join('')}</ul>`;
const PAGES = {};
for (const [name, markups] of Object.entries(groups)) {
  PAGES[`auto-${name}`] = page(markups.join('\n'), AUTO, WEIGHT_PAGES[name].lang);
  // The SSR child renders English only: the German page has no static floor of its own.
  if (WEIGHT_PAGES[name].lang === 'en') PAGES[`static-${name}`] = page(toSsr(markups));
}
PAGES['ssr-all'] = page(toSsr(groups.all), HYDRATE);
PAGES['auto-badges100'] = page(list(ssr.badges), AUTO);
PAGES['static-badges100'] = page(list(ssr.badges.map((m) => ssrOf.get(m))));
let articleSsr = ARTICLE.replace('<!-- bench:script -->', script(HYDRATE));
for (const m of articleTags) articleSsr = articleSsr.replace(m, ssrOf.get(m));
PAGES['article-auto'] = ARTICLE.replace('<!-- bench:script -->', script(AUTO));
PAGES['article-ssr'] = articleSsr;
// The same article without the widgets (for Lighthouse): the tags, the figures that only hold them,
// the badge's lead-in words and the script removed.
PAGES['article-none'] = ARTICLE.replace('<!-- bench:script -->', '')
  .replace(/\s*<figure class="widget">\s*<kratom-[^]*?<\/figure>/g, '')
  .replace(/<p>Legal status in Alabama: <kratom-legal-badge[^>]*><\/kratom-legal-badge><\/p>/, '');
if (/<kratom-/.test(PAGES['article-none'])) throw new Error('article-none still has a kratom tag');
for (const [name, text] of Object.entries(PAGES)) server.setPage(`${name}.html`, text);
// --trace only: 100 badges of one place (one record chunk, not 100), to tell fetch cost from render cost.
server.setPage('auto-badges100-one.html', page(list(ssr.badges.map(() => WIDGETS.badge)), AUTO));

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };
const RUNS = [
  ...Object.keys(PAGES)
    .filter((p) => !p.startsWith('article'))
    .map((p) => ({ id: p, page: p, viewport: VIEWPORTS.desktop })),
  ...['article-auto', 'article-ssr'].flatMap((p) =>
    Object.entries(VIEWPORTS).map(([v, viewport]) => ({ id: `${p}/${v}`, page: p, viewport, cls: true })),
  ),
];

// ----------------------------------------------------------------------------------------- trials
const probe = readFileSync(path.join(here, 'lib/probe.js'), 'utf8');
const browser = await launchChromium({
  args: ['--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});
const failures = [];

/** One cold load (fresh context: empty HTTP and code caches). `full` also waits for every fetch. */
async function load(run, full) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await tab.setViewport(run.viewport);
    await tab.evaluateOnNewDocument(probe);
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await tab.goto(`${server.origin}/p/${run.page}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__bench && window.__bench.ready !== null, { timeout: 30000, polling: 20 });
    // Renderer main-thread CPU time, which other processes on a shared machine disturb far less than wall time.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = metrics.find((m) => m.name === 'ThreadTime').value * 1000;
    await tab.waitForFunction(() => window.__bench.fcp !== null, { timeout: 5000, polling: 20 }).catch(() => {});
    if (run.cls) await new Promise((r) => setTimeout(r, 700)); // late shifts after the final content
    // A badge's sources load on idle after its first view: wait long enough to count them.
    if (full) await tab.waitForNetworkIdle({ idleTime: 1000 });
    const m = await tab.evaluate(() => ({
      fcp: window.__bench.fcp ?? NaN,
      cls: window.__bench.cls(),
      files: [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].map((e) => [
        new URL(e.name).pathname,
        e.encodedBodySize,
      ]),
    }));
    if (errors.length) failures.push(`${run.id}: ${errors.join(' | ')}`);
    return { cpu, ...m };
  } catch (error) {
    failures.push(`${run.id}: ${String(error).slice(0, 200)}`);
    return { cpu: NaN, fcp: NaN, cls: NaN, files: [] };
  } finally {
    await context.close();
  }
}

log(`${TRIALS} trials × ${RUNS.length} cold loads, interleaved (trial 0 warms caches and counts bytes) …`);
const samples = Object.fromEntries(RUNS.map((r) => [r.id, []]));
const files = {};
for (let t = 0; t <= TRIALS; t++) {
  for (let k = 0; k < RUNS.length; k++) {
    const run = RUNS[(k + t) % RUNS.length];
    const r = await load(run, t === 0);
    if (t === 0) files[run.id] = r.files;
    else samples[run.id].push(r);
  }
  if (t) log(`trial ${t}/${TRIALS}`);
}
if (TRACE) {
  const ids = ['static-badges100', 'auto-badges100', 'auto-badges100-one', 'static-all', 'auto-all'];
  log(`tracing 3 cold loads of ${ids.join(', ')} …`);
  const traced = Object.fromEntries(ids.map((id) => [id, []]));
  for (let t = 0; t < 3; t++) {
    for (const id of ids) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      try {
        await tab.setViewport(VIEWPORTS.desktop);
        await tab.evaluateOnNewDocument(probe);
        const ready = () =>
          tab.waitForFunction(() => window.__bench && window.__bench.ready !== null, { timeout: 30000, polling: 20 });
        traced[id].push(await traceLoad(tab, `${server.origin}/p/${id}.html`, ready));
      } finally {
        await context.close();
      }
    }
  }
  const table = traceTable(Object.fromEntries(ids.map((id) => [id, meanTrace(traced[id])])));
  writeFileSync(
    path.join(out, 'trace.md'),
    [`# Main-thread CPU by trace event (mean of 3 traced cold loads)`, '', ...table, ''].join('\n'),
  );
  log('wrote tmp/kratom-bench/trace.md');
}
const chromium = await browser.version();
await browser.close();

// ------------------------------------------------------------------------------------- lighthouse
const lh = { with: [], without: [] };
if (LH_RUNS)
  log(`Lighthouse (${LIGHTHOUSE} via npm exec): ${LH_RUNS} runs each of the article with and without widgets …`);
for (let i = 0; i < LH_RUNS; i++) {
  for (const [key, name] of i % 2
    ? [
        ['without', 'article-none'],
        ['with', 'article-auto'],
      ]
    : [
        ['with', 'article-auto'],
        ['without', 'article-none'],
      ]) {
    const r = await lighthouse(`${server.origin}/p/${name}.html`, path.join(out, 'lighthouse'), `${name}-${i}`);
    if (r.error) failures.push(`lighthouse ${name}: ${r.error}`);
    else lh[key].push(r);
  }
}
if (LH_RUNS) log('Lighthouse done');
await server.close();

// ------------------------------------------------------------------------------------------ report
const quantile = (xs, q) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const spread = (xs) => ({ median: quantile(xs, 0.5), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75) });
const col = (id, k) => samples[id].map((s) => s[k]);
const ratio = (a, b, k) => spread(samples[a].map((s, i) => s[k] / samples[b][i]?.[k]));
const fmt = (s, unit = '×', d = 2) =>
  Number.isFinite(s.median) ? `${s.median.toFixed(d)}${unit} [${s.q1.toFixed(d)}–${s.q3.toFixed(d)}]` : 'n/a';
/** KiB of everything page `id` fetched (its HTML included). */
const kB = (id) => (files[id] ?? []).reduce((sum, [, b]) => sum + b, 0) / 1024;
/** The cdn/ files page `id` fetched: [[path under cdn/, gzip bytes]]. */
const cdnFiles = (id) =>
  (files[id] ?? []).filter(([p]) => p.startsWith('/cdn/')).map(([p, b]) => [p.slice('/cdn/'.length), b]);
const cdnBytes = (id) => cdnFiles(id).reduce((sum, [, b]) => sum + b, 0);
const manifest = JSON.parse(readFileSync(path.join(cdnDir, 'manifest.json'), 'utf8'));
/** Does the browser's list for page `g` equal the size-limit check's files, file by file and byte by byte? */
function crossCheck(g) {
  const listed = pageFiles(manifest, g, root);
  const gz = (f) => gzipSync(readFileSync(path.join(cdnDir, f)), { level: 9 }).length;
  const listedBytes = listed.reduce((sum, f) => sum + gz(f), 0);
  const fetched = new Map(cdnFiles(`auto-${g}`));
  const extra = [...fetched.keys()].filter((f) => !listed.includes(f));
  const missing = listed.filter((f) => !fetched.has(f));
  if (!extra.length && !missing.length && listedBytes === cdnBytes(`auto-${g}`)) return `same ${listed.length} files`;
  failures.push(
    `page ${g}: the browser fetched ${cdnBytes(`auto-${g}`)} B, the size-limit check counts ${listedBytes} B`,
  );
  return (
    `differs: ${(listedBytes / 1024).toFixed(1)} KiB listed` +
    (extra.length ? `; not listed: ${extra.join(', ')}` : '') +
    (missing.length ? `; not fetched: ${missing.join(', ')}` : '')
  );
}

function lighthouseLines() {
  if (!LH_RUNS) return [];
  const med = (k, key) =>
    quantile(
      lh[key].map((r) => r[k]),
      0.5,
    );
  const cell = (k, key, d) => (Number.isFinite(med(k, key)) ? med(k, key).toFixed(d) : 'n/a');
  const rows = [
    ['Performance score (0–100)', 'score', 0],
    ['Total blocking time (ms)', 'tbt', 0],
    ['Largest contentful paint (ms)', 'lcp', 0],
    ['First contentful paint (ms)', 'fcp', 0],
    ['Cumulative layout shift', 'cls', 3],
  ];
  return [
    '',
    `## Lighthouse: bench/pages/article.html with and without the four widgets`,
    '',
    `${lh.with[0]?.version ? `Lighthouse ${lh.with[0].version}` : LIGHTHOUSE} (run through \`npm exec\`), performance category, ` +
      `default settings (mobile, simulated throttling), Debian's Chromium; medians of ${lh.with.length} and ${lh.without.length} runs, ` +
      'alternating. "Without" is the same article with the widgets, their figures and the script removed. ' +
      `Lighthouse's benchmark index of this machine during the runs: ${quantile(
        [...lh.with, ...lh.without].map((r) => r.benchmarkIndex),
        0.5,
      ).toFixed(0)} ` +
      '(it warns that a slower CPU than it expects, below about 1,000, inflates TBT and lowers the score): compare the ratio, not the milliseconds.',
    '',
    '| Metric | With widgets (autoloader) | Without widgets | With ÷ without |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([label, k, d]) => {
      const [a, b] = [med(k, 'with'), med(k, 'without')];
      const r = b > 0 ? `${(a / b).toFixed(2)}×` : '—';
      return `| ${label} | ${cell(k, 'with', d)} | ${cell(k, 'without', d)} | ${r} |`;
    }),
  ];
}

const ratios = [
  ['All four widgets ÷ static HTML: main-thread CPU to final content', 'auto-all', 'static-all', 'cpu'],
  ['100 legal badges ÷ static HTML: main-thread CPU to final content', 'auto-badges100', 'static-badges100', 'cpu'],
  ['SSR + hydration, all four ÷ static HTML: first contentful paint', 'ssr-all', 'static-all', 'fcp'],
  ['All four widgets ÷ static HTML: first contentful paint', 'auto-all', 'static-all', 'fcp'],
];
const lines = [
  '# Benchmark results',
  '',
  `Generated by \`npm run bench${QUICK ? ' -- --quick' : ''}\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16)} UTC: ` +
    `${TRIALS} interleaved cold trials per page, ${chromium}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ` +
    `load average ${loadavg()[0].toFixed(1)} at the end. Method: docs/performance.md. Ratios are medians of per-trial ` +
    'ratios with the interquartile range; the floor is the same widgets as static SSR HTML (no JavaScript).',
  ...(QUICK
    ? ['', `**Quick run** (${TRIALS} trials): for trying the harness, not for steering; expect a wide spread.`]
    : []),
  '',
  '| Ratio | Median [IQR] | Ours (ms) | Floor (ms) |',
  '| --- | --- | --- | --- |',
  ...ratios.map(
    ([label, a, b, k]) =>
      `| ${label} | ${fmt(ratio(a, b, k))} | ${fmt(spread(col(a, k)), '', 1)} | ${fmt(spread(col(b, k)), '', 1)} |`,
  ),
  '',
  '## Page bytes (gzip, transfer, JavaScript the browser fetched; autoloader route of the packed build cdn/)',
  '',
  'KiB (1024 B). Floor: the same widgets as static SSR HTML (the whole page). Today: every cdn/ file the page fetched ' +
    '(its own HTML, about 0.3 KiB, not counted). CI check: `pageFiles()` of scripts/size-budgets.mjs, what `npm run ' +
    'sizes:check` holds to the ceiling; "same" when the browser fetched exactly those files and bytes. What dominates: the ' +
    'three largest files (KiB gzip) and what their source maps attribute them to (scripts/lib/chunk-makeup.mjs). Lit and ' +
    'what readers see: the part of Today the source maps attribute to Lit with `@lit/localize` (the only runtime allowed) ' +
    'and to the facts, English text, legal data, sources, drawings and translations the page shows or prints (`SHOWN_GROUPS`, ' +
    'an estimate); "room for the rest" is the goal minus that: what the goal leaves for all of our own code and for data ' +
    "the page does not show (every place's name), beside what they take today.",
  '',
  '| Page | Floor (static HTML) | Today | Goal | Lit and what readers see | Room for the rest (today) | Today ÷ floor | Requests | CI check (size-limit files) | What dominates |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ...Object.keys(groups).map((g) => {
    const floor = kB(`static-${g}`);
    const today = cdnBytes(`auto-${g}`);
    const sizes = Object.fromEntries(cdnFiles(`auto-${g}`));
    const shown = shownBytes(cdnDir, sizes, manifest);
    const ceiling = KNOWN_OVER_BUDGET[`page:${g}`];
    return (
      `| ${WEIGHT_PAGES[g].label} | ${floor ? floor.toFixed(1) : '—'} | ${(today / 1024).toFixed(1)} | ` +
      `≤ ${BUDGETS.pageGzip[g] / 1024}${ceiling ? ` (ceiling ${ceiling})` : ''} | ${(shown / 1024).toFixed(1)} | ` +
      `${((BUDGETS.pageGzip[g] - shown) / 1024).toFixed(1)} (${((today - shown) / 1024).toFixed(1)}) | ` +
      `${floor ? `${(today / 1024 / floor).toFixed(2)}×` : '—'} | ${cdnFiles(`auto-${g}`).length} | ${crossCheck(g)} | ` +
      `${describeDominant(dominantFiles(cdnDir, sizes, 3, manifest))} |`
    );
  }),
  `| 100 badges | ${kB('static-badges100').toFixed(1)} | ${(cdnBytes('auto-badges100') / 1024).toFixed(1)} | — | — | — | ` +
    `${(cdnBytes('auto-badges100') / 1024 / kB('static-badges100')).toFixed(2)}× | ${cdnFiles('auto-badges100').length} | — | — |`,
  '',
  `<!-- page-floors ${JSON.stringify(
    Object.fromEntries(
      Object.keys(groups)
        .filter((g) => files[`static-${g}`])
        .map((g) => [g, Math.round(kB(`static-${g}`) * 1024)]),
    ),
  )} -->`,
  '',
  '## Layout shift (CLS) of bench/pages/article.html',
  '',
  '| Variant | Median | Max |',
  '| --- | --- | --- |',
  ...RUNS.filter((r) => r.cls).map(
    (r) => `| ${r.id} | ${quantile(col(r.id, 'cls'), 0.5).toFixed(3)} | ${Math.max(...col(r.id, 'cls')).toFixed(3)} |`,
  ),
  ...lighthouseLines(),
  ...(failures.length ? ['', '## Failures', '', ...[...new Set(failures)].map((f) => `- ${f}`)] : []),
  '',
];
writeFileSync(path.join(out, 'results.json'), JSON.stringify({ samples, files, failures }, null, 1));
writeFileSync(path.join(here, 'results.md'), lines.join('\n'));
log(`wrote bench/results.md${failures.length ? ` (${failures.length} failures)` : ''}`);
