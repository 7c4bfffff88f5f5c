/**
 * The size-limit checks built from cdn/manifest.json (scripts/size-budgets.mjs, used by
 * .size-limit.js) carry every budget: each locale part, what a closed badge fetches for each place
 * (its record and its parents'), the all-in-one at its grandfathered ceiling. A small made-up
 * manifest stands in for the build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { BUDGETS, KNOWN_OVER_BUDGET, PAGES, cdnChecks, limitOf, pageChecks, pageFiles } from '../size-budgets.mjs';

const root = process.cwd();
const cdn = {
  locales: {
    de: { shared: 'chunks/de-shared.js', 'legal-badge': 'chunks/de-badge.js' },
    fr: { shared: 'chunks/fr.js' },
  },
  data: {
    places: {
      US: 'chunks/us.js',
      'US-AL': 'chunks/us-al.js',
      EU: 'chunks/eu.js',
      AT: 'chunks/at.js',
      CH: 'chunks/ch.js',
    },
  },
  entries: { 'kratom-widgets.js': { preload: ['chunks/lit.js', 'chunks/badge.js'] } },
  elements: { 'kratom-legal-badge': { file: 'chunks/badge.js', preload: ['chunks/lit.js'] } },
};
const checks = cdnChecks(cdn, root);
const byName = (start) => checks.filter((c) => c.name.startsWith(start));

test('every locale part is its own check, limited to the locale budget, gzip, without bundling', () => {
  const locales = byName('Locale: ');
  assert.deepEqual(
    locales.map((c) => [c.name, c.path]),
    [
      ['Locale: de legal-badge', ['cdn/chunks/de-badge.js']],
      ['Locale: de shared', ['cdn/chunks/de-shared.js']],
      ['Locale: fr shared', ['cdn/chunks/fr.js']],
    ],
  );
  for (const c of locales) {
    assert.equal(c.limit, '15 KiB');
    assert.equal(c.gzip, true);
    assert.deepEqual(c.disablePlugins, ['@size-limit/esbuild'], 'built files are measured as they are');
  }
});

test('every place: a closed badge check sums its record and its parents’, limited to 2 KiB', () => {
  const legal = Object.fromEntries(byName('Legal: ').map((c) => [c.name.split(' ')[3], c]));
  assert.deepEqual(Object.keys(legal).sort(), ['AT', 'CH', 'EU', 'US', 'US-AL']);
  assert.deepEqual(legal['US-AL'].path, ['cdn/chunks/us-al.js', 'cdn/chunks/us.js']);
  assert.deepEqual(legal.AT.path, ['cdn/chunks/at.js', 'cdn/chunks/eu.js']);
  assert.deepEqual(legal.CH.path, ['cdn/chunks/ch.js']);
  for (const c of Object.values(legal)) assert.equal(c.limit, `${BUDGETS.legalOneBadgeGzip / 1024} KiB`);
});

test('the all-in-one counts its entry and every static chunk, at its ceiling; autoloader rows are unbudgeted', () => {
  const [all] = byName('CDN: all-in-one');
  assert.deepEqual(all.path, ['cdn/kratom-widgets.js', 'cdn/chunks/lit.js', 'cdn/chunks/badge.js']);
  assert.equal(all.limit, `${KNOWN_OVER_BUDGET['cdn:all']} KiB`);
  const auto = byName('CDN: autoloader');
  assert.deepEqual(
    auto.map((c) => c.path),
    [['cdn/autoloader.js'], ['cdn/autoloader.js', 'cdn/chunks/badge.js', 'cdn/chunks/lit.js']],
  );
  for (const c of auto) assert.equal(c.limit, undefined);
});

test('grandfathered ceilings sit above their budget and name existing checks; others get the budget', () => {
  const tags = readdirSync(path.join(root, 'src/define'))
    .filter((f) => /^kratom-.+\.ts$/.test(f))
    .map((f) => f.slice(0, -3));
  for (const [id, ceiling] of Object.entries(KNOWN_OVER_BUDGET)) {
    const budget = id.startsWith('page:')
      ? BUDGETS.pageGzip[id.slice('page:'.length)]
      : id === 'cdn:all'
        ? BUDGETS.cdnAllGzip
        : BUDGETS.elementGzip;
    assert.ok(budget, `${id} has a budget`);
    assert.ok(ceiling * 1024 > budget, `${id}: ceiling ${ceiling} KiB is above its budget`);
    if (id.startsWith('element:')) assert.ok(tags.includes(id.slice('element:'.length)), `${id} is an element`);
    assert.equal(limitOf(id, budget), `${ceiling} KiB`);
  }
  assert.equal(limitOf('element:kratom-new-widget', BUDGETS.elementGzip), '5 KiB');
});

/** A made-up build with all four elements, two places (and parents), structures and a German locale. */
const site = {
  files: {
    'autoloader.js': { imports: [] },
    'chunks/lit.js': { imports: [] },
    'chunks/content.js': { imports: ['chunks/lit.js'] },
    'chunks/badge.js': { imports: ['chunks/lit.js'] },
    'chunks/checklist.js': { imports: ['chunks/lit.js', 'chunks/content.js'] },
    'chunks/explainer.js': { imports: ['chunks/lit.js', 'chunks/content.js'] },
    'chunks/diagram.js': { imports: ['chunks/lit.js', 'chunks/content.js'] },
    'chunks/mitragynine.js': { src: 'src/generated/structures/mitragynine.ts', imports: ['chunks/lit.js'] },
    'chunks/7-oh.js': { src: 'src/generated/structures/7-hydroxymitragynine.ts', imports: ['chunks/lit.js'] },
  },
  elements: {
    'kratom-legal-badge': { file: 'chunks/badge.js', preload: ['chunks/lit.js'] },
    'kratom-risk-checklist': { file: 'chunks/checklist.js', preload: ['chunks/lit.js', 'chunks/content.js'] },
    'kratom-alkaloid-explainer': { file: 'chunks/explainer.js', preload: ['chunks/lit.js', 'chunks/content.js'] },
    'kratom-mechanism-diagram': { file: 'chunks/diagram.js', preload: ['chunks/lit.js', 'chunks/content.js'] },
  },
  locales: {
    de: {
      shared: 'chunks/de-shared.js',
      'legal-badge': 'chunks/de-badge.js',
      'risk-checklist': 'chunks/de-checklist.js',
      'alkaloid-explainer': 'chunks/de-explainer.js',
      'mechanism-diagram': 'chunks/de-diagram.js',
    },
  },
  data: {
    places: { US: 'chunks/us.js', 'US-AL': 'chunks/us-al.js', 'US-AK': 'chunks/us-ak.js', DE: 'chunks/de.js' },
    placeSources: { US: 'chunks/us-src.js', 'US-AL': 'chunks/us-al-src.js', DE: 'chunks/de-src.js' },
  },
  entries: { 'kratom-widgets.js': { preload: [] } },
};

test('a badge page fetches the autoloader, the badge, its place record and its parents’, and their sources', () => {
  assert.deepEqual(pageFiles(site, 'badge', root).sort(), [
    'autoloader.js',
    'chunks/badge.js',
    'chunks/lit.js',
    'chunks/us-al-src.js',
    'chunks/us-al.js',
    'chunks/us-src.js',
    'chunks/us.js',
  ]);
});

test('a checklist page fetches no legal data, no structure drawing, no other element and no locale chunk', () => {
  assert.deepEqual(pageFiles(site, 'checklist', root).sort(), [
    'autoloader.js',
    'chunks/checklist.js',
    'chunks/content.js',
    'chunks/lit.js',
  ]);
});

test('an explainer page fetches the first structure drawing only', () => {
  const files = pageFiles(site, 'explainer', root);
  assert.ok(files.includes('chunks/mitragynine.js'));
  assert.ok(!files.includes('chunks/7-oh.js'), 'other drawings load when their alkaloid is chosen');
  assert.ok(!files.some((f) => f.startsWith('chunks/de-')), 'an English page fetches no locale chunk');
});

test('the German page adds the shared part and one part per element, nothing else; each file once', () => {
  const en = pageFiles(site, 'all', root);
  const de = pageFiles(site, 'all-de', root);
  assert.deepEqual(de.filter((f) => !en.includes(f)).sort(), Object.values(site.locales.de).sort());
  assert.equal(new Set(de).size, de.length);
  assert.ok(!de.includes('chunks/us-ak.js') && !de.includes('chunks/de.js'), 'only the shown place is fetched');
});

test('every page is a budgeted size-limit check: the ceiling if grandfathered, else the goal', () => {
  const pages = pageChecks(site, root);
  assert.equal(pages.length, Object.keys(PAGES).length);
  for (const [i, id] of Object.keys(PAGES).entries()) {
    assert.deepEqual(
      pages[i].path,
      pageFiles(site, id, root).map((f) => `cdn/${f}`),
    );
    assert.equal(pages[i].limit, limitOf(`page:${id}`, BUDGETS.pageGzip[id]));
    assert.ok(pages[i].limit, `${id} has a limit`);
    assert.ok(pages[i].name.startsWith(`Page: ${PAGES[id].label} (`), 'scripts/sizes.mjs groups rows by the prefix');
  }
});

test('a manifest without an element a page shows is an error, not a silently smaller page', () => {
  const broken = { ...site, elements: { ...site.elements } };
  delete broken.elements['kratom-mechanism-diagram'];
  assert.throws(() => pageFiles(broken, 'diagram', root), /kratom-mechanism-diagram/);
});
