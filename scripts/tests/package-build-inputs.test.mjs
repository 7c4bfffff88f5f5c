/**
 * Build-only inputs never ship: the SMILES and the structure bibliography live outside src/ (which
 * tsc compiles into dist/), and scripts/check-package.mjs rejects them by name and by content.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOnlySmiles, checkFileList, filesContaining } from '../check-package.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('no file that tsc compiles into dist/ (src/, tests excluded) contains a SMILES', () => {
  const smiles = buildOnlySmiles(ROOT);
  assert.ok(smiles.length >= 3, 'the structure inputs list SMILES');
  const build = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8'));
  assert.equal(build.compilerOptions.rootDir, 'src');
  const files = readdirSync(path.join(ROOT, 'src'), { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ path: `src/${f}`, text: readFileSync(path.join(ROOT, 'src', f), 'utf8') }));
  assert.deepEqual(filesContaining(files, smiles), []);
});

test('package:check rejects the structure inputs by name and a SMILES inside any file', () => {
  const problems = checkFileList(['dist/content/structures.js', 'dist/content/structure-sources.d.ts']);
  assert.ok(problems.includes('must not be published: dist/content/structures.js'), problems.join('\n'));
  assert.ok(problems.includes('must not be published: dist/content/structure-sources.d.ts'));
  // The drawings and their loader do ship.
  const ok = checkFileList([
    'dist/generated/structures/index.js',
    'dist/components/alkaloid-explainer/structures-loader.js',
  ]);
  assert.ok(!ok.some((p) => p.startsWith('must not be published')), ok.join('\n'));
  const smiles = buildOnlySmiles(ROOT);
  assert.deepEqual(
    filesContaining(
      [
        { path: 'dist/a.js', text: 'export const x = 1;' },
        { path: 'dist/b.js.map', text: `{"sourcesContent":["${smiles[0]}"]}` },
      ],
      smiles,
    ),
    ['dist/b.js.map'],
  );
});
