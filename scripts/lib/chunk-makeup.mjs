/**
 * What a built cdn/ file is made of, for "what dominates each page" (bench/run.mjs, scripts/sizes.mjs):
 * its source map attributes every minified character to a source module, and the modules fall into
 * the groups a reader of the weight tables cares about (Lit, shared base, content, an element, legal
 * data, locale strings, a structure drawing). Shares are of the minified characters; gzip bytes are
 * not attributable per module, so a file's gzip size is split in the same proportions (an estimate).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

/** Modules of src/content/ that are code (loaders, rules, type tables), not what readers are shown. */
const CONTENT_CODE =
  /^content\/(legal\/(place-loader|places\/index|place-record|tiers|seven-oh)|server-preloads|citations|types|source-entries-chunk)\.ts$/;

/**
 * The groups no change to our own code can take off a page while readers see the same: Lit (and
 * `@lit/localize`), the only runtime the project allows, and what readers are shown or can print
 * (facts and their English text, legal data, sources, drawings, translations).
 */
export const SHOWN_GROUPS = new Set([
  'Lit',
  'content (facts and English text)',
  'legal data',
  'sources and bibliography',
  'structure drawing',
  'locale strings',
]);

/** The group of one source path as the map names it (relative to the chunk). */
export function groupOf(source) {
  const s = source.replace(/\\/g, '/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/)/.test(s)) return 'Lit';
  if (/node_modules\//.test(s)) return 'other packages';
  const m = /src\/(.*)$/.exec(s);
  if (!m) return 'bundler glue';
  const p = m[1];
  if (p.startsWith('components/')) return `element ${p.split('/')[1]}`;
  if (CONTENT_CODE.test(p)) return 'content loaders and rules';
  // Every place's name (the picker's list, the name lookup): a page shows one or a few of them.
  if (p === 'content/legal/place-names.ts') return "every place's name";
  if (p.startsWith('content/legal/')) return 'legal data';
  if (/^content\/(sources|bibliography)\.ts$/.test(p)) return 'sources and bibliography';
  if (p.startsWith('content/')) return 'content (facts and English text)';
  if (p.startsWith('generated/locales/')) return 'locale strings';
  if (p.startsWith('generated/structures/')) return 'structure drawing';
  if (p.startsWith('define/') || p === 'autoloader.ts' || p.startsWith('generated/define-loaders')) return 'autoloader';
  return 'shared base';
}

/**
 * `{ group: share }` (shares sum to 1) of cdn/`file`, or `undefined` without a source map.
 * Characters the map does not attribute (between mappings) count for the mapping before them.
 */
export function chunkMakeup(cdnDir, file) {
  const mapFile = path.join(cdnDir, `${file}.map`);
  if (!existsSync(mapFile)) return undefined;
  const code = readFileSync(path.join(cdnDir, file), 'utf8').split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const chars = new Map();
  let last;
  const count = (group, n) => chars.set(group, (chars.get(group) ?? 0) + n);
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const next = mappings[i + 1];
    const line = code[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    last = m.source ? groupOf(m.source) : (last ?? 'bundler glue');
    count(last, Math.max(0, end - m.generatedColumn));
  }
  const total = [...chars.values()].reduce((a, b) => a + b, 0);
  if (!total) return undefined;
  return Object.fromEntries([...chars].sort((a, b) => b[1] - a[1]).map(([g, n]) => [g, n / total]));
}

/** "Lit 52 %, shared base 41 %" (groups of at least 10 %, at most three). */
export function describeMakeup(makeup) {
  if (!makeup) return '';
  const parts = Object.entries(makeup)
    .filter(([, share]) => share >= 0.1)
    .slice(0, 3)
    .map(([g, share]) => `${g} ${Math.round(share * 100)} %`);
  return parts.join(', ');
}

/**
 * The makeup of cdn/`file`: its source map's, else `{ group of its source module: 1 }` from `manifest`
 * (cdn/manifest.json names the source module of data chunks shipped as JSON.parse), else undefined.
 */
export function fileMakeup(cdnDir, file, manifest) {
  const src = manifest?.files?.[file]?.src;
  return chunkMakeup(cdnDir, file) ?? (src ? { [groupOf(src)]: 1 } : undefined);
}

/**
 * The top `n` files of a page by gzip bytes, each with what it holds:
 * `[{ file, gzip, makeup }]`, largest first. `sizes` maps file → gzip bytes.
 */
export function dominantFiles(cdnDir, sizes, n = 3, manifest) {
  return Object.entries(sizes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([file, gzip]) => ({ file, gzip, makeup: fileMakeup(cdnDir, file, manifest) }));
}

/**
 * The gzip bytes of a page's files (`sizes`: file → gzip bytes) that are Lit or what readers are
 * shown (`SHOWN_GROUPS`), each file split by its makeup (an estimate, like the makeup itself; a file
 * without one counts as code).
 */
export function shownBytes(cdnDir, sizes, manifest) {
  let sum = 0;
  for (const [file, gzip] of Object.entries(sizes)) {
    for (const [group, share] of Object.entries(fileMakeup(cdnDir, file, manifest) ?? {})) {
      if (SHOWN_GROUPS.has(group)) sum += gzip * share;
    }
  }
  return sum;
}

/** A short table cell: "decorate 14.8 (Lit 52 %, shared base 41 %); …" in KiB. */
export function describeDominant(list) {
  return list
    .map(({ file, gzip, makeup }) => {
      const name = path.basename(file, '.js').replace(/-[A-Za-z0-9_-]{8}$/, '');
      const what = describeMakeup(makeup);
      return `${name} ${(gzip / 1024).toFixed(1)}${what ? ` (${what})` : ''}`;
    })
    .join('; ');
}
