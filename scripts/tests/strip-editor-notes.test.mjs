/**
 * Shipped builds drop the editors' research notes from the content data and nothing else: the
 * object stays valid JavaScript with every other field, whatever the note contains.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripEditorNotes } from '../strip-editor-notes.mjs';

const evaluate = (code) => new Function(`${code.replace(/^export const (\w+) =/, 'return')}`)();

test('removes editorNote with its comma, keeps every other field', () => {
  const src = `export const J = [
  {
    code: 'US',
    confidence: 'medium',
    editorNote: 'Long note, with commas, "quotes", it\\'s fine; editorNote: inside.',
    localRules: true,
  },
  { code: 'TH', editorNote: \`template\` },
  { code: 'DE', editorNote: 'a' + 'b', sources: ['x'] },
];`;
  const out = stripEditorNotes(src);
  assert.doesNotMatch(out, /editorNote/);
  assert.deepEqual(evaluate(out), [
    { code: 'US', confidence: 'medium', localRules: true },
    { code: 'TH' },
    { code: 'DE', sources: ['x'] },
  ]);
});

test('leaves other uses of the name alone', () => {
  const src = `const n = j.editorNote; const o = { editorNote: computeNote() }; type T = { readonly editorNote?: string };`;
  assert.equal(stripEditorNotes(src), src);
});

test('works on compiled JavaScript (dist/) and is a no-op without notes', () => {
  const js = 'export const J = [{ code: "US", editorNote: "note", level: "federal" }];';
  assert.deepEqual(evaluate(stripEditorNotes(js, 'jurisdictions.js')), [{ code: 'US', level: 'federal' }]);
  assert.equal(stripEditorNotes('const a = 1;'), 'const a = 1;');
});
