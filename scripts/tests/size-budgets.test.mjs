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
import { BUDGETS, KNOWN_OVER_BUDGET, cdnChecks, limitOf } from '../size-budgets.mjs';

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
    const budget = id === 'cdn:all' ? BUDGETS.cdnAllGzip : BUDGETS.elementGzip;
    assert.ok(ceiling * 1024 > budget, `${id}: ceiling ${ceiling} KiB is above its budget`);
    if (id.startsWith('element:')) assert.ok(tags.includes(id.slice('element:'.length)), `${id} is an element`);
    assert.equal(limitOf(id, budget), `${ceiling} KiB`);
  }
  assert.equal(limitOf('element:kratom-new-widget', BUDGETS.elementGzip), '5 KiB');
});
