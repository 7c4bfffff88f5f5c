/**
 * The content history (content-data/history.json): what changed in each content version of
 * src/content/review.ts. Kept outside src/ so it never ships; it is editorial record, like the legal
 * input files beside it. Read by `npm run content:review -- --since <version>` (what a publisher's
 * reviewer must look at again), held complete by `npm run content:check`, extended by
 * `npm run legal:update`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HISTORY_FILE = 'content-data/history.json';
export const CONTENT_VERSION = /^(\d{4})\.(\d{2})\.(\d+)$/;

/** Negative, zero or positive as version `a` is earlier than, equal to or later than `b` (src/shared/publisher-review-line.ts). */
export function compareVersions(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export function loadHistory(root = ROOT) {
  const file = path.join(root, HISTORY_FILE);
  if (!existsSync(file)) return { versions: [] };
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The library's content version: the newest area version (what a publisher's review declares). */
export function latestVersion(reviews) {
  return Object.values(reviews)
    .map((r) => r.contentVersion)
    .reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
}

/** Problems: an area's content version without a history entry that names the area, or a malformed entry. */
export function checkContentHistory(reviews, history) {
  const problems = [];
  const versions = history?.versions ?? [];
  for (const v of versions) {
    if (!CONTENT_VERSION.test(v.version ?? ''))
      problems.push(`content history: "${v.version}" is not a content version`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date ?? ''))
      problems.push(`content history ${v.version}: missing or invalid date`);
    const changes = Object.entries(v.changes ?? {});
    if (changes.length === 0 || changes.some(([, lines]) => !Array.isArray(lines) || lines.length === 0))
      problems.push(`content history ${v.version}: every area listed needs at least one line of what changed`);
  }
  const sorted = [...versions].sort((a, b) => compareVersions(b.version, a.version));
  if (sorted.some((v, i) => v !== versions[i])) problems.push('content history: versions must be listed newest first');
  for (const r of Object.values(reviews)) {
    const entry = versions.find((v) => v.version === r.contentVersion);
    if (!entry)
      problems.push(
        `content history: ${r.area} is at content version ${r.contentVersion}, which has no entry in ${HISTORY_FILE}`,
      );
    else if (!entry.changes?.[r.area])
      problems.push(`content history ${r.contentVersion}: no line for ${r.area}, which is at that version`);
  }
  return problems;
}

/**
 * What changed since version `since`: `{ status: 'unknown' | 'current' | 'changed', latest, versions }`,
 * `versions` being the history entries newer than `since`, oldest first.
 */
export function changesSince(history, reviews, since) {
  const latest = latestVersion(reviews);
  const known = history.versions.some((v) => v.version === since);
  if (!known) return { status: 'unknown', latest, versions: [] };
  const versions = history.versions
    .filter((v) => compareVersions(v.version, since) > 0 && compareVersions(v.version, latest) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version));
  return { status: versions.length ? 'changed' : 'current', latest, versions };
}

/** Adds `line` for `area` to the entry of `version` (created, newest first, when missing); formatted as Prettier would. */
export async function addHistoryLine(root, { version, date, area, line, commits = [] }) {
  const file = path.join(root, HISTORY_FILE);
  const history = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { versions: [] };
  let entry = history.versions.find((v) => v.version === version);
  if (!entry) {
    entry = { version, date, changes: {}, commits };
    history.versions.push(entry);
    history.versions.sort((a, b) => compareVersions(b.version, a.version));
  }
  (entry.changes[area] ??= []).push(line);
  mkdirSync(path.dirname(file), { recursive: true });
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(history), { ...options, parser: 'json' }));
}
