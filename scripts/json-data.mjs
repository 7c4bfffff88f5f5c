/**
 * The legal data modules (two per place, src/content/legal/places/<code>.ts and <code>.sources.ts) ship as
 * `JSON.parse('…')` instead of object literals. Engines parse a JSON string much faster than the same data written as JavaScript: when
 * all the legal data was one chunk, its main-thread cost in Chromium went from about 6.2 to 4.1 ms
 * (paired cold loads, docs/performance.md), for 0.2 KB more gzip. A default export ships as
 * `export default JSON.parse(…)`.
 *
 * The module is evaluated at build time (it may import types only) and each export is written back
 * as JSON; the build fails if an export is not plain JSON data (a function, `undefined`, a
 * non-finite number…), so what ships is always equal to the source. Applied by every shipped build
 * through scripts/shipped-source.mjs, after the editors' notes are removed.
 * scripts/tests/json-data.test.mjs covers it.
 */
import { buildSync, transformSync } from 'esbuild';
import { isDeepStrictEqual } from 'node:util';

/** Content modules that are pure data and large enough for the JSON form to pay off. */
export const JSON_DATA_MODULE =
  /[\\/]content[\\/]legal[\\/]places[\\/](?!index\.|all\.|all-)[a-z0-9-]+(\.sources)?\.[jt]s$/;

/**
 * The modules that gather every place (places/all-records.ts, all-sources.ts): they import the place
 * modules, so they are bundled and evaluated at build time and ship as JSON too, self-contained. A page
 * with many badges then fetches one chunk, not one per place, and no bundler shares a place module
 * between such a module and the place's own lazy chunk.
 */
export const JSON_BUNDLE_MODULE = /[\\/]content[\\/]legal[\\/]places[\\/]all-(records|sources)\.[jt]s$/;

/** The exports of a module that imports types only, evaluated (TypeScript or JavaScript by `fileName`). */
export function moduleExports(code, fileName = 'data.ts') {
  const { code: cjs } = transformSync(code, { loader: fileName.endsWith('.ts') ? 'ts' : 'js', format: 'cjs' });
  return evaluate(cjs, fileName);
}

function evaluate(cjs, fileName) {
  if (/\brequire\(/.test(cjs)) throw new Error(`${fileName}: a JSON data module may import types only`);
  const module = { exports: {} };
  new Function('module', 'exports', cjs)(module, module.exports);
  return { ...module.exports };
}

/**
 * `file` (a JSON_BUNDLE_MODULE, read from disk with the modules it imports) as one module with every
 * export as `JSON.parse` of its value. `keepEditorNotes` false drops every `editorNote` property.
 */
export function bundleAsJson(file, { keepEditorNotes = false } = {}) {
  const { outputFiles } = buildSync({
    entryPoints: [file],
    bundle: true,
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const exports = evaluate(outputFiles[0].text, file);
  return writeJson(
    keepEditorNotes ? exports : JSON.parse(JSON.stringify(exports, (k, v) => (k === 'editorNote' ? undefined : v))),
    file,
  );
}

/** `code` of a pure data module with every export as `JSON.parse` of its value. */
export function dataAsJson(code, fileName = 'data.ts') {
  return writeJson(moduleExports(code, fileName), fileName);
}

function writeJson(exports, fileName) {
  const names = Object.keys(exports);
  if (names.length === 0) throw new Error(`${fileName}: no exports to write as JSON`);
  let out = '';
  for (const name of names) {
    const value = exports[name];
    const json = JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
      throw new Error(`${fileName}: export ${name} is not plain JSON data, so it cannot ship as JSON.parse`);
    }
    const parsed = `/* @__PURE__ */ JSON.parse(${JSON.stringify(json)})`;
    out += name === 'default' ? `export default ${parsed};\n` : `export const ${name} = ${parsed};\n`;
  }
  return out;
}
