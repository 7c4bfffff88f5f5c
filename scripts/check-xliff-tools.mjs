#!/usr/bin/env node
/**
 * Proves the XLIFF files work in standard translation tools (Debian's translate-toolkit and
 * libxml2-utils), not just in lit-localize:
 *   - `xmllint --noout` accepts every file;
 *   - `pocount` sees every unit with a target (translated + fuzzy/needs-review = 100 %) and its
 *     translated (= approved) count equals locales/status.json;
 *   - `xliff2po` → `po2xliff` keeps every unit and every target.
 * Fails (exit 1) with the file and the reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseXliff } from './xliff.mjs';

const tools = ['xmllint', 'pocount', 'xliff2po', 'po2xliff'];
for (const t of tools) {
  if (spawnSync('which', [t]).status !== 0) {
    console.error(`check-xliff-tools: ${t} not found (apt-get install translate-toolkit libxml2-utils)`);
    process.exit(1);
  }
}
const status = JSON.parse(readFileSync('locales/status.json', 'utf8'));
const problems = [];
const work = mkdtempSync(path.join(tmpdir(), 'kratom-xliff-'));
for (const f of readdirSync('locales')
  .filter((x) => x.endsWith('.xlf'))
  .sort()) {
  const file = path.join('locales', f);
  const locale = f.replace(/\.xlf$/, '');
  const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
  if (lint.status !== 0) problems.push(`${file}: xmllint: ${lint.stderr.trim()}`);

  // translate-toolkit 3.8's `pocount --csv` prints the counts, then fails on its own typo
  // ('reviewsourdcewords', pocount.py) while printing the optional review columns, which we do not
  // read: that one stderr line is dropped, any other is shown.
  const count = spawnSync('pocount', ['--csv', file], { encoding: 'utf8' });
  const countErrors = count.stderr.split('\n').filter((l) => l.trim() && !/ERROR: 'reviewsourdcewords'/.test(l));
  if (count.status !== 0 || countErrors.length)
    problems.push(`${file}: pocount: ${countErrors.join(' ') || count.status}`);
  const csv = count.stdout
    .trim()
    .split('\n')
    .pop()
    .split(',')
    .map((s) => s.trim());
  // Filename, Translated, Tr. src words, Tr. target words, Fuzzy, Fuzzy words, Untranslated, Untr. words, Total, Total words
  const [translated, fuzzy, untranslated, total] = [Number(csv[1]), Number(csv[4]), Number(csv[6]), Number(csv[8])];
  const units = parseXliff(readFileSync(file, 'utf8'), file).units.length;
  if (total !== units) problems.push(`${file}: pocount sees ${total} units, the file has ${units}`);
  if (untranslated !== 0) problems.push(`${file}: pocount counts ${untranslated} untranslated unit(s)`);
  if (translated + fuzzy !== units)
    problems.push(`${file}: translated ${translated} + needs review ${fuzzy} ≠ ${units} units`);
  if (status[locale] && translated !== status[locale].approved) {
    problems.push(
      `${file}: pocount translated (approved) ${translated} ≠ status.json approved ${status[locale].approved}`,
    );
  }

  const po = path.join(work, `${locale}.po`);
  const back = path.join(work, `${locale}.xlf`);
  execFileSync('xliff2po', ['--progress=none', file, po]);
  execFileSync('po2xliff', ['--progress=none', po, back]);
  const before = parseXliff(readFileSync(file, 'utf8'), file).units;
  // po2xliff numbers the units and keeps the original id as the PO location (sourcefile context).
  const backText = readFileSync(back, 'utf8');
  const after = parseXliff(backText, back).units;
  const afterById = new Map();
  for (const m of backText.matchAll(
    /<trans-unit[^>]*\bid="([^"]+)"[\s\S]*?<context context-type="sourcefile">([^<]+)<\/context>/g,
  )) {
    const unit = after.find((u) => u.id === m[1]);
    if (unit) afterById.set(m[2], unit);
  }
  for (const u of before) {
    const a = afterById.get(u.id);
    if (!a) problems.push(`${file}: round trip lost unit ${u.id}`);
    else if (u.target && !a.target) problems.push(`${file}: round trip lost the target of ${u.id}`);
  }
  console.log(
    `check-xliff-tools: ${file}: ${units} units, pocount translated ${translated}, needs review ${fuzzy}, round trip ${after.length} units`,
  );
}
rmSync(work, { recursive: true, force: true });
if (problems.length) {
  for (const p of problems) console.error(`check-xliff-tools: ${p}`);
  process.exit(1);
}
console.log('check-xliff-tools: OK');
