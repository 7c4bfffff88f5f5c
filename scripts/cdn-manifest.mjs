#!/usr/bin/env node
/**
 * Writes cdn/manifest.json after `vite build` (the `build:cdn` task): for every JavaScript file
 * in cdn/ its SRI hash (sha384), size (bytes, gzip, brotli) and chunk graph, plus
 *   - `entries`: the two entry files with their integrity and the static chunks they load (preload);
 *   - `elements`: tag → its lazy define chunk (what the autoloader imports) and static chunks;
 *   - `locales` and `data`: the lazy locale chunks; `data.legal` is the chunk `loadLegalData()` loads
 *     (the full data module), `data.places` the record chunk of each place (code → file) that a closed
 *     badge loads alone, `data.placeSources` the sources chunk of each place that has sources (loaded for
 *     the details), `data.allPlaces` the chunks with every place's records and every place's sources
 *     (a page with many badges, and `loadLegalData()`);
 *   - `importMap`: an import map with `integrity` for every file, so chunks loaded by the entry are
 *     integrity-checked too (browsers that support import-map integrity).
 * Reads Vite's own manifest (cdn/.vite/manifest.json) and removes it (not published).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { hasCompileHint } from './lib/compile-hints.mjs';

/** Minified, gzip (level 9) and brotli (quality 11) sizes of a buffer, in bytes. */
export function sizesOf(buffer) {
  return {
    bytes: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

export const sri = (buffer) => `sha384-${createHash('sha384').update(buffer).digest('base64')}`;

export const cdnBase = (pkg) => `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/cdn/`;

function listJs(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!name.startsWith('.')) out.push(...listJs(full, `${prefix}${name}/`));
    } else if (name.endsWith('.js')) out.push(`${prefix}${name}`);
  }
  return out.sort();
}

/** Builds the manifest object from a cdn/ folder that still has Vite's .vite/manifest.json. */
export function buildCdnManifest(cdnDir, pkg) {
  const vite = JSON.parse(readFileSync(path.join(cdnDir, '.vite/manifest.json'), 'utf8'));
  const byKey = new Map(Object.entries(vite));
  const fileOf = (key) => byKey.get(key)?.file;
  const files = {};
  for (const file of listJs(cdnDir)) {
    const buffer = readFileSync(path.join(cdnDir, file));
    // vite.config.ts puts V8's compile hint on the first line of every file; a file without it would
    // compile lazily on the main thread (scripts/lib/compile-hints.mjs).
    if (!hasCompileHint(buffer.toString('utf8'))) throw new Error(`cdn/${file} does not start with the compile hint`);
    files[file] = { integrity: sri(buffer), ...sizesOf(buffer) };
  }
  for (const chunk of byKey.values()) {
    const entry = files[chunk.file];
    if (!entry) continue;
    if (chunk.src) entry.src = chunk.src;
    entry.name = chunk.name;
    entry.kind = chunk.isEntry ? 'entry' : chunk.isDynamicEntry ? 'lazy' : 'shared';
    entry.imports = (chunk.imports ?? []).map(fileOf).filter(Boolean);
    entry.dynamicImports = (chunk.dynamicImports ?? []).map(fileOf).filter(Boolean);
  }
  // A define module that the all-in-one entry imports statically and the autoloader lazily is a
  // shared chunk without `src`; it keeps its module's name (the tag).
  const autoloader = [...byKey.values()].find((c) => c.isEntry && c.src === 'src/autoloader.ts');
  for (const key of autoloader?.dynamicImports ?? []) {
    const chunk = byKey.get(key);
    const tag = /^src\/define\/(kratom-[a-z0-9-]+)\.ts$/.exec(chunk?.src ?? '')?.[1] ?? chunk?.name;
    if (chunk && files[chunk.file] && /^kratom-[a-z0-9-]+$/.test(tag ?? '')) files[chunk.file].element = tag;
  }
  /** Every file loaded statically from `file` (not including itself). */
  const closure = (file, seen = new Set()) => {
    for (const dep of files[file]?.imports ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        closure(dep, seen);
      }
    }
    return [...seen].sort();
  };
  const entries = {};
  const elements = {};
  const locales = {};
  const data = {};
  for (const [file, info] of Object.entries(files)) {
    const src = info.src ?? '';
    if (info.kind === 'entry') entries[file] = { integrity: info.integrity, preload: closure(file) };
    let m;
    if (info.element) elements[info.element] = { file, preload: closure(file) };
    if ((m = /^src\/generated\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(src))) (locales[m[1]] ??= {})[m[2]] = file;
    if (src === 'src/content/legal/data.ts') data.legal = file;
    if ((m = /^src\/content\/legal\/places\/all-(records|sources)\.ts$/.exec(src)))
      (data.allPlaces ??= {})[m[1]] = file;
    else if (
      (m = /^src\/content\/legal\/places\/([a-z0-9-]+)(\.sources)?\.ts$/.exec(src)) &&
      m[1] !== 'index' &&
      m[1] !== 'all'
    )
      (data[m[2] ? 'placeSources' : 'places'] ??= {})[m[1].toUpperCase()] = file;
  }
  const base = cdnBase(pkg);
  return {
    name: pkg.name,
    version: pkg.version,
    url: base,
    algorithm: 'sha384',
    entries,
    elements,
    locales,
    data,
    files,
    importMap: { integrity: Object.fromEntries(Object.entries(files).map(([f, i]) => [base + f, i.integrity])) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cdnDir = path.resolve(process.argv[2] ?? 'cdn');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  if (!existsSync(path.join(cdnDir, '.vite/manifest.json'))) {
    console.error('cdn-manifest: cdn/.vite/manifest.json is missing (run vite build with build.manifest)');
    process.exit(1);
  }
  const manifest = buildCdnManifest(cdnDir, pkg);
  writeFileSync(path.join(cdnDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(path.join(cdnDir, '.vite'), { recursive: true, force: true });
  console.log(
    `cdn-manifest: ${Object.keys(manifest.files).length} files, entries ${Object.keys(manifest.entries).join(', ')}; ` +
      `elements ${Object.keys(manifest.elements).join(', ')}; locales ${Object.keys(manifest.locales).join(', ')}`,
  );
}
