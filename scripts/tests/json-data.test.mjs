/**
 * The legal data ships as JSON.parse of exactly the values the source module exports, and the
 * build fails rather than ship anything that JSON would change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataAsJson, JSON_DATA_MODULE, moduleExports } from '../json-data.mjs';
import { shipSource } from '../shipped-source.mjs';

const exportsOf = (code, loader = 'ts') => moduleExports(code, `module.${loader}`);

for (const file of ['src/content/legal/jurisdictions.ts', 'src/content/legal/sources.ts']) {
  test(`${file} ships as JSON.parse with the same exports`, () => {
    assert.match(file, JSON_DATA_MODULE);
    const source = readFileSync(file, 'utf8');
    const shipped = shipSource(source, `/repo/${file}`);
    assert.match(shipped, /^export const \w+ = \/\* @__PURE__ \*\/ JSON\.parse\(/);
    assert.doesNotMatch(shipped, /editorNote/);
    const expected = exportsOf(source);
    for (const value of Object.values(expected)) stripNotes(value);
    assert.deepEqual(exportsOf(shipped, 'js'), expected);
  });
}

/** The source's values minus editors' notes, which shipped builds drop (strip-editor-notes.mjs). */
function stripNotes(value) {
  if (Array.isArray(value)) value.forEach(stripNotes);
  else if (value && typeof value === 'object') {
    delete value.editorNote;
    Object.values(value).forEach(stripNotes);
  }
}

test('keeps nulls, booleans, nesting and characters JSON must escape', () => {
  const src = `import type { T } from './types.js';
export const A: readonly T[] = [{ a: null, b: false, c: [1, 2.5], d: 'quote " backslash \\\\ line\\u2028 </script>' }];
export const B = { x: { y: 'z' } };`;
  const out = dataAsJson(src, 'data.ts');
  assert.deepEqual(exportsOf(out, 'js'), exportsOf(src));
});

test('refuses what JSON would change or drop, and modules that import values', () => {
  assert.throws(() => dataAsJson('export const A = [{ a: undefined }];'), /not plain JSON data/);
  assert.throws(() => dataAsJson('export const A = { f: () => 1 };'), /not plain JSON data/);
  assert.throws(() => dataAsJson('export const A = [Infinity];'), /not plain JSON data/);
  assert.throws(() => dataAsJson('export const A = new Date(0);'), /not plain JSON data/);
  assert.throws(() => dataAsJson("import { x } from './x.js';\nexport const A = [x];"), /import types only/);
});
