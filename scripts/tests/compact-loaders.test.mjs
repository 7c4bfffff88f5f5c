/**
 * The CDN build writes loader tables whose file names follow from their keys as one call
 * (scripts/lib/compact-loaders.mjs): every key must still load the same file, in the same key order,
 * and anything that does not follow the pattern must stay as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import sourceMap from 'source-map-js';
import { compactLoaders, patternOf } from '../lib/compact-loaders.mjs';

const table = (name, entries) =>
  [
    `var ${name} = {`,
    ...entries.map(
      ([key, file], i) =>
        `\t${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: () => import("${file}")${i < entries.length - 1 ? ',' : ''}`,
    ),
    '};',
  ].join('\n');

/** Runs chunk code with `import()` stubbed, and returns each table as [key, specifier it imports]. */
function tables(code, names) {
  const run = new Function('load', `${code.replace(/\bimport\(/g, 'load(')}\nreturn { ${names.join(', ')} };`);
  const result = run((specifier) => specifier);
  return Object.fromEntries(
    Object.entries(result).map(([name, loaders]) => [name, Object.entries(loaders).map(([k, f]) => [k, f()])]),
  );
}

const PLACES = ['US', 'US-AL', 'US-AR', 'EU', 'TH', 'DE'].map((c) => [c, `./legal-${c.toLowerCase()}.js`]);
const SOURCES = ['US', 'US-AL', 'TH', 'DE', 'EU'].map((c) => [c, `./legal-${c.toLowerCase()}-sources.js`]);
const PARTS = ['shared', 'alkaloid-explainer', 'legal-badge', 'mechanism-diagram', 'risk-checklist'];
const LOCALES = [
  'var LOCALES = {',
  ...['de', 'pt-BR'].map(
    (l, i) =>
      `\t${JSON.stringify(l)}: {\n${PARTS.map((p, j) => `\t\t${JSON.stringify(p)}: () => import("./locale-${l}-${p}.js")${j < 4 ? ',' : ''}`).join('\n')}\n\t}${i ? '' : ','}`,
  ),
  '};',
].join('\n');

test('place and locale tables become one call each and still load the same file for each key, in order', () => {
  const code = [
    'import { x } from "./lit.js";',
    table('PLACES', PLACES),
    table('SOURCES', SOURCES),
    LOCALES,
    'x();',
  ].join('\n');
  const out = compactLoaders(code, 'chunks/badge.js');
  assert.ok(out);
  assert.equal(out.tables, 4);
  assert.doesNotMatch(out.code, /legal-us-al/, 'no file name is spelled out any more');
  assert.match(out.code, /"US US-AL US-AR EU TH DE"/);
  const strip = (c) => c.replace(/^import .*$/m, '').replace(/^x\(\);$/m, '');
  assert.deepEqual(tables(strip(out.code), ['PLACES', 'SOURCES']).PLACES, PLACES);
  assert.deepEqual(tables(strip(out.code), ['SOURCES']).SOURCES, SOURCES);
  const run = new Function('load', `${strip(out.code).replace(/\bimport\(/g, 'load(')}\nreturn LOCALES;`);
  const locales = run((s) => s);
  assert.deepEqual(Object.keys(locales), ['de', 'pt-BR']);
  assert.deepEqual(
    Object.entries(locales['pt-BR']).map(([p, f]) => [p, f()]),
    PARTS.map((p) => [p, `./locale-pt-BR-${p}.js`]),
    'keys keep their case when the file names do',
  );
});

test('tables whose file names do not follow from their keys, or that are short, are left alone', () => {
  const hashed = table(
    'DEFINE',
    ['a', 'b', 'c', 'd', 'e'].map((k) => [k, `./chunks/${k}-${Math.random().toString(36).slice(2, 10)}.js`]),
  );
  assert.equal(compactLoaders(hashed), null);
  assert.equal(compactLoaders(table('FEW', PLACES.slice(0, 4))), null);
  const oneOff = PLACES.map(([k, f], i) => [k, i === 3 ? './legal-eu-Ab12Cd34.js' : f]);
  assert.equal(compactLoaders(table('MIXED', oneOff)), null);
  assert.equal(patternOf([{ key: 'US-AL', file: './legal-us-al.js' }]).lower, true);
});

test('the source map keeps every other line where it was', () => {
  const code = ['const before = 1;', table('PLACES', PLACES), 'const after = before + 1;'].join('\n');
  const out = compactLoaders(code, 'chunks/badge.js');
  const consumer = new sourceMap.SourceMapConsumer(out.map);
  const lines = out.code.split('\n');
  const at = (text) => {
    const line = lines.findIndex((l) => l.includes(text)) + 1;
    return consumer.originalPositionFor({ line, column: lines[line - 1].indexOf(text) });
  };
  assert.deepEqual([at('before =').line, at('before =').column], [1, 6]);
  assert.equal(at('...__kwLoaders(').line, 3, 'the call maps to the first entry of its table');
  assert.deepEqual([at('after =').line, at('after =').column], [code.split('\n').length, 6]);
});
