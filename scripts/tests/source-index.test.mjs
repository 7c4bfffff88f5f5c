import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  citedIds,
  staleSourceIndexFiles,
  sourceIndexFiles,
  REPORTS_FILE,
  WIDGET_SOURCES_DIR,
} from '../source-index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('the committed source index and widget tables match src/content', async () => {
  assert.deepEqual(await staleSourceIndexFiles(), []);
});

test('the tables hold whole-bibliography short citations, with letters, and the report ids', async () => {
  const files = await sourceIndexFiles();
  const checklist = files[`${WIDGET_SOURCES_DIR}/checklist.ts`];
  // Two Tanna 2023 papers are told apart by a letter, as in every list of a page.
  assert.match(checklist, /P30: \{ name: 'Tanna', year: 2023, suffix: 'a' \}/);
  assert.match(checklist, /P32: \{ name: 'Tanna', year: 2023, suffix: 'b' \}/);
  assert.match(checklist, /R1: \{ name: 'Olsen', year: 2019 \}/);
  // The explainer's labels: the same letters (the year is its entry's).
  const explainer = files[`${WIDGET_SOURCES_DIR}/explainer.ts`];
  assert.match(explainer, /P32: \{ name: 'Tanna', suffix: 'b' \}/);
  assert.match(explainer, /P31: \{ name: 'Tanna' \}/);
  // Evidence chips: the news and secondary sources, no other.
  assert.match(files[REPORTS_FILE], /new Set\(\['M1', 'M2', 'R4', 'R9', 'R11'\]\)/);
  // No whole-bibliography index is generated any more (issue #25).
  assert.ok(!Object.keys(files).some((f) => f.endsWith('source-index.ts')));
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
  // The explainer's labels table (one line per source) holds each of its sources once too.
  const labelIds = (file) =>
    [...(files[file] ?? '').matchAll(/^ {2}(?:'([^']+)'|(\w+)): \{ name/gmu)].map((m) => m[1] ?? m[2]);
  const labels = new Set(labelIds(`${WIDGET_SOURCES_DIR}/explainer.ts`));
  const shared = ids(`${WIDGET_SOURCES_DIR}/shared-explainer-diagram.ts`);
  const explainer = [...shared, ...ids(`${WIDGET_SOURCES_DIR}/explainer.ts`)];
  const diagram = [...shared, ...ids(`${WIDGET_SOURCES_DIR}/diagram.ts`)];
  assert.equal(explainer.length, new Set(explainer).size);
  assert.deepEqual([...labels].sort(), [...explainer].sort(), "a label for each of the explainer's sources");
  // P25 (seasonal variation) is cited by the diagram only; C2 (seizures) by the explainer's corrections only.
  assert.ok(diagram.includes('P25') && !explainer.includes('P25'));
  assert.ok(explainer.includes('C2') && !diagram.includes('C2'));
  // What a list shows, not the editors' notes: `secondary: true` stands for a `secondaryNote`.
  assert.doesNotMatch(files[`${WIDGET_SOURCES_DIR}/explainer.ts`], /secondaryNote|doi:|kind:/);
  assert.doesNotMatch(files[`${WIDGET_SOURCES_DIR}/checklist.ts`], /secondaryNote|doi:|kind:|title:|url:/);
  assert.match(files[`${WIDGET_SOURCES_DIR}/explainer.ts`], /secondary: true/);
});

/** A temporary copy of src/content with what the generator needs (removed after test `t`). */
function contentCopy(t) {
  const root = mkdtempSync(path.join(tmpdir(), 'source-index-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  cpSync(path.join(ROOT, 'src/content'), path.join(root, 'src/content'), { recursive: true });
  for (const file of ['tsconfig.json', '.prettierrc.json', 'package.json'])
    cpSync(path.join(ROOT, file), path.join(root, file));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

test('content:index --check fails when a widget content cites a source its table lacks', async (t) => {
  const root = contentCopy(t);
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

test('content:index --check fails when the checklist cites a source its table lacks', async (t) => {
  const root = contentCopy(t);
  const table = `${WIDGET_SOURCES_DIR}/checklist.ts`;
  assert.doesNotMatch(readFileSync(path.join(root, table), 'utf8'), /^ {2}P25: /mu, 'no checklist statement cites P25');
  // A risk statement now also cites P25 (seasonal variation), which only the diagram cited before.
  const risks = path.join(root, 'src/content/risks.ts');
  const text = readFileSync(risks, 'utf8');
  assert.ok(text.includes("sources: ['R1', 'R4', 'S1', 'S5', 'R12'],"));
  writeFileSync(
    risks,
    text.replace("sources: ['R1', 'R4', 'S1', 'S5', 'R12'],", "sources: ['R1', 'R4', 'S1', 'S5', 'R12', 'P25'],"),
  );
  assert.deepEqual(await staleSourceIndexFiles(root), [table]);
  const regenerated = (await sourceIndexFiles(root))[table];
  assert.match(regenerated, /^ {2}P25: \{ name: 'Sengnon', year: 2023 \},$/mu);
});
