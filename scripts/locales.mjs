#!/usr/bin/env node
/**
 * Bulk translation drafts, run from the repository root:
 *   node scripts/locales.mjs dump <locale> [out.json]
 *     writes every message of locales/<locale>.xlf as JSON `{ id: { source, note, target? } }` for
 *     translators and tools (stdout without out.json). Placeholders appear as `${name}`.
 *   node scripts/locales.mjs import <locale> <drafts.json> [--overwrite]
 *     imports `{ id: "translation" }` drafts into locales/<locale>.xlf, placeholders written as
 *     `${name}` exactly as in the English source's equiv-text (e.g. "Kratom en ${place}"). Each
 *     imported target is marked `state="needs-review-translation"` (a draft, not a reviewed
 *     translation). Existing targets are kept unless --overwrite. Fails (exit 1) on an unknown id or
 *     a placeholder mismatch; the drafts that fit are written all the same.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseXliff, placeholders } from './xliff.mjs';
import { writeStatus } from './locales-status.mjs';

const USAGE = [
  'usage: node scripts/locales.mjs dump <locale> [out.json]',
  '       node scripts/locales.mjs import <locale> <drafts.json> [--overwrite]',
].join('\n');

const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** XLIFF inline markup → plain text with `${name}` placeholders. */
const plain = (xml) =>
  unescape(
    xml.replace(/<x id="\d+" equiv-text="([^"]*)"[^>]*\/>/g, '$1').replace(/<ph id="\d+"[^>]*>([\s\S]*?)<\/ph>/g, '$1'),
  );

/** Every message of an XLIFF file's text as `{ id: { source, note, target? } }`. */
export function dumpMessages(xliffText, locale) {
  const { units } = parseXliff(xliffText, locale);
  const result = {};
  for (const u of units) {
    result[u.id] = { source: plain(u.source), note: u.note ?? '', ...(u.target ? { target: plain(u.target) } : {}) };
  }
  return result;
}

/**
 * Puts `drafts` (id → text with `${name}` placeholders) into an XLIFF file's text as draft targets.
 * Returns `{ text, imported, problems }`; units with a problem are left as they were.
 */
export function applyDrafts(xliffText, drafts, { overwrite = false, file = 'xliff' } = {}) {
  const problems = [];
  let imported = 0;
  const seen = new Set();
  const text = xliffText.replace(
    /<trans-unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/trans-unit>/g,
    (all, id, attrs, body) => {
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
    },
  );
  for (const id of Object.keys(drafts)) if (!seen.has(id)) problems.push(`${id}: not in ${file}`);
  return { text, imported, problems };
}

function dump([locale = 'es', out]) {
  const json = `${JSON.stringify(dumpMessages(readFileSync(`locales/${locale}.xlf`, 'utf8'), locale), null, 1)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  return 0;
}

function importDrafts(args) {
  const [locale, draftsPath] = args.filter((a) => !a.startsWith('--'));
  if (!locale || !draftsPath) {
    console.error(USAGE);
    return 2;
  }
  const file = `locales/${locale}.xlf`;
  const drafts = JSON.parse(readFileSync(draftsPath, 'utf8'));
  const { text, imported, problems } = applyDrafts(readFileSync(file, 'utf8'), drafts, {
    overwrite: args.includes('--overwrite'),
    file,
  });
  writeFileSync(file, text);
  writeStatus();
  console.log(`${file}: imported ${imported} draft target(s)`);
  if (problems.length) console.error(problems.join('\n'));
  return problems.length ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  const run = { dump, import: importDrafts }[command];
  if (!run) {
    console.error(USAGE);
    process.exit(2);
  }
  process.exitCode = run(args);
}
