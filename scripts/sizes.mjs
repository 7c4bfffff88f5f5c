#!/usr/bin/env node
/**
 * Writes docs/sizes.md from `size-limit --json` (the checks of .size-limit.js) after `npm run build`.
 * Part of the release task (`npm run release:docs`), not of every change: budgets are enforced by
 * `npm run sizes:check`, so a component change needs no new table.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeDominant, dominantFiles } from './lib/chunk-makeup.mjs';
import { BUDGETS, KNOWN_OVER_BUDGET, ONE_BADGE_PLACE, PAGES, pageFiles } from './size-budgets.mjs';

const root = process.cwd();
const kib = (n) => (n / 1024).toFixed(1);

const run = spawnSync(process.execPath, [path.join(root, 'node_modules/size-limit/bin.js'), '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  console.error(`sizes: size-limit gave no JSON (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
if (!Array.isArray(results)) {
  console.error(`sizes: size-limit failed: ${results.error}`);
  process.exit(1);
}

const group = (prefix) =>
  results.filter((r) => r.name.startsWith(`${prefix}: `)).map((r) => ({ ...r, what: r.name.slice(prefix.length + 2) }));
const limitCell = (r, budget) =>
  r.sizeLimit === undefined
    ? '—'
    : `${kib(budget ?? r.sizeLimit)}${budget && r.sizeLimit > budget ? ` (over; may not grow past ${kib(r.sizeLimit)})` : ''} ${r.passed ? '✅' : '❌'}`;
const row = (r, budget) =>
  `| ${r.what.replace(/</g, '`<').replace(/>/g, '>`')} | ${kib(r.size)} | ${limitCell(r, budget)} |`;

const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const lines = [
  '# Sizes',
  '',
  '<!-- Generated at release by `npm run release:docs` (scripts/sizes.mjs: size-limit --json) from the build. Do not edit by hand. -->',
  '',
  `Measured from the build of kratom-widgets ${version} when its release docs were made: gzip (level 9) of the code ` +
    'as it ships (translator and editors’ notes removed, template literals minified), in KiB (1024 bytes). ' +
    'Every change is held to these budgets by `npm run sizes:check` (size-limit with `.size-limit.js`, in CI); ' +
    'this table is only rewritten at release, so between releases the code may differ from it by a little. ' +
    'Rows that were already over budget when the budgets were set may not grow past a ceiling until they are fixed ' +
    '(`KNOWN_OVER_BUDGET` in scripts/size-budgets.mjs).',
  '',
  '## Elements and library',
  '',
  "An element's own code is its class, styles and define module, without Lit, the shared base, the content modules",
  '(facts, sources and their English text, which ship in the same chunk) and lazy chunks. Lit and the shared base',
  'are listed once: a page pays for them once however many elements it uses.',
  '',
  '| What | gzip KiB | Budget (gzip KiB) |',
  '| --- | ---: | --- |',
  ...group('Element').map((r) => row(r, BUDGETS.elementGzip)),
  ...group('Library').map((r) => row(r)),
  '',
  '## Locale chunks',
  '',
  'Each locale is split into parts (`shared` plus one per element, scripts/locales-build.mjs): a page fetches',
  `\`shared\` and its elements' parts. Budget: ${kib(BUDGETS.localeGzip)} KiB gzip for every part.`,
  '',
  '| Locale | Largest part | gzip KiB | All parts, gzip KiB | Every part within budget |',
  '| --- | --- | ---: | ---: | --- |',
];
const locales = new Map();
for (const r of group('Locale')) {
  const [locale, part] = r.what.split(' ');
  if (!locales.has(locale)) locales.set(locale, []);
  locales.get(locale).push({ ...r, part });
}
for (const [locale, parts] of locales) {
  const largest = parts.reduce((a, b) => (b.size > a.size ? b : a));
  const total = parts.reduce((n, p) => n + p.size, 0);
  lines.push(
    `| \`${locale}\` | \`${largest.part}\` | ${kib(largest.size)} | ${kib(total)} | ${parts.every((p) => p.passed) ? '✅' : '❌'} |`,
  );
}
const allLegal = group('Legal');
const gathering = allLegal.filter((r) => r.what.startsWith('every place'));
const legal = allLegal.filter((r) => !gathering.includes(r));
if (legal.length) {
  const largest = legal.reduce((a, b) => (b.size > a.size ? b : a));
  const one = legal.find((r) => r.what.startsWith(`closed badge ${ONE_BADGE_PLACE} `)) ?? largest;
  const over = legal.filter((r) => !r.passed);
  lines.push(
    '',
    '## Legal data',
    '',
    'Legal data is two chunks per place (src/content/legal/places/): its record (status, rules, dates, localities,',
    "its sources' best tier: all a closed badge shows) and its sources, which load when the details open and on idle.",
    "A closed badge fetches its place's record and its parents' (the US federal layer for a US state, the EU entry",
    `for an EU member state). Budget: ${kib(BUDGETS.legalOneBadgeGzip)} KiB gzip for every place.`,
    '',
    `- ${one.what}: ${kib(one.size)} KiB gzip.`,
    `- Largest, ${largest.what}: ${kib(largest.size)} KiB gzip.`,
    `- ${legal.length - over.length} of ${legal.length} places within budget` +
      (over.length ? `; over: ${over.map((r) => r.what).join(', ')}.` : '.'),
    ...gathering.map(
      (r) => `- ${r.what[0].toUpperCase()}${r.what.slice(1)}: ${kib(r.size)} KiB gzip ${r.passed ? '✅' : '❌'}.`,
    ),
  );
}
{
  // The static floors come from the last `npm run bench` (bench/results.md), which renders the same
  // widgets as static HTML; size-limit cannot.
  const bench = readFileSync(path.join(root, 'bench/results.md'), 'utf8');
  const floors = JSON.parse(/<!-- page-floors (\{.*?\}) -->/.exec(bench)?.[1] ?? '{}');
  const benchDate = /on (\d{4}-\d{2}-\d{2})T/.exec(bench)?.[1];
  const cdn = JSON.parse(readFileSync(path.join(root, 'cdn/manifest.json'), 'utf8'));
  const pages = group('Page');
  lines.push(
    '',
    '## Pages',
    '',
    "What a reader's browser fetches for the first view of a page on the autoloader route (`cdn/autoloader.js`):",
    "the elements' code and shared chunks, a badge's place records and (on idle) their sources, the explainer's first",
    'structure drawing, and for German the locale parts (scripts/size-budgets.mjs `PAGES`, `pageFiles`; `npm run bench`',
    'checks in Chromium that a browser fetches exactly these files). Floor: the same widgets as static server-rendered',
    `HTML, from the last \`npm run bench\`${benchDate ? ` (${benchDate}, bench/results.md)` : ''}. Goal: issue #25's budget.`,
    'What dominates: the three largest files and what their source maps attribute them to (KiB gzip).',
    '',
    '| Page | Floor (static HTML) | Today | Goal (gzip KiB) | What dominates |',
    '| --- | ---: | ---: | --- | --- |',
    ...Object.entries(PAGES).map(([id, page]) => {
      const r = pages.find((x) => x.what.startsWith(`${page.label} (`));
      if (!r) return `| ${page.label} | — | — | — | — |`;
      const sizes = Object.fromEntries(pageFiles(cdn, id, root).map((f) => [f, cdn.files[f].gzip]));
      const floor = floors[id] ? kib(floors[id]) : '—';
      return `| ${page.label} | ${floor} | ${kib(r.size)} | ${limitCell(r, BUDGETS.pageGzip[id])} | ${describeDominant(dominantFiles(path.join(root, 'cdn'), sizes, 3, cdn))} |`;
    }),
  );
}
lines.push(
  '',
  '## CDN',
  '',
  'Files in `cdn/`, each compressed on its own and summed, as a browser fetches them (English; locale and data',
  'chunks are lazy). The all-in-one is over its 30 KiB budget because Lit plus the content modules it carries',
  '(facts, sources and their English text, most of it on screen at first render) were 43.6 KiB gzip on their own',
  'when measured on 2026-12-06 (bringing them down is issue #25);',
  'pages that show one or two widgets should use the autoloader or per-element imports.',
  '',
  '| What | gzip KiB | Budget (gzip KiB) |',
  '| --- | ---: | --- |',
  ...group('CDN').map((r) => row(r, r.what.startsWith('all-in-one') ? BUDGETS.cdnAllGzip : undefined)),
  '',
);
writeFileSync(path.join(root, 'docs/sizes.md'), lines.join('\n'));
const failing = results.filter((r) => r.passed === false);
console.log(`sizes: wrote docs/sizes.md (${results.length} checks, ${failing.length} over their limit)`);
for (const id of Object.keys(KNOWN_OVER_BUDGET)) {
  const pageId = id.startsWith('page:') ? id.slice(5) : undefined;
  const budget = pageId
    ? BUDGETS.pageGzip[pageId]
    : id.startsWith('element:')
      ? BUDGETS.elementGzip
      : BUDGETS.cdnAllGzip;
  const r = results.find((x) =>
    pageId
      ? x.name.startsWith(`Page: ${PAGES[pageId]?.label} (`)
      : id === 'cdn:all'
        ? x.name.startsWith('CDN: all-in-one')
        : x.name === `Element: <${id.slice(8)}> own code`,
  );
  if (r && r.size <= budget)
    console.log(`note: ${id} is within budget now; remove it from KNOWN_OVER_BUDGET in scripts/size-budgets.mjs`);
}
if (failing.length) process.exit(1);
