/**
 * Builds locales/status.json from the XLIFF files: per locale, how many units exist, have a
 * target, are approved, and whether the locale is fully approved. Never hand-edited.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseXliff } from './xliff.mjs';

export function computeStatus(dir = 'locales') {
  const status = {};
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.xlf'))
    .sort()) {
    const { targetLanguage, units } = parseXliff(readFileSync(`${dir}/${f}`, 'utf8'), `${dir}/${f}`);
    const translated = units.filter((u) => u.target !== undefined && u.target !== '').length;
    const approved = units.filter((u) => u.approved && u.target !== undefined).length;
    status[targetLanguage || f.replace(/\.xlf$/, '')] = {
      units: units.length,
      translated,
      approved,
      needsReview: translated - approved,
      fullyApproved: units.length > 0 && approved === units.length,
    };
  }
  return status;
}

export function statusText(dir = 'locales') {
  return `${JSON.stringify(computeStatus(dir), null, 2)}\n`;
}

export function writeStatus(dir = 'locales') {
  writeFileSync(`${dir}/status.json`, statusText(dir));
}
