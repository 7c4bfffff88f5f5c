/**
 * Per-place legal data, in Node:
 *   - what one closed badge fetches, as shipped (editors' notes removed, JSON.parse, minified,
 *     gzip 9): the place's record chunk and its parents' (size-limit checks the same from
 *     cdn/), at most 2 KiB gzip for every place; the sources are separate chunks;
 *   - server-side rendering: after `await preloadLegalPlaces(['US-AL'])` a badge renders its place
 *     name, status and sources with @lit-labs/ssr, synchronously, and no other place was loaded.
 * The sources are bundled with esbuild (code splitting on, so each place stays its own module) into
 * node_modules/.cache, where Node resolves lit from the project.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { shippedSourceEsbuildPlugin } from '../shipped-source.mjs';
import { BUDGETS, KNOWN_OVER_BUDGET, oneBadgeCodes } from '../size-budgets.mjs';

const root = process.cwd();
const placesDir = path.join(root, 'src/content/legal/places');

/** Shipped, minified bytes and gzip size of one place's record module (or, `sources`, its sources module). */
async function placeChunk(code, sources = false) {
  const result = await esbuild.build({
    entryPoints: [path.join(placesDir, `${code.toLowerCase()}${sources ? '.sources' : ''}.ts`)],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    plugins: [shippedSourceEsbuildPlugin()],
    logLevel: 'silent',
  });
  const code_ = result.outputFiles[0].contents;
  return { text: Buffer.from(code_).toString('utf8'), gzip: gzipSync(code_, { level: 9 }).length };
}

const placeCodes = () => {
  const index = readFileSync(path.join(placesDir, 'index.ts'), 'utf8');
  const list = /PLACE_CODES[^=]*=\s*\[([^\]]*)\]/.exec(index)?.[1] ?? '';
  return [...list.matchAll(/'([A-Z0-9-]+)'/g)].map((m) => m[1]);
};

test('a closed US-AL badge fetches two small record chunks; records and sources ship without editors’ notes, as JSON.parse', async () => {
  const places = Object.fromEntries(placeCodes().map((c) => [c, true]));
  const codes = oneBadgeCodes('US-AL', places, root);
  assert.deepEqual(codes, ['US-AL', 'US']);
  const chunks = [
    ...(await Promise.all(codes.map((c) => placeChunk(c)))),
    ...(await Promise.all(codes.map((c) => placeChunk(c, true)))),
  ];
  for (const chunk of chunks) {
    assert.doesNotMatch(chunk.text, /editorNote/);
    assert.match(chunk.text, /JSON\.parse\(/);
  }
  const [own, federal, ownSources] = chunks;
  assert.doesNotMatch(own.text, /https?:/, 'the record holds no source');
  assert.match(ownSources.text, /alabamaag\.gov/);
  assert.ok(own.gzip + federal.gzip <= BUDGETS.legalOneBadgeGzip, `us-al + us records ${own.gzip + federal.gzip} B gz`);
  assert.equal(KNOWN_OVER_BUDGET['legal:one-badge'], undefined, 'the one-badge budget is enforced, not waived');
});

test('every place: a closed badge fetches at most 2 KiB gzip of legal data (its record and its parents’)', async () => {
  const all = placeCodes();
  const places = Object.fromEntries(all.map((c) => [c, true]));
  const sizes = new Map();
  const size = async (c) => {
    if (!sizes.has(c)) sizes.set(c, (await placeChunk(c)).gzip);
    return sizes.get(c);
  };
  assert.equal(all.length, 112);
  for (const code of all) {
    const codes = oneBadgeCodes(code, places, root);
    let total = 0;
    for (const c of codes) total += await size(c);
    assert.ok(total <= BUDGETS.legalOneBadgeGzip, `${codes.join(' + ')}: ${total} B gz`);
  }
  assert.deepEqual(oneBadgeCodes('AT', places, root), ['AT', 'EU']);
  assert.deepEqual(oneBadgeCodes('CH', places, root), ['CH']);
});

test('SSR: after preloadLegalPlaces(["US-AL"]) a badge renders its place and status on the server; nothing else loaded', async () => {
  const out = path.join(root, 'node_modules/.cache/kratom-legal-ssr-test');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'entry.ts');
  writeFileSync(
    entry,
    [
      `import '${path.join(root, 'src/define/kratom-legal-badge.js')}';`,
      `export { preloadLegalPlaces, peekLegalPlace, peekLegalData } from '${path.join(root, 'src/content/legal/index.js')}';`,
    ].join('\n'),
  );
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    outdir: path.join(out, 'dist'),
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [shippedSourceEsbuildPlugin()],
    logLevel: 'silent',
  });
  // @lit-labs/ssr first: it installs the DOM shim the elements need in Node.
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html, unsafeStatic } = await import('lit/static-html.js');
  const mod = await import(pathToFileURL(path.join(out, 'dist/entry.js')).href);

  await mod.preloadLegalPlaces(['US-AL']);
  assert.equal(mod.peekLegalPlace('US-AL')?.jurisdiction?.status, 'banned');
  assert.equal(mod.peekLegalPlace('TH'), undefined, 'only the preloaded place and its parent loaded');
  assert.equal(mod.peekLegalData(), undefined);

  const markup = await collectResult(
    render(html`${unsafeStatic('<kratom-legal-badge jurisdiction="US-AL" variant="full"></kratom-legal-badge>')}`),
  );
  const text = markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  assert.match(markup, /<template shadowroot(mode)?="open"/);
  assert.match(text, /Alabama/);
  assert.match(text, /Banned/);
  assert.doesNotMatch(text, /Loading legal status/);
  // The details are complete on the server: the place's and the federal layer's sources, no loading line.
  assert.match(text, /Alabama Attorney General Issues Statewide Cease-and-Desist Order/);
  assert.match(text, /Temporary Placement of 7-Hydroxymitragynine/);
  assert.doesNotMatch(text, /Loading sources/);

  // The picker renders on the server too, with the preloaded place chosen (readable with JS off).
  const picker = (
    await collectResult(
      render(html`${unsafeStatic('<kratom-legal-badge picker jurisdiction="US-AL"></kratom-legal-badge>')}`),
    )
  ).replace(/<!--[^]*?-->/g, ''); // Lit's part markers
  assert.match(picker, /<label[^>]*for="picker-country"[^>]*>[^<]*Country or region/);
  assert.match(picker, /<option[^>]*value="US"[^>]*selected[^>]*>[^<]*United States/);
  assert.match(picker, /<option[^>]*value="US-AL"[^>]*selected[^>]*>[^<]*Alabama/);
  rmSync(out, { recursive: true, force: true });
});
