#!/usr/bin/env node
/**
 * Dumps every message of a locale file as JSON `{ id: { source, note, target? } }` for translators
 * and tools: node scripts/locales-dump.mjs <locale> [out.json]. Placeholders appear as `${name}`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseXliff } from './xliff.mjs';

const [locale = 'es', out] = process.argv.slice(2);
const plain = (xml) =>
  xml
    .replace(/<x id="\d+" equiv-text="([^"]*)"[^>]*\/>/g, '$1')
    .replace(/<ph id="\d+"[^>]*>([\s\S]*?)<\/ph>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const { units } = parseXliff(readFileSync(`locales/${locale}.xlf`, 'utf8'), locale);
const result = {};
for (const u of units) {
  result[u.id] = { source: plain(u.source), note: u.note ?? '', ...(u.target ? { target: plain(u.target) } : {}) };
}
const json = `${JSON.stringify(result, null, 1)}\n`;
if (out) writeFileSync(out, json);
else process.stdout.write(json);
