/**
 * scripts/locales.mjs: `dump` shows translators plain text with `${name}` placeholders, and `import`
 * turns such drafts back into XLIFF targets marked as drafts, refusing a changed placeholder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDrafts, dumpMessages } from '../locales.mjs';
import { parseXliff } from '../xliff.mjs';

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="de" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
<trans-unit id="a.place.banned">
  <source>Banned in <ph id="0">\${place}</ph> &amp; nearby</source>
  <note from="lit-localize">Status sentence.</note>
</trans-unit>
<trans-unit id="a.status.legal">
  <source>Legal</source>
  <target state="translated">Legal</target>
  <note from="lit-localize">Status word.</note>
</trans-unit>
</body>
</file>
</xliff>
`;

test('dump: plain text with ${name} placeholders, the note and any target', () => {
  assert.deepEqual(dumpMessages(XLIFF, 'de'), {
    'a.place.banned': { source: 'Banned in ${place} & nearby', note: 'Status sentence.' },
    'a.status.legal': { source: 'Legal', note: 'Status word.', target: 'Legal' },
  });
});

test('import: a draft becomes a needs-review target with the source placeholder element', () => {
  const { text, imported, problems } = applyDrafts(XLIFF, { 'a.place.banned': 'In ${place} & Umgebung verboten' });
  assert.deepEqual(problems, []);
  assert.equal(imported, 1);
  assert.ok(
    text.includes(
      '<target state="needs-review-translation">In <ph id="0">${place}</ph> &amp; Umgebung verboten</target>',
    ),
    text,
  );
  assert.equal(dumpMessages(text, 'de')['a.place.banned'].target, 'In ${place} & Umgebung verboten');
});

test('import: keeps reviewed targets unless overwrite; reports unknown ids and placeholder mismatches', () => {
  const drafts = { 'a.status.legal': 'Erlaubt', 'a.place.banned': 'Verboten in ${ort}', 'a.missing': 'x' };
  const kept = applyDrafts(XLIFF, drafts, { file: 'de.xlf' });
  assert.equal(kept.imported, 0);
  assert.equal(kept.text, XLIFF);
  assert.deepEqual(kept.problems, [
    'a.place.banned: placeholders (none) ≠ source ${place}',
    'a.missing: not in de.xlf',
  ]);
  const over = applyDrafts(XLIFF, { 'a.status.legal': 'Erlaubt' }, { overwrite: true });
  assert.equal(over.imported, 1);
  const unit = parseXliff(over.text, 'de').units.find((u) => u.id === 'a.status.legal');
  assert.deepEqual([unit.target, unit.state], ['Erlaubt', 'needs-review-translation']);
});
