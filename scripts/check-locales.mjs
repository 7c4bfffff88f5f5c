#!/usr/bin/env node
/**
 * `npm run locales:check`: compares the messages in the code with every locales/*.xlf and fails
 * (listing `file:line: message-id: problem`) on
 *   - malformed XML;
 *   - a message in the code without a translator note (`desc`);
 *   - a unit missing from a locale file, or a unit without a target;
 *   - a placeholder lost or added in a target;
 *   - an English source in a locale file that differs from the code (run locales:extract);
 *   - an id in a locale file that the code no longer has;
 *   - locales/status.json not matching the XLIFF files;
 *   - a medical term from locales/termbase.json translated differently from the term base, or
 *     locales/termbase.tbx out of date (scripts/check-terms.mjs).
 * Usage: node scripts/check-locales.mjs [--dir locales]
 * checkLocales() does the checks on messages extracted once (extractCodeMessages()), so tests reuse
 * one extraction, the slow step (lit-localize reads every source file).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseXliff, placeholders } from './xliff.mjs';
import { REVIEW_MODULE, reviewModuleText, statusText } from './locales-status.mjs';
import { checkTerms } from './check-terms.mjs';
import { importTs } from './lib/import-ts.mjs';

// One list of right-to-left languages: the one the widgets use.
const { RTL_LANGUAGES: RTL } = await importTs('src/localization/resolve.ts');

/** What the code says: `lit-localize extract` into a temporary folder; a Map id → unit. Throws on failure. */
export function extractCodeMessages() {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const tmp = mkdtempSync(path.join(tmpdir(), 'kratom-xlf-'));
  const tmpConfig = `.lit-localize.check.${process.pid}.json`;
  writeFileSync(
    tmpConfig,
    JSON.stringify({ ...config, targetLocales: ['zz'], interchange: { ...config.interchange, xliffDir: tmp } }),
  );
  try {
    const r = spawnSync('npx', ['lit-localize', 'extract', '--config', tmpConfig], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${r.stdout}\n${r.stderr}\nlocales:check: lit-localize extract failed`);
    return new Map(parseXliff(readFileSync(path.join(tmp, 'zz.xlf'), 'utf8'), 'code').units.map((u) => [u.id, u]));
  } finally {
    rmSync(tmpConfig, { force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Finds `id: '<id>'` in src/ for a file:line pointer. */
function codeLocation(id) {
  const stack = ['src'];
  while (stack.length) {
    const d = stack.pop();
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated') stack.push(p);
      } else if (p.endsWith('.ts')) {
        const lines = readFileSync(p, 'utf8').split('\n');
        const i = lines.findIndex((l) => l.includes(`'${id}'`) || l.includes(`"${id}"`));
        if (i >= 0) return `${p}:${i + 1}`;
      }
    }
  }
  return 'src';
}

/**
 * Every check against the locale files in `dir`, for the code messages `code` (extractCodeMessages()).
 * Returns the problems (`file:line: message-id: problem` lines) and the locale files checked.
 */
export function checkLocales({ dir = 'locales', code }) {
  const problems = [];
  const report = (where, id, what) => problems.push(`${where}: ${id}: ${what}`);
  // 1. Every message in the code has a translator note.
  for (const [id, unit] of code) {
    if (!unit.note || !unit.note.trim()) report(codeLocation(id), id, 'message has no translator note (add a `desc`)');
  }

  // 2. Every locale file.
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.xlf'))
        .sort()
    : [];
  if (files.length === 0) problems.push(`${dir}: no XLIFF files`);
  for (const f of files) {
    const file = path.join(dir, f);
    let parsed;
    try {
      parsed = parseXliff(readFileSync(file, 'utf8'), file);
    } catch (error) {
      problems.push(String(error.message));
      continue;
    }
    const seen = new Set();
    for (const u of parsed.units) {
      seen.add(u.id);
      const where = `${file}:${u.line}`;
      const src = code.get(u.id);
      if (!src) {
        report(where, u.id, 'id is no longer in the code (run npm run locales:extract)');
        continue;
      }
      if (src.source !== u.source)
        report(where, u.id, 'English source differs from the code (run npm run locales:extract)');
      if (u.target === undefined || u.target.trim() === '') {
        report(where, u.id, 'target missing');
        continue;
      }
      const want = placeholders(src.source);
      const got = placeholders(u.target);
      const missing = want.filter((p) => !got.includes(p));
      const extra = got.filter((p) => !want.includes(p));
      if (missing.length) report(`${file}:${u.targetLine}`, u.id, `placeholder lost in target: ${missing.join(', ')}`);
      if (extra.length) report(`${file}:${u.targetLine}`, u.id, `placeholder added in target: ${extra.join(', ')}`);
      // Right-to-left: a Latin term that starts with a digit ("7-OH", "5-HT1A") must be isolated with
      // U+2066 … U+2069, or the bidi algorithm shows it as "OH-7".
      if (RTL.has(parsed.targetLanguage.split('-')[0])) {
        const outside = u.target.replace(/<ph\b[^>]*>[\s\S]*?<\/ph>/g, '');
        const bad = [...outside.matchAll(/(?<![\w\u2066])\d+(?:[-\u2011][A-Za-z][\w-]*)+/g)].map((m) => m[0]);
        if (bad.length)
          report(`${file}:${u.targetLine}`, u.id, `isolate LTR term(s) with U+2066…U+2069: ${bad.join(', ')}`);
      }
      if (u.approved && u.state && u.state !== 'final')
        report(where, u.id, `approved="yes" needs state="final" (is "${u.state}")`);
      if (!u.approved && u.state === 'final') report(where, u.id, 'state="final" without approved="yes"');
    }
    for (const id of code.keys()) {
      if (!seen.has(id)) report(`${file}:1`, id, 'unit missing (run npm run locales:extract)');
    }
  }

  // 3. The status summary must be generated from the XLIFF as it is.
  if (files.length && existsSync(dir) && dir === 'locales') {
    const want = statusText(dir);
    const have = existsSync(path.join(dir, 'status.json')) ? readFileSync(path.join(dir, 'status.json'), 'utf8') : '';
    if (want !== have) problems.push(`${dir}/status.json:1: status: out of date (run npm run locales:extract)`);
    const module = existsSync(REVIEW_MODULE) ? readFileSync(REVIEW_MODULE, 'utf8') : '';
    if (module !== reviewModuleText(dir))
      problems.push(`${REVIEW_MODULE}:1: review status: out of date (run npm run locales:extract)`);
  }

  // 4. Medical terms read the same way in every unit of a language (locales/termbase.json).
  if (existsSync(path.join(dir, 'termbase.json'))) problems.push(...checkTerms({ dir }));
  return { problems, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argDir = process.argv.indexOf('--dir');
  const dir = argDir > 0 ? process.argv[argDir + 1] : 'locales';
  let code;
  try {
    code = extractCodeMessages();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const { problems, files } = checkLocales({ dir, code });
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`locales:check: ${problems.length} problem(s)`);
    // exitCode, not exit(): exit() dropped the end of a long report still queued for a pipe (seen in
    // a clean-clone CI run: the term-base lines, which come last, were missing).
    process.exitCode = 1;
  } else {
    console.log(`locales:check: ${code.size} messages, ${files.length} locale file(s) OK`);
  }
}
