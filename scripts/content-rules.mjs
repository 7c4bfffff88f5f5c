/**
 * The rules of `npm run content:check`, as pure functions over the content modules so the tests
 * in scripts/tests/ can feed them deliberately broken fixtures.
 */

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2]))?(-(0[1-9]|[12]\d|3[01]))?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const LEGAL_STATUSES = ['legal', 'regulated', 'restricted', 'banned', 'unclear'];
const EVIDENCE_LEVELS = [
  'in-vitro',
  'animal',
  'human-case-reports',
  'human-observational',
  'human-controlled',
  'regulator',
];
/** ISO 3166-2:US: 50 states + DC (US territories have their own alpha-2 codes). */
const US_SUBDIVISIONS = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'
    .split(' ')
    .map((s) => `US-${s}`),
);
/** ISO 3166-1 "exceptionally reserved" codes we accept as jurisdictions. */
const EXCEPTIONALLY_RESERVED = new Set(['EU']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export function isValidIsoCode(code) {
  if (typeof code !== 'string') return false;
  if (EXCEPTIONALLY_RESERVED.has(code)) return true;
  if (/^[A-Z]{2}$/.test(code)) return Boolean(regionNames.of(code)) && !['ZZ', 'XX', 'AA', 'QO'].includes(code);
  return US_SUBDIVISIONS.has(code);
}

function isHttpUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Problems with a set of bibliography entries. */
export function checkSources(sources, label) {
  const problems = [];
  for (const [key, s] of Object.entries(sources)) {
    const id = s?.id ?? key;
    if (s.id !== key) problems.push(`${label} source ${key}: id field is "${s.id}"`);
    if (!s.url || !isHttpUrl(s.url)) problems.push(`${label} source ${id}: missing or invalid URL`);
    if (!s.title || !String(s.title).trim()) problems.push(`${label} source ${id}: missing title`);
    if (s.year === null || s.year === undefined) {
      if (!s.accessed || !FULL_DATE.test(s.accessed))
        problems.push(`${label} source ${id}: missing year (and no accessed date)`);
    } else if (!Number.isInteger(s.year) || s.year < 1900 || s.year > 2100) {
      problems.push(`${label} source ${id}: invalid year ${s.year}`);
    }
  }
  return problems;
}

/** Problems with claims: level, ≥ 1 source, every source id known. */
export function checkClaims(located, sources) {
  const problems = [];
  for (const { where, claim } of located) {
    const id = claim?.id ?? '(no id)';
    if (!EVIDENCE_LEVELS.includes(claim.level))
      problems.push(`claim ${id} (${where}): unknown evidence level "${claim.level}"`);
    if (!claim.sources || claim.sources.length === 0) problems.push(`claim ${id} (${where}): no source`);
    for (const s of claim.sources ?? [])
      if (!(s in sources)) problems.push(`claim ${id} (${where}): unknown source id "${s}"`);
  }
  return problems;
}

/** Problems with other source-id lists (urgent signs, leaf shares, identity). */
export function checkSourceRefs(refs, sources) {
  const problems = [];
  for (const { where, ids, required } of refs) {
    if (required && ids.length === 0) problems.push(`${where}: no source`);
    for (const s of ids) if (!(s in sources)) problems.push(`${where}: unknown source id "${s}"`);
  }
  return problems;
}

/** Problems with legal entries. */
export function checkJurisdictions(jurisdictions, unsourced, legalSources) {
  const problems = [];
  const seen = new Set();
  for (const j of jurisdictions) {
    const code = j.code;
    if (seen.has(code)) problems.push(`jurisdiction ${code}: duplicate`);
    seen.add(code);
    if (!isValidIsoCode(code)) problems.push(`jurisdiction ${code}: not a valid ISO 3166 code`);
    if (!LEGAL_STATUSES.includes(j.status)) problems.push(`jurisdiction ${code}: missing or unknown status`);
    for (const [product, rule] of Object.entries(j.products ?? {})) {
      if (!LEGAL_STATUSES.includes(rule.status))
        problems.push(`jurisdiction ${code}: product ${product} has no valid status`);
    }
    if (!j.asOf || !PARTIAL_DATE.test(j.asOf)) problems.push(`jurisdiction ${code}: missing or invalid as-of date`);
    if (!j.checked || !FULL_DATE.test(j.checked))
      problems.push(`jurisdiction ${code}: missing or invalid checked date`);
    if (!j.nextReview || !FULL_DATE.test(j.nextReview))
      problems.push(`jurisdiction ${code}: missing or invalid next-review date`);
    if (j.effective !== null && !PARTIAL_DATE.test(j.effective))
      problems.push(`jurisdiction ${code}: invalid effective date "${j.effective}"`);
    if (!j.sources || j.sources.length === 0) problems.push(`jurisdiction ${code}: no sources`);
    for (const s of j.sources ?? [])
      if (!(s in legalSources)) problems.push(`jurisdiction ${code}: unknown source id "${s}"`);
    if (!j.rules || j.rules.length === 0) problems.push(`jurisdiction ${code}: no rules`);
  }
  for (const u of unsourced) {
    if (seen.has(u.code)) problems.push(`jurisdiction ${u.code}: listed as sourced and unsourced`);
    seen.add(u.code);
    if (!isValidIsoCode(u.code)) problems.push(`jurisdiction ${u.code}: not a valid ISO 3166 code`);
    if (!u.nextReview || !FULL_DATE.test(u.nextReview))
      problems.push(`jurisdiction ${u.code}: missing or invalid next-review date`);
  }
  return problems;
}

/**
 * Shipped English country names (`COUNTRY_NAMES_EN`): one per covered country code (two letters,
 * not EU), none for codes the data does not cover, each equal to CLDR's English name as this
 * Node reports it (the name Intl.DisplayNames would give).
 */
export function checkCountryNames(codes, namesEn, cldrName = (code) => regionNames.of(code)) {
  const problems = [];
  const countries = new Set(codes.filter((c) => /^[A-Z]{2}$/.test(c) && !EXCEPTIONALLY_RESERVED.has(c)));
  for (const code of countries) {
    const name = namesEn[code];
    const cldr = cldrName(code);
    if (!name) problems.push(`country ${code}: no English name in COUNTRY_NAMES_EN`);
    else if (cldr && name !== cldr)
      problems.push(`country ${code}: English name "${name}" differs from CLDR "${cldr}"`);
  }
  for (const code of Object.keys(namesEn))
    if (!countries.has(code)) problems.push(`country ${code}: named in COUNTRY_NAMES_EN but not in the legal data`);
  return problems;
}

// ---- Readability (Flesch-Kincaid grade level) ----

/** Syllables in an English word (standard heuristic: vowel groups, silent e, -le). */
export function syllables(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Words of a text; hyphenated names and numbers count as one word. */
export function words(text) {
  return text
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

export function sentenceCount(text) {
  const n = text.split(/[.!?]+(?:\s|$)/).filter((s) => words(s).length > 0).length;
  return Math.max(1, n);
}

/** Flesch-Kincaid grade of a text. */
export function fleschKincaid(text) {
  const w = words(text);
  if (w.length === 0) return 0;
  const syl = w.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (w.length / sentenceCount(text)) + 11.8 * (syl / w.length) - 15.59;
}

/**
 * FK on very short strings is noise (one long drug name swings a 5-word sentence by several
 * grades), so each item is scored on its own only from `MIN_WORDS` words; every item still counts
 * in its area's grade, which is reported and must also stay within the limit.
 */
export const MIN_WORDS = 10;
export const MAX_GRADE = 9;

/** Scores texts `{ area, id, text }`; returns `{ problems, areas }`. */
export function checkReadability(texts, maxGrade = MAX_GRADE) {
  const problems = [];
  const byArea = new Map();
  for (const t of texts) {
    const list = byArea.get(t.area) ?? [];
    list.push(t.text);
    byArea.set(t.area, list);
    if (words(t.text).length >= MIN_WORDS) {
      const grade = fleschKincaid(t.text);
      if (grade > maxGrade)
        problems.push(`text ${t.id}: Flesch-Kincaid grade ${grade.toFixed(1)} > ${maxGrade}: "${t.text}"`);
    }
  }
  const areas = {};
  for (const [area, list] of byArea) {
    const grade = fleschKincaid(list.map((s) => (/[.!?]$/.test(s.trim()) ? s : `${s}.`)).join(' '));
    areas[area] = Number(grade.toFixed(1));
    if (grade > maxGrade) problems.push(`area ${area}: Flesch-Kincaid grade ${grade.toFixed(1)} > ${maxGrade}`);
  }
  return { problems, areas };
}
