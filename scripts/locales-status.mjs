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

/** The TypeScript module the widgets read to decide whether to show the "not yet reviewed" line. */
export function reviewModuleText(dir = 'locales') {
  const status = computeStatus(dir);
  const entries = Object.entries(status)
    .map(([locale, s]) => `  '${locale}': ${s.fullyApproved},`)
    .join('\n');
  return `// Generated from locales/*.xlf by scripts/locales-status.mjs (npm run locales:extract). Do not edit.
/** Per target locale: \`true\` when every message is approved by a qualified reviewer. */
export const FULLY_APPROVED: Readonly<Record<string, boolean>> = {
${entries}
};
`;
}

export const REVIEW_MODULE = 'src/localization/review-status.ts';

export function writeStatus(dir = 'locales') {
  writeFileSync(`${dir}/status.json`, statusText(dir));
  if (dir === 'locales') writeFileSync(REVIEW_MODULE, reviewModuleText(dir));
}
