import { test } from 'node:test';
import assert from 'node:assert/strict';
import { staleSourceIndexFiles, sourceIndexFiles, INDEX_FILE } from '../source-index.mjs';

test('the committed source index matches src/content/sources.ts', async () => {
  assert.deepEqual(await staleSourceIndexFiles(), []);
});

test('the index holds each source kind and its whole-bibliography short citation, with letters', async () => {
  const text = (await sourceIndexFiles())[INDEX_FILE];
  // Two Tanna 2023 papers are told apart by a letter, as in every list of a page.
  assert.match(text, /name: 'Tanna', year: 2023, suffix: 'a'/);
  assert.match(text, /name: 'Tanna', year: 2023, suffix: 'b'/);
  assert.match(text, /R1: \{ kind: 'regulator', name: 'Olsen', year: 2019 \}/);
});
