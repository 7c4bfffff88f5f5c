#!/usr/bin/env node
/**
 * The legal editors' command: `npm run legal:update -- <entries.json>`.
 *
 * Input: a JSON array of `LegalPlace` objects (src/content/types.ts): `{ jurisdiction, sources }` for a
 * sourced place or `{ unsourced, sources: {} }` for a place the research found no source for. Every entry
 * is validated (schema and enums, ISO 3166 code, dates and the freshness policy, source ids, no research
 * lead cited, confidence capped by the best source tier, the 7-OH answer). If any entry fails, nothing is
 * written and the command exits 1 with one line per problem. Otherwise it writes or replaces, for each entry
 * (prettier-formatted), src/content/legal/places/<code>.ts (the record: what the closed badge needs, with the
 * entry's best source tier and whether it rests only on second-hand sources worked out here) and
 * places/<code>.sources.ts (the full sources, which only the details show), regenerates places/index.ts,
 * places/all-records.ts and all-sources.ts, bumps the legal `contentVersion` (YYYY.MM.n) and `lastReviewed` in src/content/review.ts
 * and adds one CHANGELOG "Content" line naming the places changed, and the same line to the content
 * history (content-data/history.json). docs/legal-editing.md explains it.
 *
 * Options: `--today YYYY-MM-DD` (default: the current UTC date), `--dry-run` (validate only),
 * `--root <dir>` (project root, for tests).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { isValidIsoCode } from './content-rules.mjs';
import { addHistoryLine } from './content-history.mjs';
import { moduleExports } from './json-data.mjs';
import { importTs } from './lib/import-ts.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = resolve(HERE, '..');
const PLACES = 'src/content/legal/places';

/**
 * Research leads (aggregators, AI-assisted vendor news, unofficial repositories) that must never be cited,
 * matched against "host/path" of a source URL (legal-2026-update.md §1).
 */
export const LEAD_PATTERNS = [
  /(^|\.)github(usercontent)?\.com\/tonalqualityx\/kratom-news-today/i,
  /(^|[./])hippie-scientist/i,
  /(^|[./])ikratom([./-]|$)/i,
];

const LEVELS = ['federal', 'state', 'district', 'national', 'special-administrative-region', 'supranational'];
const CONFIDENCES = ['high', 'medium', 'low'];
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const CONTENT_VERSION = /^(\d{4})\.(\d{2})\.(\d+)$/;

/** File name of a place: `US-AL` → `us-al.ts`. */
export function placeFile(code) {
  return `${code.toLowerCase()}.ts`;
}

/** File name of a place's sources: `US-AL` → `us-al.sources.ts`. */
export function sourcesFile(code) {
  return `${code.toLowerCase()}.sources.ts`;
}

/** Tiers a locality's sources must reach by their kind (one of them at least) for the locality to be listed. */
export const LOCALITY_TIERS = ['primary', 'official-mirror', 'news'];

export function placeCode(place) {
  return (place.jurisdiction ?? place.unsourced)?.code;
}

// ---------------------------------------------------------------------------------------------------
// Types and rules shared with the runtime: src/content/types.ts, legal/tiers.ts, legal/seven-oh.ts are
// imported through tsx (scripts/lib/import-ts.mjs), so the command checks exactly what the badge computes.

let runtime;
/** `{ SOURCE_KINDS, LEGAL_RULES, PRODUCTS, LOCAL_RULE_KINDS, legalSourceTier, bestTier, sevenOhRule, … }` */
export async function loadRuntime() {
  const files = ['types.ts', 'legal/tiers.ts', 'legal/seven-oh.ts'].map((f) => `src/content/${f}`);
  runtime ??= Object.assign({}, ...(await Promise.all(files.map((f) => importTs(f, { root: DEFAULT_ROOT })))));
  return runtime;
}

// ---------------------------------------------------------------------------------------------------
// Dates

function parsePartial(date) {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

function isRealDate(date) {
  if (!PARTIAL_DATE.test(date)) return false;
  const parts = date.split('-').map(Number);
  const d = parsePartial(date);
  return (
    d.getUTCFullYear() === parts[0] &&
    (parts.length < 2 || d.getUTCMonth() + 1 === parts[1]) &&
    (parts.length < 3 || d.getUTCDate() === parts[2])
  );
}

/** `date` (YYYY-MM-DD) plus `months` calendar months (end of month when the day does not exist). */
export function addMonths(date, months) {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const out = new Date(Date.UTC(y, m - 1 + months, Math.min(d, last)));
  return out.toISOString().slice(0, 10);
}

export function addDays(date, days) {
  const d = parsePartial(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Freshness policy (issue #22): places with a pending change, a temporary order or low confidence are
 * re-checked within 60 days; medium confidence within 6 months; high within 12 months. Unsourced places
 * within 60 days (nothing is known).
 */
export function maxNextReview(place) {
  const j = place.jurisdiction;
  if (!j) return addDays(place.unsourced.checked, 60);
  const pending =
    j.rules?.includes('pending-change') ||
    Object.values(j.products ?? {}).some((p) => p?.rules?.includes('pending-change'));
  if (pending || j.temporary || j.confidence === 'low') return addDays(j.checked, 60);
  return addMonths(j.checked, j.confidence === 'medium' ? 6 : 12);
}

// ---------------------------------------------------------------------------------------------------
// Validation

function isLead(url, leads) {
  const bare = url
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  return LEAD_PATTERNS.some((re) => re.test(bare)) || leads.has(bare);
}

/** Bare form of every `leads` URL in the research file (`/work/shared/research/legal-status.json`), if present. */
export function researchLeads(file) {
  const leads = new Set();
  if (!file || !existsSync(file)) return leads;
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const entries = Array.isArray(data) ? data : (data.entries ?? data.jurisdictions ?? Object.values(data));
  for (const entry of entries) {
    for (const lead of entry?.leads ?? []) {
      const url = typeof lead === 'string' ? lead : lead?.url;
      if (url)
        leads.add(
          url
            .replace(/^https?:\/\/(www\.)?/i, '')
            .replace(/\/+$/, '')
            .toLowerCase(),
        );
    }
  }
  return leads;
}

/**
 * Problems with `entries` (an array of LegalPlace), one line each; empty when all are valid.
 * `today` = YYYY-MM-DD; `leads` = Set of bare lead URLs; `federal` = the US federal Jurisdiction (for 7-OH).
 */
export async function validateEntries(entries, { today, leads = new Set(), federal } = {}) {
  const rt = await loadRuntime();
  const problems = [];
  if (!Array.isArray(entries)) return ['input: expected a JSON array of LegalPlace entries'];
  const seen = new Set();
  const fed = entries.find((e) => e?.jurisdiction?.code === 'US')?.jurisdiction ?? federal;
  entries.forEach((place, index) => {
    const code = placeCode(place);
    const where = `entry ${index + 1}${code ? ` (${code})` : ''}`;
    const bad = (text) => problems.push(`${where}: ${text}`);
    if (!place || typeof place !== 'object') return bad('not an object');
    if (Boolean(place.jurisdiction) === Boolean(place.unsourced))
      return bad('needs exactly one of "jurisdiction" or "unsourced"');
    for (const key of Object.keys(place))
      if (!['jurisdiction', 'unsourced', 'sources'].includes(key)) bad(`unknown field "${key}"`);
    if (!place.sources || typeof place.sources !== 'object' || Array.isArray(place.sources))
      return bad('"sources" must be an object of source id → source');
    if (typeof code !== 'string' || !isValidIsoCode(code)) bad(`"${code}" is not a valid ISO 3166 code`);
    else if (seen.has(code)) bad('the same place appears twice in the input');
    seen.add(code);

    // Sources
    const sources = Object.entries(place.sources);
    for (const [id, s] of sources) {
      const at = `source ${id}`;
      if (!s || typeof s !== 'object') {
        bad(`${at}: not an object`);
        continue;
      }
      if (s.id !== id) bad(`${at}: its "id" must be "${id}"`);
      if (!/^legal-[a-z0-9-]+-\d+$/.test(id)) bad(`${at}: id must look like legal-<code>-<n>`);
      if (typeof s.title !== 'string' || !s.title.trim()) bad(`${at}: missing title`);
      if (typeof s.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(s.url)) bad(`${at}: missing or invalid url`);
      else if (isLead(s.url, leads))
        bad(`${at}: ${s.url} is a research lead (aggregator/vendor blog) and must not be cited`);
      if (!rt.SOURCE_KINDS.includes(s.kind)) bad(`${at}: missing or unknown kind "${s.kind}"`);
      if (typeof s.authors !== 'string') bad(`${at}: "authors" must be a string ('' when unknown)`);
      if (typeof s.venue !== 'string') bad(`${at}: "venue" must be a string`);
      if (s.year !== null && !Number.isInteger(s.year)) bad(`${at}: "year" must be a whole year or null`);
      if (s.year === null && !(typeof s.accessed === 'string' && FULL_DATE.test(s.accessed)))
        bad(`${at}: "accessed" (YYYY-MM-DD) is required when "year" is null`);
      if (s.seenVia !== undefined && (typeof s.seenVia !== 'string' || !s.seenVia.trim()))
        bad(`${at}: "seenVia" must name the document that cited it`);
    }

    const checkDates = (j) => {
      if (!(typeof j.checked === 'string' && FULL_DATE.test(j.checked) && isRealDate(j.checked)))
        bad(`checked "${j.checked}" is not a YYYY-MM-DD date`);
      else if (j.checked > today) bad(`checked ${j.checked} is after today (${today})`);
      if (!(typeof j.nextReview === 'string' && FULL_DATE.test(j.nextReview) && isRealDate(j.nextReview)))
        bad(`nextReview "${j.nextReview}" is not a YYYY-MM-DD date`);
      else if (FULL_DATE.test(j.checked ?? '')) {
        if (j.nextReview <= j.checked) bad(`nextReview ${j.nextReview} must be after checked ${j.checked}`);
        const max = maxNextReview(place);
        if (j.nextReview > max)
          bad(
            `nextReview ${j.nextReview} is later than the freshness policy allows (${max}; see docs/legal-editing.md)`,
          );
      }
    };

    if (place.unsourced) {
      const u = place.unsourced;
      if (!LEVELS.includes(u.level)) bad(`unknown level "${u.level}"`);
      if (!rt.LEGAL_STATUSES.includes(u.researchGuess)) bad(`unknown researchGuess "${u.researchGuess}"`);
      if (sources.length > 0) bad('an unsourced place has no sources (give it a "jurisdiction" instead)');
      checkDates(u);
      return;
    }

    const j = place.jurisdiction;
    if (!LEVELS.includes(j.level)) bad(`unknown level "${j.level}"`);
    if (!rt.LEGAL_STATUSES.includes(j.status)) bad(`missing or unknown status "${j.status}"`);
    if (!Array.isArray(j.rules)) bad('"rules" must be an array');
    for (const r of j.rules ?? []) if (!rt.LEGAL_RULES.includes(r)) bad(`unknown rule "${r}"`);
    for (const [product, rule] of Object.entries(j.products ?? {})) {
      if (!rt.PRODUCTS.includes(product)) bad(`unknown product "${product}"`);
      if (!rt.LEGAL_STATUSES.includes(rule?.status)) bad(`product ${product}: missing or unknown status`);
      for (const r of rule?.rules ?? [])
        if (!rt.LEGAL_RULES.includes(r)) bad(`product ${product}: unknown rule "${r}"`);
    }
    if (!(j.minimumAge === null || (Number.isInteger(j.minimumAge) && j.minimumAge > 0 && j.minimumAge < 100)))
      bad('"minimumAge" must be a whole number of years or null');
    if (j.minimumAgeUnverified && j.minimumAge === null)
      bad('"minimumAgeUnverified" is set but there is no minimumAge');
    if (j.effective !== null && !(typeof j.effective === 'string' && isRealDate(j.effective)))
      bad(`effective "${j.effective}" is not YYYY, YYYY-MM or YYYY-MM-DD (or null)`);
    if (typeof j.effectiveApproximate !== 'boolean') bad('"effectiveApproximate" must be true or false');
    if (!(j.instrument === null || (typeof j.instrument === 'string' && j.instrument.trim())))
      bad('"instrument" must be a name or null');
    if (!(typeof j.asOf === 'string' && isRealDate(j.asOf))) bad(`asOf "${j.asOf}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    else if (j.asOf > today) bad(`asOf ${j.asOf} is after today (${today})`);
    if (!CONFIDENCES.includes(j.confidence)) bad(`unknown confidence "${j.confidence}"`);
    if (typeof j.localRules !== 'boolean') bad('"localRules" must be true or false');
    checkDates(j);

    // Temporary orders
    if (j.temporary && !j.endDate) bad('a temporary or emergency order needs its "endDate"');
    if (j.endDate !== undefined) {
      if (!(typeof j.endDate === 'string' && isRealDate(j.endDate))) bad(`endDate "${j.endDate}" is not a date`);
      else if (!j.temporary) bad('"endDate" is only for temporary or emergency orders (set "temporary": true)');
      else if (j.effective && j.endDate <= j.effective)
        bad(`endDate ${j.endDate} is not after effective ${j.effective}`);
    }

    // History
    if (j.history !== undefined) {
      if (!Array.isArray(j.history) || j.history.length === 0) bad('"history" must be a non-empty array when present');
      let previous = '';
      for (const change of j.history ?? []) {
        if (!(typeof change?.date === 'string' && isRealDate(change.date)))
          bad(`history: "${change?.date}" is not a date`);
        else {
          if (change.date > today) bad(`history: ${change.date} is after today`);
          if (change.date < previous) bad('history: changes must be oldest first');
          previous = change.date;
        }
        if (!rt.LEGAL_STATUSES.includes(change?.status))
          bad(`history ${change?.date}: unknown status "${change?.status}"`);
        if (change?.product !== undefined && !rt.PRODUCTS.includes(change.product))
          bad(`history ${change.date}: unknown product "${change.product}"`);
      }
    }

    // Sources referenced
    if (!Array.isArray(j.sources) || j.sources.length === 0) bad('a sourced place needs at least one source id');
    for (const id of j.sources ?? []) if (!place.sources[id]) bad(`source id "${id}" is not in "sources"`);
    for (const id of Object.keys(place.sources))
      if (!(j.sources ?? []).includes(id) && !(j.localities ?? []).some((l) => l.sources?.includes(id)))
        bad(`source ${id} is in "sources" but nothing cites it`);
    for (const local of j.localities ?? []) {
      if (!local?.name) bad('locality without a name');
      if (!rt.LOCAL_RULE_KINDS.includes(local?.kind)) bad(`locality ${local?.name}: unknown kind "${local?.kind}"`);
      if (local?.date !== undefined && !isRealDate(local.date)) bad(`locality ${local.name}: bad date "${local.date}"`);
      if (!Array.isArray(local?.sources) || local.sources.length === 0) bad(`locality ${local?.name}: needs a source`);
      for (const id of local?.sources ?? [])
        if (!place.sources[id]) bad(`locality ${local.name}: source id "${id}" is not in "sources"`);
      // A city or county rule is listed only on a source whose kind is news or better: a vendor page
      // or an AI meeting summary is not enough. What kind of document it is decides here, not whether
      // the research opened it: a news report seen via another document still names the rule (the
      // badge says when its sources were not checked first-hand).
      const tiers = (local?.sources ?? [])
        .map((id) => place.sources[id])
        .filter((s) => s && rt.SOURCE_KINDS.includes(s.kind))
        .map((s) => rt.legalSourceTier({ ...s, seenVia: undefined }));
      if (Array.isArray(local?.sources) && local.sources.length > 0 && !tiers.some((t) => LOCALITY_TIERS.includes(t)))
        bad(
          `locality ${local.name}: no source of tier news or better (${tiers.join(', ') || 'none'}); leave it out of "localities" and keep "localRules"`,
        );
    }
    if ((j.localities ?? []).length > 0 && !j.localRules) bad('has localities but "localRules" is false');

    // Tiers: an interested-party-only place shows at most low confidence.
    const cited = (j.sources ?? []).map((id) => place.sources[id]).filter((s) => s && rt.SOURCE_KINDS.includes(s.kind));
    if (cited.length > 0 && rt.bestTier(cited) === 'interested' && j.confidence !== 'low')
      bad(`confidence "${j.confidence}" but the best source is advocacy/vendor/forum: at most "low"`);

    // 7-OH: never inherited from the leaf status.
    if (rt.LEGAL_STATUSES.includes(j.status) && Array.isArray(j.rules)) {
      const answer = rt.sevenOhRule(j, code === 'US' ? undefined : fed);
      if (!answer || !answer.status) bad('no 7-OH answer');
      else if (answer.basis !== 'explicit' && (answer.status === 'legal' || answer.status === 'regulated'))
        bad(`7-OH answer "${answer.status}" is not explicit: add products["7-oh"] or leave it not verified`);
      if (code === 'US' && !j.products?.['7-oh']) bad('the US federal layer needs an explicit products["7-oh"] entry');
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Reading and writing place files

async function format(code) {
  const options = (await prettier.resolveConfig(join(DEFAULT_ROOT, PLACES, 'x.ts'))) ?? {};
  return prettier.format(code, { ...options, parser: 'typescript' });
}

/**
 * The record of a place (what the closed badge needs): the entry, and for a sourced entry the best tier
 * of its own sources and whether they were all only seen cited, so the badge needs no source to show
 * its confidence.
 */
export async function placeRecord(place) {
  if (!place.jurisdiction) return { unsourced: place.unsourced };
  const rt = await loadRuntime();
  const own = place.jurisdiction.sources.map((id) => place.sources[id]).filter(Boolean);
  const tier = rt.bestTier(own);
  return {
    jurisdiction: place.jurisdiction,
    ...(tier ? { bestTier: tier } : {}),
    secondHandOnly: rt.onlySeenVia(own),
  };
}

/** Place object → record module text (unformatted). */
export async function placeModule(place) {
  return [
    `/** ${placeCode(place)}: written by \`npm run legal:update\` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ${sourcesFile(placeCode(place))}. */`,
    `import type { LegalPlaceRecord } from '../place-record.js';`,
    '',
    `const place: LegalPlaceRecord = ${JSON.stringify(await placeRecord(place), null, 2)};`,
    '',
    'export default place;',
    '',
  ].join('\n');
}

/** Place object → sources module text (unformatted); only for a place with sources. */
export function sourcesModule(place) {
  return [
    `/** Sources of ${placeCode(place)}, shown in the details: written by \`npm run legal:update\` (scripts/legal-update.mjs). */`,
    `import type { LegalPlaceSources } from '../place-record.js';`,
    '',
    `const sources: LegalPlaceSources = ${JSON.stringify(place.sources, null, 2)};`,
    '',
    'export default sources;',
    '',
  ].join('\n');
}

/** Codes in data order, from places/index.ts (empty when there is none yet). */
export function readPlaceCodes(root = DEFAULT_ROOT) {
  const file = join(root, PLACES, 'index.ts');
  if (!existsSync(file)) return [];
  const match = /PLACE_CODES: readonly string\[\] = \[([^\]]*)\]/.exec(readFileSync(file, 'utf8'));
  return match ? [...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1]) : [];
}

const readModule = (file) => moduleExports(readFileSync(file, 'utf8'), file).default;

/** The place stored for `code` (its record and its sources, as one `LegalPlace`), or undefined. */
export function readPlace(code, root = DEFAULT_ROOT) {
  const file = join(root, PLACES, placeFile(code));
  if (!existsSync(file)) return undefined;
  const record = readModule(file);
  const sources = join(root, PLACES, sourcesFile(code));
  return record.jurisdiction
    ? {
        jurisdiction: record.jurisdiction,
        sources: existsSync(sources) ? readModule(sources) : (record.sources ?? {}),
      }
    : { unsourced: record.unsourced, sources: {} };
}

/** `true` when `code` has a sources file. */
function hasSources(code, root) {
  return existsSync(join(root, PLACES, sourcesFile(code)));
}

function identifier(code) {
  return `place_${code.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
}

const js = (file) => file.replace(/\.ts$/, '.js');

/** `withSources`: the codes that have a sources file (a place the research found no source for has none). */
export function indexModule(codes, withSources = codes) {
  return [
    '/** Generated by `npm run legal:update` (scripts/legal-update.mjs): every place, in data order. Do not edit. */',
    `import type { LegalPlaceRecord, LegalPlaceSources } from '../place-record.js';`,
    '',
    `export const PLACE_CODES: readonly string[] = [${codes.map((c) => `'${c}'`).join(', ')}];`,
    '',
    '/** One lazy loader per place record (each is its own chunk): what the closed badge needs. */',
    'export const PLACE_LOADERS: Readonly<Record<string, () => Promise<{ default: LegalPlaceRecord }>>> = {',
    ...codes.map((c) => `  '${c}': () => import('./${js(placeFile(c))}'),`),
    '};',
    '',
    '/** One lazy loader per place with sources (each is its own chunk): loaded for the details. */',
    'export const SOURCE_LOADERS: Readonly<Record<string, () => Promise<{ default: LegalPlaceSources }>>> = {',
    ...codes.filter((c) => withSources.includes(c)).map((c) => `  '${c}': () => import('./${js(sourcesFile(c))}'),`),
    '};',
    '',
  ].join('\n');
}

/**
 * The two modules that gather every place (places/all-records.ts and all-sources.ts): a page with many
 * badges, or `loadLegalData()`, loads one of them instead of a chunk per place. Shipped builds write
 * each as one self-contained JSON chunk (scripts/json-data.mjs).
 */
export function allModules(codes, withSources = codes) {
  const gather = (name, type, list, file, suffix, doc) => [
    '/** Generated by `npm run legal:update` (scripts/legal-update.mjs): every place, statically, in data order. Do not edit. */',
    `import type { ${type} } from '../place-record.js';`,
    ...list.map((c) => `import ${identifier(c)}${suffix} from './${js(file(c))}';`),
    '',
    `/** ${doc} */`,
    `export const ${name}: Readonly<Record<string, ${type}>> = {${list.map((c) => `'${c}': ${identifier(c)}${suffix}`).join(', ')}};`,
    '',
  ];
  return {
    'all-records.ts': gather(
      'ALL_RECORDS',
      'LegalPlaceRecord',
      codes,
      placeFile,
      '',
      'Every place record, by code, in data order.',
    ).join('\n'),
    'all-sources.ts': gather(
      'ALL_SOURCES',
      'LegalPlaceSources',
      codes.filter((c) => withSources.includes(c)),
      sourcesFile,
      '_sources',
      'The sources of every place that has some, by code.',
    ).join('\n'),
  };
}

/**
 * Writes `places` (replacing files of the same code), then index.ts, all-records.ts and all-sources.ts. New codes are appended
 * to the data order unless `order` (full code list) is given. Returns the codes whose file changed.
 */
export async function writePlaces(places, { root = DEFAULT_ROOT, order } = {}) {
  const dir = join(root, PLACES);
  mkdirSync(dir, { recursive: true });
  const codes = order ? [...order] : readPlaceCodes(root);
  const changed = [];
  for (const place of places) {
    const code = placeCode(place);
    const file = join(dir, placeFile(code));
    const sources = join(dir, sourcesFile(code));
    const text = await format(await placeModule(place));
    const sourcesText = place.jurisdiction ? await format(sourcesModule(place)) : undefined;
    let fileChanged = false;
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      writeFileSync(file, text);
      fileChanged = true;
    }
    if (sourcesText === undefined) {
      if (existsSync(sources)) {
        rmSync(sources);
        fileChanged = true;
      }
    } else if (!existsSync(sources) || readFileSync(sources, 'utf8') !== sourcesText) {
      writeFileSync(sources, sourcesText);
      fileChanged = true;
    }
    if (fileChanged) changed.push(code);
    if (!codes.includes(code)) codes.push(code);
  }
  for (const code of codes)
    if (!existsSync(join(dir, placeFile(code)))) throw new Error(`${PLACES}/${placeFile(code)} is missing`);
  const withSources = codes.filter((c) => hasSources(c, root));
  writeFileSync(join(dir, 'index.ts'), await format(indexModule(codes, withSources)));
  for (const [file, text] of Object.entries(allModules(codes, withSources)))
    writeFileSync(join(dir, file), await format(text));
  return changed;
}

// ---------------------------------------------------------------------------------------------------
// Content version and CHANGELOG

/** Next legal content version for `today`: same month → n + 1, else YYYY.MM.0. */
export function nextContentVersion(current, today) {
  const [y, m] = today.split('-');
  const match = CONTENT_VERSION.exec(current ?? '');
  if (match && match[1] === y && match[2] === m) return `${y}.${m}.${Number(match[3]) + 1}`;
  return `${y}.${m}.0`;
}

export function bumpReview(root, today, entryReviews = []) {
  const file = join(root, 'src/content/review.ts');
  const text = readFileSync(file, 'utf8');
  const re = /(legal: \{[^}]*lastReviewed: ')([^']*)('[^}]*nextReview: ')([^']*)('[^}]*contentVersion: ')([^']*)(')/;
  const match = re.exec(text);
  if (!match) throw new Error('src/content/review.ts: legal review entry not found');
  const version = nextContentVersion(match[6], today);
  // The area is due when its earliest place is due.
  const next = [match[4], ...entryReviews].filter((d) => d > today).sort()[0] ?? match[4];
  writeFileSync(file, text.replace(re, `$1${today}$3${next}$5${version}$7`));
  return version;
}

/** Adds `- line` under "### Content" of the "## Unreleased" section (created when missing). */
export function addChangelogLine(root, line) {
  const file = join(root, 'CHANGELOG.md');
  let text = readFileSync(file, 'utf8');
  let start = text.search(/^## Unreleased[^\n]*$/m);
  if (start < 0) {
    const first = text.search(/^## /m);
    const at = first < 0 ? text.length : first;
    text = `${text.slice(0, at)}## Unreleased\n\n${text.slice(at)}`;
    start = at;
  }
  const afterHeading = text.indexOf('\n', start) + 1;
  const nextRelease = text.slice(afterHeading).search(/^## /m);
  const end = nextRelease < 0 ? text.length : afterHeading + nextRelease;
  const section = text.slice(afterHeading, end);
  const content = /^### Content[^\n]*\n\n?/m.exec(section);
  if (content) {
    const at = afterHeading + content.index + content[0].length;
    text = `${text.slice(0, at)}- ${line}\n${text.slice(at)}`;
  } else {
    const body = section.replace(/\n+$/, '');
    text = `${text.slice(0, afterHeading)}${body}\n\n### Content\n\n- ${line}\n\n${text.slice(end)}`;
  }
  writeFileSync(file, text);
}

function describe(codes) {
  if (codes.length <= 12) return codes.join(', ');
  return `${codes.length} places (${codes.join(', ')})`;
}

// ---------------------------------------------------------------------------------------------------
// Command

export async function update(entries, { root = DEFAULT_ROOT, today, dryRun = false, leadsFile } = {}) {
  const leads = researchLeads(leadsFile);
  const federal = readPlace('US', root)?.jurisdiction;
  const problems = await validateEntries(entries, { today, leads, federal });
  if (problems.length > 0 || dryRun) return { problems, written: [] };
  const written = await writePlaces(entries, { root });
  if (written.length === 0) return { problems, written };
  const reviews = entries.map((e) => (e.jurisdiction ?? e.unsourced).nextReview);
  const version = bumpReview(root, today, reviews);
  const line = `Legal data ${version} (checked ${today}): updated ${describe(written)}.`;
  addChangelogLine(root, line);
  await addHistoryLine(root, { version, date: today, area: 'legal', line });
  return { problems, written, version };
}

async function main(argv) {
  let today = new Date().toISOString().slice(0, 10);
  let root = DEFAULT_ROOT;
  let dryRun = false;
  let leadsFile = '/work/shared/research/legal-status.json';
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--today') today = argv[++i];
    else if (arg === '--root') root = resolve(argv[++i]);
    else if (arg === '--dry-run') dryRun = true;
    else if (arg === '--leads') leadsFile = argv[++i];
    else files.push(arg);
  }
  if (files.length !== 1) {
    console.error('usage: npm run legal:update -- <entries.json> [--dry-run] [--today YYYY-MM-DD]');
    return 2;
  }
  let entries;
  try {
    entries = JSON.parse(readFileSync(files[0], 'utf8'));
  } catch (error) {
    console.error(`legal:update: cannot read ${files[0]}: ${error.message}`);
    return 1;
  }
  const { problems, written, version } = await update(entries, { root, today, dryRun, leadsFile });
  if (problems.length > 0) {
    for (const p of problems) console.error(`legal:update: ${p}`);
    console.error(`legal:update: ${problems.length} problem(s); nothing written.`);
    return 1;
  }
  if (dryRun) console.log(`legal:update: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} valid (dry run).`);
  else if (written.length === 0) console.log('legal:update: no place changed; nothing to do.');
  else console.log(`legal:update: wrote ${written.length} place(s); legal content version ${version}.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
