#!/usr/bin/env node
/**
 * What a page fetches, file by file (docs/performance.md, "Badge page"; issue #25): serves the built
 * cdn/ (run `npm run build` first), loads each page once, cold, in Chromium, and prints every file
 * it fetched with its gzip transfer size and the source areas its bytes come from (Lit, shared base,
 * an element, legal data …: scripts/lib/chunk-makeup.mjs, from each file's source map), twice: when
 * every widget shows its final content, and after the idle-time loads (sources, for print) once
 * nothing was fetched for 4 s. A quick look at one page; `npm run bench` measures the pages of the
 * weight goals with trials, the static floor and Lighthouse.
 *
 *   node bench/badge-page.mjs [badge|open|full|badges100|checklist|explainer …]
 *
 * Pages: one closed badge (US-AL, as in the bench), the same open or full, 100 badges (the first 100
 * covered places), and a checklist and an explainer to see what a change to the shared base does to
 * them. The Resource Timing buffer is raised: its default of 250 entries cuts a 100-badge page short.
 * Writes tmp/badge-page.json. Not part of `npm test`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { fileMakeup } from '../scripts/lib/chunk-makeup.mjs';
import { startServer } from './lib/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cdn = path.join(root, 'cdn');
if (!existsSync(path.join(cdn, 'autoloader.js'))) throw new Error('no cdn/: run npm run build first');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const ENTRY = '/cdn/autoloader.js';
const manifest = JSON.parse(readFileSync(path.join(cdn, 'manifest.json'), 'utf8'));
/** `{ area: share }` of a cdn/ file: its source map, or the source module cdn/manifest.json names (data chunks). */
const makeup = (file) => fileMakeup(cdn, file, manifest) ?? { unknown: 1 };

const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>badge page</title><script type="module" src="${ENTRY}"></script></head><body>${body}</body></html>`;
const badge = (attrs) => `<kratom-legal-badge jurisdiction="US-AL"${attrs}></kratom-legal-badge>`;
const codes = [
  ...readFileSync(path.join(root, 'src/content/legal/places/index.ts'), 'utf8').matchAll(
    /^ {2}'([A-Z]{2}(?:-[A-Z0-9]+)?)',$/gm,
  ),
].map((m) => m[1]);
const PAGES = {
  badge: page(badge('')),
  open: page(badge(' open')),
  full: page(badge(' variant="full"')),
  badges100: page(
    `<ul>${codes
      .slice(0, 100)
      .map((c) => `<li><kratom-legal-badge jurisdiction="${c}"></kratom-legal-badge></li>`)
      .join('')}</ul>`,
  ),
  checklist: page('<kratom-risk-checklist region="US" emergency-number="911"></kratom-risk-checklist>'),
  explainer: page('<kratom-alkaloid-explainer></kratom-alkaloid-explainer>'),
};

const server = await startServer({ out: path.join(root, 'tmp/badge-page'), cdn });
for (const [name, html] of Object.entries(PAGES)) server.setPage(`${name}.html`, html);
const browser = await launchChromium();
const report = {};
const kB = (n) => (n / 1000).toFixed(1);
for (const name of Object.keys(PAGES).filter((n) => !only.length || only.includes(n))) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const warnings = [];
  tab.on('console', (m) => ['error', 'warn'].includes(m.type()) && warnings.push(m.text()));
  await tab.evaluateOnNewDocument(() => performance.setResourceTimingBufferSize(100000));
  await tab.goto(`${server.origin}/p/${name}.html`, { waitUntil: 'load' });
  // Final content: every widget rendered, no badge still loading its place.
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('kratom-legal-badge,kratom-risk-checklist,kratom-alkaloid-explainer')].every(
        (el) =>
          el.hasUpdated &&
          el.shadowRoot?.querySelector('.kratom-base') &&
          !el.shadowRoot.querySelector('[aria-busy="true"]'),
      ),
    { timeout: 60000, polling: 20 },
  );
  const fetched = () =>
    tab.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.encodedBodySize]),
    );
  const first = await fetched();
  // Idle-time loads (a badge's sources, for print): until nothing new was fetched for 4 s.
  for (let last = -1, stable = 0, i = 0; stable < 8 && i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const n = (await fetched()).length;
    stable = n === last ? stable + 1 : 0;
    last = n;
  }
  const all = (await fetched()).filter(([p]) => p.startsWith('/cdn/'));
  await context.close();
  const byArea = {};
  const rows = all.map(([p, gz]) => {
    const file = p.slice('/cdn/'.length);
    // A file's gzip bytes are shared out among its areas by their share of its minified characters.
    for (const [group, share] of Object.entries(makeup(file))) byArea[group] = (byArea[group] ?? 0) + gz * share;
    return { file, gz };
  });
  const sum = (list) => list.reduce((s, [p, gz]) => s + (p.startsWith('/cdn/') ? gz : 0), 0);
  report[name] = {
    firstView: { requests: first.filter(([p]) => p.startsWith('/cdn/')).length, bytes: sum(first) },
    afterIdle: { requests: all.length, bytes: sum(all) },
    rows,
    byArea,
    warnings,
  };
  const r = report[name];
  console.log(
    `\n${name} (cdn/): final content ${kB(r.firstView.bytes)} kB in ${r.firstView.requests} requests; ` +
      `after idle ${kB(r.afterIdle.bytes)} kB in ${r.afterIdle.requests} requests (gzip, JavaScript)`,
  );
  if (rows.length <= 30) for (const row of rows) console.log(`  ${String(row.gz).padStart(6)}  ${row.file}`);
  console.log(
    '  by area (kB):',
    Object.entries(byArea)
      .sort((a, b) => b[1] - a[1])
      .map(([a, b]) => `${a} ${kB(b)}`)
      .join(', '),
  );
  if (warnings.length) console.log('  console:', warnings.slice(0, 5));
}
await browser.close();
await server.close();
mkdirSync(path.join(root, 'tmp'), { recursive: true });
writeFileSync(path.join(root, 'tmp/badge-page.json'), JSON.stringify(report, null, 1));
