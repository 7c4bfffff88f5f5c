#!/usr/bin/env node
/**
 * Imports draft translations into a locale's XLIFF:
 *   node scripts/locales-import.mjs <locale> <drafts.json> [--overwrite]
 * `drafts.json` maps message id → target text (placeholders written as `${name}` exactly as in
 * the English source's equiv-text, e.g. "Kratom en ${place}"). Each imported target is marked
 * `state="needs-review-translation"` (a draft, not a reviewed translation). Existing targets are
 * kept unless --overwrite. Fails on an unknown id or a placeholder mismatch.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { placeholders } from './xliff.mjs';
import { writeStatus } from './locales-status.mjs';

const [locale, draftsPath] = process.argv.slice(2);
const overwrite = process.argv.includes('--overwrite');
if (!locale || !draftsPath) {
  console.error('usage: node scripts/locales-import.mjs <locale> <drafts.json> [--overwrite]');
  process.exit(2);
}
const file = `locales/${locale}.xlf`;
const drafts = JSON.parse(readFileSync(draftsPath, 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let text = readFileSync(file, 'utf8');
const problems = [];
let imported = 0;
const seen = new Set();
text = text.replace(/<trans-unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/trans-unit>/g, (all, id, attrs, body) => {
  if (!(id in drafts)) return all;
  seen.add(id);
  if (/<target[\s>]/.test(body) && !overwrite) return all;
  const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
  // Map each `${name}` in the draft back to the source's <x/> element with that equiv-text.
  const xs = new Map([
    ...[...source.matchAll(/<x id="\d+" equiv-text="([^"]*)"\/>/g)].map((m) => [m[1], m[0]]),
    ...[...source.matchAll(/<ph id="\d+">([\s\S]*?)<\/ph>/g)].map((m) => [
      m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
      m[0],
    ]),
  ]);
  // Replace each placeholder text (longest first; one <ph> may hold several `${…}`) by its element.
  let draft = String(drafts[id]);
  const tokens = [];
  for (const [textForm, element] of [...xs.entries()].sort((a, b) => b[0].length - a[0].length)) {
    draft = draft.split(textForm).join(`\u0000${tokens.length}\u0000`);
    tokens.push(element);
  }
  const target = escape(draft).replace(/\u0000(\d+)\u0000/g, (_, n) => tokens[Number(n)]);
  const want = placeholders(source).join('|');
  const got = placeholders(target).join('|');
  if (want !== got) {
    problems.push(`${id}: placeholders ${got || '(none)'} ≠ source ${want || '(none)'}`);
    return all;
  }
  imported++;
  const cleaned = body.replace(/\n\s*<target[^>]*>[\s\S]*?<\/target>/, '');
  const withTarget = cleaned.replace(
    /(<\/source>)/,
    `$1\n  <target state="needs-review-translation">${target}</target>`,
  );
  return `<trans-unit id="${id}">${withTarget}</trans-unit>`;
});
for (const id of Object.keys(drafts)) if (!seen.has(id)) problems.push(`${id}: not in ${file}`);
writeFileSync(file, text);
writeStatus();
console.log(`${file}: imported ${imported} draft target(s)`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
