/**
 * The legal data ships as JSON.parse of exactly the values the source module exports, and the
 * build fails rather than ship anything that JSON would change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataAsJson, JSON_BUNDLE_MODULE, JSON_DATA_MODULE, moduleExports } from '../json-data.mjs';
import { shipSource } from '../shipped-source.mjs';

const exportsOf = (code, loader = 'ts') => moduleExports(code, `module.${loader}`);

const PLACES = 'src/content/legal/places';
const placeFiles = readdirSync(PLACES)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'all.ts', 'all-records.ts', 'all-sources.ts'].includes(f))
  .map((f) => `${PLACES}/${f}`);

test('every place module is a JSON data module; the loader index and the all-places modules are not', () => {
  assert.ok(placeFiles.length > 100, `${placeFiles.length} place files`);
  for (const file of placeFiles) assert.match(`/repo/${file}`, JSON_DATA_MODULE);
  for (const file of placeFiles) assert.doesNotMatch(`/repo/${file}`, JSON_BUNDLE_MODULE);
  for (const file of [`${PLACES}/index.ts`, `${PLACES}/all.ts`, 'src/content/legal/data.ts']) {
    assert.doesNotMatch(`/repo/${file}`, JSON_DATA_MODULE);
    assert.doesNotMatch(`/repo/${file}`, JSON_BUNDLE_MODULE);
  }
  for (const file of [`${PLACES}/all-records.ts`, `${PLACES}/all-sources.ts`]) {
    assert.match(`/repo/${file}`, JSON_BUNDLE_MODULE);
    assert.doesNotMatch(`/repo/${file}`, JSON_DATA_MODULE);
  }
});

for (const [file, name, sources] of [
  ['all-records.ts', 'ALL_RECORDS', false],
  ['all-sources.ts', 'ALL_SOURCES', true],
]) {
  test(`${file} ships self-contained, as JSON.parse of every place's shipped module`, () => {
    const shipped = shipSource('', `${process.cwd()}/${PLACES}/${file}`);
    assert.doesNotMatch(shipped, /^import |\bimport\(|editorNote/m, "no import of a place module, no editors' notes");
    assert.match(shipped, new RegExp(`^export const ${name} = /\\* @__PURE__ \\*/ JSON\\.parse\\(`));
    const all = exportsOf(shipped, 'js')[name];
    const expected = {};
    for (const f of placeFiles.filter((f) => f.endsWith('.sources.ts') === sources)) {
      const code = path
        .basename(f)
        .replace(/(\.sources)?\.ts$/, '')
        .toUpperCase();
      expected[code] = exportsOf(shipSource(readFileSync(f, 'utf8'), `/repo/${f}`), 'js').default;
    }
    assert.equal(Object.keys(all).length, Object.keys(expected).length);
    assert.deepEqual(all, expected);
  });
}

for (const file of placeFiles) {
  test(`${file} ships as JSON.parse with the same exports`, () => {
    const source = readFileSync(file, 'utf8');
    const shipped = shipSource(source, `/repo/${file}`);
    assert.match(shipped, /^export default \/\* @__PURE__ \*\/ JSON\.parse\(/);
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

test('writes a default export as export default JSON.parse', () => {
  const src = "import type { T } from './types.js';\nconst place: T = { a: { b: [1, null] } };\nexport default place;";
  const out = dataAsJson(src, 'us-al.ts');
  assert.match(out, /^export default \/\* @__PURE__ \*\/ JSON\.parse\(/);
  assert.deepEqual(exportsOf(out, 'js'), exportsOf(src));
});

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
