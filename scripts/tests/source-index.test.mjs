import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { citedIds, staleSourceIndexFiles, sourceIndexFiles, INDEX_FILE, WIDGET_SOURCES_DIR } from '../source-index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('the committed source index and widget tables match src/content', async () => {
  assert.deepEqual(await staleSourceIndexFiles(), []);
});

test('the index holds each source kind and its whole-bibliography short citation, with letters', async () => {
  const text = (await sourceIndexFiles())[INDEX_FILE];
  // Two Tanna 2023 papers are told apart by a letter, as in every list of a page.
  assert.match(text, /name: 'Tanna', year: 2023, suffix: 'a'/);
  assert.match(text, /name: 'Tanna', year: 2023, suffix: 'b'/);
  assert.match(text, /R1: \{ kind: 'regulator', name: 'Olsen', year: 2019 \}/);
});

test('citedIds collects the strings of every array under a key ending in "sources", at any depth', () => {
  const data = [
    { id: 'x', claim: { sources: ['P1', 'P2'], text: () => 'P9' }, identitySources: ['R1'] },
    { share: { sources: ['P2', 'C3'], basis: 'P8' }, points: [{ sources: ['H1'] }], tags: ['P7'] },
  ];
  assert.deepEqual([...citedIds(data)], ['P1', 'P2', 'R1', 'C3', 'H1']);
});

test('each widget table holds exactly the sources its content cites, shared ones once', async () => {
  const files = await sourceIndexFiles();
  const ids = (file) => [...(files[file] ?? '').matchAll(/^ {2}(?:'([^']+)'|(\w+)): \{$/gmu)].map((m) => m[1] ?? m[2]);
  const shared = ids(`${WIDGET_SOURCES_DIR}/shared-explainer-diagram.ts`);
  const explainer = [...shared, ...ids(`${WIDGET_SOURCES_DIR}/explainer.ts`)];
  const diagram = [...shared, ...ids(`${WIDGET_SOURCES_DIR}/diagram.ts`)];
  assert.equal(explainer.length, new Set(explainer).size);
  // P25 (seasonal variation) is cited by the diagram only; C2 (seizures) by the explainer's corrections only.
  assert.ok(diagram.includes('P25') && !explainer.includes('P25'));
  assert.ok(explainer.includes('C2') && !diagram.includes('C2'));
  // What a list shows, not the editors' notes: `secondary: true` stands for a `secondaryNote`.
  assert.doesNotMatch(files[`${WIDGET_SOURCES_DIR}/explainer.ts`], /secondaryNote|doi:|kind:/);
  assert.match(files[`${WIDGET_SOURCES_DIR}/explainer.ts`], /secondary: true/);
});

test('content:index --check fails when a widget content cites a source its table lacks', async (t) => {
  const root = mkdtempSync(path.join(tmpdir(), 'source-index-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  cpSync(path.join(ROOT, 'src/content'), path.join(root, 'src/content'), { recursive: true });
  for (const file of ['tsconfig.json', '.prettierrc.json', 'package.json'])
    cpSync(path.join(ROOT, file), path.join(root, file));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  assert.deepEqual(await staleSourceIndexFiles(root), [], 'the copy starts up to date');
  // The diagram's first step now also cites R1, which no diagram step cited before.
  const pathways = path.join(root, 'src/content/pathways.ts');
  const text = readFileSync(pathways, 'utf8');
  assert.ok(text.includes("sources: ['P24', 'P25', 'P10'],"));
  writeFileSync(pathways, text.replace("sources: ['P24', 'P25', 'P10'],", "sources: ['P24', 'P25', 'P10', 'R1'],"));
  const stale = await staleSourceIndexFiles(root);
  assert.ok(
    stale.some((f) => f.startsWith(WIDGET_SOURCES_DIR)),
    `stale: ${stale.join(', ')}`,
  );
  const regenerated = await sourceIndexFiles(root);
  assert.match(regenerated[`${WIDGET_SOURCES_DIR}/diagram.ts`], /id: 'R1'/);
});
