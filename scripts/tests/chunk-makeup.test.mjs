/**
 * "What dominates" in bench/results.md and docs/sizes.md (scripts/lib/chunk-makeup.mjs): source
 * modules fall into the groups the weight tables name, and a file's makeup comes from its source map
 * (a small made-up chunk and map here), else from the manifest's source module.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chunkMakeup, describeDominant, dominantFiles, groupOf, shownBytes } from '../lib/chunk-makeup.mjs';

test('source paths fall into the groups of the weight tables', () => {
  assert.equal(groupOf('../../node_modules/lit-html/lit-html.js'), 'Lit');
  assert.equal(groupOf('../../../main/node_modules/@lit/localize/lit-localize.js'), 'Lit');
  assert.equal(groupOf('../../src/shared/kratom-element.ts'), 'shared base');
  assert.equal(groupOf('../../src/localization/index.ts'), 'shared base');
  assert.equal(groupOf('../../src/components/legal-badge/legal-badge.ts'), 'element legal-badge');
  assert.equal(groupOf('../../src/content/legal/places/us-al.ts'), 'legal data');
  assert.equal(groupOf('../../src/content/legal/place-names.ts'), "every place's name");
  assert.equal(groupOf('../../src/content/legal/place-loader.ts'), 'content loaders and rules');
  assert.equal(groupOf('../../src/content/citations.ts'), 'content loaders and rules');
  assert.equal(groupOf('../../src/content/bibliography.ts'), 'sources and bibliography');
  assert.equal(groupOf('../../src/content/checklist.ts'), 'content (facts and English text)');
  assert.equal(groupOf('../../src/generated/locales/de/shared.ts'), 'locale strings');
  assert.equal(groupOf('../../src/generated/structures/mitragynine.ts'), 'structure drawing');
  assert.equal(groupOf('../../src/autoloader.ts'), 'autoloader');
});

test('a chunk is split by the minified characters its map attributes to each group', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'makeup-'));
  // 30 characters from Lit, then 10 from the shared base (one line; mappings at columns 0 and 30).
  writeFileSync(path.join(dir, 'a.js'), 'x'.repeat(40));
  writeFileSync(
    path.join(dir, 'a.js.map'),
    JSON.stringify({
      version: 3,
      sources: ['../node_modules/lit-html/lit-html.js', '../src/shared/heading.ts'],
      names: [],
      mappings: 'AAAA,8BCAA',
    }),
  );
  const makeup = chunkMakeup(dir, 'a.js');
  assert.deepEqual(Object.keys(makeup), ['Lit', 'shared base']);
  assert.ok(Math.abs(makeup.Lit - 0.75) < 1e-9 && Math.abs(makeup['shared base'] - 0.25) < 1e-9);
  const sizes = { 'a.js': 2048, 'chunks/legal-us-Ab12Cd34.js': 1024, 'c.js': 10 };
  const manifest = { files: { 'chunks/legal-us-Ab12Cd34.js': { src: 'src/content/legal/places/us.ts' } } };
  const top = dominantFiles(dir, sizes, 2, manifest);
  assert.deepEqual(
    top.map((t) => t.file),
    ['a.js', 'chunks/legal-us-Ab12Cd34.js'],
  );
  assert.equal(describeDominant(top), 'a 2.0 (Lit 75 %, shared base 25 %); legal-us 1.0 (legal data 100 %)');
  // Lit and what readers are shown: 75 % of a.js, all of the place's data; c.js has no makeup, so it is code.
  assert.equal(shownBytes(dir, sizes, manifest), 1536 + 1024);
});
