/**
 * The rules of `npm run content:check`, as pure functions over the content modules so the tests
 * in scripts/tests/ can feed them deliberately broken fixtures.
 */
import { importTs } from './lib/import-ts.mjs';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2]))?(-(0[1-9]|[12]\d|3[01]))?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// The vocabularies come from the content model itself, so a new status or level cannot drift.
const [{ LEGAL_STATUSES, EVIDENCE_LEVELS }, { SUBDIVISION_CODES }] = await Promise.all([
  importTs('src/content/types.ts'),
  importTs('src/content/legal/place-names.ts'),
]);
/** ISO 3166-2:US: 50 states + DC (US territories have their own alpha-2 codes). */
const US_SUBDIVISIONS = new Set(SUBDIVISION_CODES);
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

// ---- Readability (Flesch-Kincaid grade and SMOG, numbers and acronyms counted as spoken) ----

/** Syllables in an ordinary English word (standard heuristic: vowel groups, silent e, -le). */
export function syllables(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Exact syllables of the words numbers are spoken with (the heuristic miscounts "hundred", "ninety"). */
const NUMBER_WORD_SYLLABLES = {
  zero: 2,
  one: 1,
  two: 1,
  three: 1,
  four: 1,
  five: 1,
  six: 1,
  seven: 2,
  eight: 1,
  nine: 1,
  ten: 1,
  eleven: 3,
  twelve: 1,
  thirteen: 2,
  fourteen: 2,
  fifteen: 2,
  sixteen: 2,
  seventeen: 3,
  eighteen: 2,
  nineteen: 2,
  twenty: 2,
  thirty: 2,
  forty: 2,
  fifty: 2,
  sixty: 2,
  seventy: 3,
  eighty: 2,
  ninety: 2,
  hundred: 2,
  thousand: 2,
  million: 2,
  billion: 2,
  point: 1,
  percent: 2,
  to: 1,
  oh: 1,
};
/** Letters spelled out: every Latin letter is one syllable except W ("double-u"). */
const LETTER_SYLLABLES = { w: 3 };
/** Greek letters as spoken ("beta-arrestin", "μ-opioid"). */
const GREEK = { α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', κ: 'kappa', μ: 'mu' };
/**
 * Acronyms that English speakers say as a word, not letter by letter (kept short on purpose: every
 * other all-capital or letter-and-digit token is spelled out, as a reader would say it).
 */
const SPOKEN_AS_WORD = { NSAID: 2, NIDA: 2, COVID: 2, AIDS: 1, NASA: 2 };

/** Words a whole number is spoken with ("2016" → twenty sixteen, "1174" → one thousand one hundred seventy four). */
export function integerWords(n) {
  if (n < 20) return [ONES[n]];
  if (n < 100) return n % 10 ? [TENS[Math.floor(n / 10)], ONES[n % 10]] : [TENS[n / 10]];
  if (n < 1000) return [ONES[Math.floor(n / 100)], 'hundred', ...(n % 100 ? integerWords(n % 100) : [])];
  for (const [size, name] of [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ]) {
    if (n >= size) return [...integerWords(Math.floor(n / size)), name, ...(n % size ? integerWords(n % size) : [])];
  }
  return [];
}

/** Words a number token is spoken with: years in pairs ("1996" → nineteen ninety six), decimals with "point". */
export function numberWords(token) {
  const plain = token.replace(/,(?=\d{3}\b)/g, '');
  const [whole, frac] = plain.split('.');
  const n = Number(whole);
  let out;
  if (
    !token.includes(',') &&
    /^\d{4}$/.test(whole) &&
    frac === undefined &&
    n >= 1100 &&
    n <= 2099 &&
    !(n >= 2000 && n <= 2009)
  ) {
    const hi = Math.floor(n / 100);
    const lo = n % 100;
    out = [...integerWords(hi), ...(lo === 0 ? ['hundred'] : lo < 10 ? ['oh', ...integerWords(lo)] : integerWords(lo))];
  } else out = integerWords(n);
  if (frac !== undefined && frac !== '') out = [...out, 'point', ...[...frac].map((d) => ONES[Number(d)])];
  return out;
}

function wordListSyllables(list) {
  return list.reduce((sum, w) => sum + (NUMBER_WORD_SYLLABLES[w] ?? syllables(w)), 0);
}

/** Is this hyphen-free piece an acronym or letter-digit code (FDA, OH, CYP3A4, PGE2, HT1A)? */
function isCode(piece) {
  const stem = piece.replace(/s$/, '');
  if (/\d/.test(stem) && /[A-Za-z]/.test(stem)) return true;
  return stem.length >= 2 && /^[A-Z]+$/.test(stem);
}

/** Syllables of a letter-digit code spelled out as spoken: letters one by one, digit runs as numbers. */
function codeSyllables(piece) {
  const stem = /[A-Z]s$/.test(piece) ? piece.slice(0, -1) : piece; // plural "s" adds no syllable
  if (stem.toUpperCase() in SPOKEN_AS_WORD && stem === stem.toUpperCase()) return SPOKEN_AS_WORD[stem];
  let sum = 0;
  for (const part of stem.match(/\d+|[A-Za-z]/g) ?? []) {
    if (/^\d+$/.test(part)) sum += wordListSyllables(numberWords(part));
    else sum += LETTER_SYLLABLES[part.toLowerCase()] ?? 1;
  }
  return sum;
}

/**
 * Syllables of one word token as a reader says it: numbers are spoken ("12%" → twelve percent: 3,
 * "2–3" → two to three: 3, "2016" → twenty sixteen: 4), acronyms and letter-digit codes letter by
 * letter ("FDA" 3, "CYP3A4" 6, "5-HT1A" 5, "7-OH" 4), Greek letters by name; other words by the
 * heuristic above. A token stays one word, however many syllables it has.
 */
export function spokenSyllables(token) {
  let t = token;
  for (const [g, name] of Object.entries(GREEK)) t = t.replaceAll(g, `-${name}-`);
  let sum = 0;
  // Ranges and hyphenated pieces: "2–3" is "two to three"; "5-HT1A" is "five H T one A".
  const pieces = t.split(/([–—-])/);
  for (let i = 0; i < pieces.length; i++) {
    let p = pieces[i];
    if (p === '–' || p === '—' || p === '-') {
      if (p !== '-' && /\d$/.test(pieces[i - 1] ?? '') && /^\d/.test(pieces[i + 1] ?? '')) sum += 1; // "to"
      continue;
    }
    if (p.endsWith('%')) {
      sum += NUMBER_WORD_SYLLABLES.percent;
      p = p.slice(0, -1);
    }
    p = p.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!p) continue;
    if (/^\d[\d,]*(\.\d+)?$/.test(p)) sum += wordListSyllables(numberWords(p));
    else if (/^\d+(st|nd|rd|th)$/.test(p)) sum += wordListSyllables(numberWords(p.replace(/\D/g, '')));
    else if (isCode(p)) sum += codeSyllables(p);
    else sum += p in NUMBER_WORD_SYLLABLES ? NUMBER_WORD_SYLLABLES[p] : syllables(p);
  }
  return Math.max(1, sum);
}

/** Words of a text; hyphenated names and numbers count as one word ("2 – 3" is one range). */
export function words(text) {
  return text
    .replace(/(\d)\s+([–—])\s+(\d)/g, '$1$2$3')
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

export function sentenceCount(text) {
  const n = text.split(/[.!?]+(?:\s|$)/).filter((s) => words(s).length > 0).length;
  return Math.max(1, n);
}

/** Counts a text needs for FK and SMOG, with spoken syllables. */
export function textStats(text) {
  const w = words(text);
  const syl = w.map(spokenSyllables);
  return {
    words: w.length,
    sentences: sentenceCount(text),
    syllables: syl.reduce((a, b) => a + b, 0),
    polysyllables: syl.filter((n) => n >= 3).length,
  };
}

/** Flesch-Kincaid grade of a text (numbers and acronyms counted as spoken). */
export function fleschKincaid(text) {
  const s = textStats(text);
  if (s.words === 0) return 0;
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

/**
 * SMOG grade (McLaughlin 1969, the usual measure for health materials): 1.0430 × √(words of 3+
 * syllables × 30 / sentences) + 3.1291, with numbers and acronyms counted as spoken.
 */
export function smog(text) {
  const s = textStats(text);
  if (s.words === 0) return 0;
  return 1.043 * Math.sqrt((s.polysyllables * 30) / s.sentences) + 3.1291;
}

/**
 * FK on very short strings is noise (one long drug name swings a 5-word sentence by several
 * grades), so each item is scored on its own only from `MIN_WORDS` words (limit `MAX_GRADE`); every
 * item still counts in its area's grades, which must stay within `AREA_MAX_FK` and `AREA_MAX_SMOG`.
 */
export const MIN_WORDS = 10;
export const MAX_GRADE = 9;
export const AREA_MAX_FK = 8;
export const AREA_MAX_SMOG = 9;

/**
 * Scores texts `{ area, id, text }`; returns `{ problems, areas, smog }` (`areas`: FK grade per
 * area, `smog`: SMOG grade per area, both to one decimal).
 */
export function checkReadability(texts, limits = {}) {
  const { item = MAX_GRADE, areaFk = AREA_MAX_FK, areaSmog = AREA_MAX_SMOG } = limits;
  const problems = [];
  const byArea = new Map();
  for (const t of texts) {
    const list = byArea.get(t.area) ?? [];
    list.push(t.text);
    byArea.set(t.area, list);
    if (words(t.text).length >= MIN_WORDS) {
      const grade = fleschKincaid(t.text);
      if (grade > item) problems.push(`text ${t.id}: Flesch-Kincaid grade ${grade.toFixed(1)} > ${item}: "${t.text}"`);
    }
  }
  const areas = {};
  const smogs = {};
  for (const [area, list] of byArea) {
    const all = list.map((s) => (/[.!?]$/.test(s.trim()) ? s : `${s}.`)).join(' ');
    const grade = fleschKincaid(all);
    const sm = smog(all);
    areas[area] = Number(grade.toFixed(1));
    smogs[area] = Number(sm.toFixed(1));
    if (grade > areaFk) problems.push(`area ${area}: Flesch-Kincaid grade ${grade.toFixed(1)} > ${areaFk}`);
    if (sm > areaSmog) problems.push(`area ${area}: SMOG grade ${sm.toFixed(1)} > ${areaSmog}`);
  }
  return { problems, areas, smog: smogs };
}

// ---- Rules that keep the content audit's faults (review-2026-12/content-audit.md) from returning ----

/** Evidence levels that name a kind of study: they need at least one study among their sources. */
export const STUDY_LEVELS = ['in-vitro', 'animal', 'human-case-reports', 'human-observational', 'human-controlled'];
/** Source kinds that are studies (or reviews of studies). */
export const STUDY_KINDS = ['peer-reviewed', 'review', 'case-report', 'survey', 'preprint'];
/** Source kinds that are a regulator's or lawmaker's own word. */
export const AUTHORITY_KINDS = ['regulator', 'legal-primary'];
/** Source kinds that only report what someone else said. */
export const REPORT_KINDS = ['news', 'secondary'];

/**
 * A study-type evidence level on a claim whose sources are all non-studies (a chip saying "Animal
 * studies" over a news story), or a "health authority" level without a regulator's own document.
 * `newsOnlyShown` (boolean, or a function of the located claim): the chip that shows the claim says
 * when a health-authority claim rests only on news or secondary copies; then such claims are
 * accepted (the reader is told).
 */
export function checkEvidenceKinds(located, sources, { newsOnlyShown = false } = {}) {
  const problems = [];
  for (const entry of located) {
    const { where, claim } = entry;
    const kinds = (claim.sources ?? []).map((id) => sources[id]?.kind).filter(Boolean);
    if (kinds.length === 0) continue; // "no source" / unknown ids are reported by checkClaims
    const id = claim?.id ?? '(no id)';
    if (STUDY_LEVELS.includes(claim.level) && !kinds.some((k) => STUDY_KINDS.includes(k)))
      problems.push(
        `claim ${id} (${where}): evidence level "${claim.level}" but no source is a study (${[...new Set(kinds)].join(', ')})`,
      );
    if (claim.level === 'regulator' && !kinds.some((k) => AUTHORITY_KINDS.includes(k))) {
      const newsOnly = kinds.every((k) => REPORT_KINDS.includes(k));
      const shown = typeof newsOnlyShown === 'function' ? newsOnlyShown(entry) : newsOnlyShown;
      if (!(shown && newsOnly))
        problems.push(
          `claim ${id} (${where}): evidence level "regulator" but no source is a regulator's or lawmaker's own document (${[...new Set(kinds)].join(', ')})`,
        );
    }
  }
  return problems;
}

/**
 * Short citations shown together (one claim, one card, one section) must be distinct, and each must
 * start with an author or organisation of its source, never a journal or a title fragment.
 * `lists`: `{ where, ids }`; `shortCitations(sources)`: the labels the widgets show, in order.
 */
export function checkShortCitations(lists, sources, shortCitations) {
  const problems = [];
  const norm = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const reported = new Set();
  for (const { where, ids } of lists) {
    const list = [...new Set(ids)].map((id) => sources[id]).filter(Boolean);
    if (list.length === 0) continue;
    const labels = shortCitations(list);
    const seen = new Map();
    labels.forEach((label, i) => {
      const src = list[i];
      if (seen.has(label))
        problems.push(`${where}: short citation "${label}" is shown for both ${seen.get(label)} and ${src.id}`);
      else seen.set(label, src.id);
      const first = String(label).trim().split(/\s+/)[0] ?? '';
      const authorWords = new Set(
        norm(src.authors ?? '')
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean),
      );
      const firstWords = norm(first)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      // A work cited by its title (authors not seen in any copy; see Source.authorsNotSeen).
      const titleWords = new Set(
        norm(src.title ?? '')
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean),
      );
      const byTitle =
        src.authorsNotSeen === true && firstWords.length > 0 && firstWords.every((w) => titleWords.has(w));
      const ok = byTitle || (firstWords.length > 0 && firstWords.every((w) => authorWords.has(w)));
      const key = src.id;
      if (!ok && !reported.has(key)) {
        reported.add(key);
        problems.push(
          `source ${src.id}: short citation "${label}" does not start with an author or organisation (authors: "${src.authors ?? ''}")`,
        );
      }
    });
  }
  return problems;
}

/**
 * Bibliography completeness: a real title (not empty, not a bracketed or descriptive label such as
 * "[Title not seen: …]"), an author or organisation, and a year or the date the page was read. The
 * one exception: an entry whose authors no readable copy showed (`authorsNotSeen`) may go without
 * them only when a DOI or PMID identifies it; `authorsToAdd` lists those entries.
 */
export function checkBibliography(sources, label) {
  const problems = [];
  for (const [key, s] of Object.entries(sources)) {
    const id = s?.id ?? key;
    const title = String(s.title ?? '').trim();
    if (title && (/^\[/.test(title) || /^title not seen/i.test(title)))
      problems.push(
        `${label} source ${id}: bracketed or descriptive title "${title}" (give the document's real title)`,
      );
    if (!String(s.authors ?? '').trim() && !(s.authorsNotSeen === true && String(s.doi ?? '').trim()))
      problems.push(`${label} source ${id}: no author or organisation`);
    if (s.year == null && !String(s.accessed ?? '').trim())
      problems.push(`${label} source ${id}: no year and no date read (accessed)`);
  }
  return problems;
}

/**
 * Every place answers the 7-OH question: `sevenOhRule(place, federal)` may say "legal" or
 * "regulated" only from an explicit 7-OH entry of the place, never from the leaf status or a layer
 * above it. US states get the US federal entry as `federal`.
 */
export function checkSevenOh(jurisdictions, sevenOhRule) {
  const problems = [];
  const federal = jurisdictions.find((j) => j.code === 'US');
  const statuses = [...LEGAL_STATUSES, 'not-verified'];
  const bases = ['explicit', 'federal-layer', 'state-law', 'not-verified'];
  for (const j of jurisdictions) {
    let r;
    try {
      r = sevenOhRule(j, j.code.startsWith('US-') ? federal : undefined);
    } catch (e) {
      problems.push(`jurisdiction ${j.code}: 7-OH rule throws (${e?.message ?? e})`);
      continue;
    }
    if (!r || !statuses.includes(r.status) || !bases.includes(r.basis)) {
      problems.push(`jurisdiction ${j.code}: 7-OH answer ${JSON.stringify(r)} is not a status with a basis`);
      continue;
    }
    if ((r.status === 'legal' || r.status === 'regulated') && r.basis !== 'explicit')
      problems.push(
        `jurisdiction ${j.code}: 7-OH products shown as "${r.status}" from ${r.basis}, not from an explicit 7-OH entry`,
      );
  }
  return problems;
}

/** Words in a risk question that name a drug that slows breathing or the brain. */
export const COMBINING_DRUGS = /\b(opioids?|fentanyl|heroin|benzodiazepines?|sleeping pills?|alcohol)\b/i;
const COMBINES = ['opioid', 'sedating', 'alcohol'];

/**
 * Items about mixing kratom with opioids, sedating drugs or alcohol: `combines` set whenever the
 * English question names such a drug; then severity `prompt` or `urgent` and an English action
 * that starts with "Do not combine" or "Do not mix". `risks`: `{ id, severity, combines, question, action }`
 * with English strings.
 */
export function checkRiskCombines(risks) {
  const problems = [];
  for (const r of risks) {
    const named = COMBINING_DRUGS.exec(r.question)?.[0];
    if (named && !r.combines)
      problems.push(
        `risk ${r.id}: the question names "${named}" but the item has no "combines" (opioid, sedating or alcohol)`,
      );
    if (r.combines === undefined || r.combines === null) continue;
    if (!COMBINES.includes(r.combines)) problems.push(`risk ${r.id}: unknown combines "${r.combines}"`);
    if (r.severity !== 'prompt' && r.severity !== 'urgent')
      problems.push(`risk ${r.id}: combines ${r.combines} but severity is "${r.severity}" (needs prompt or urgent)`);
    if (!/^Do not (combine|mix)\b/.test(String(r.action).trim()))
      problems.push(
        `risk ${r.id}: combines ${r.combines} but the action does not start with "Do not combine" or "Do not mix": "${r.action}"`,
      );
  }
  return problems;
}

const DAY = 86_400_000;
const utc = (d) => (FULL_DATE.test(d ?? '') ? Date.parse(`${d}T00:00:00Z`) : NaN);
export const PENDING_REVIEW_DAYS = 90;

/**
 * Sentences about a regulator's pending action (`pendingRegulatory: true`) must be re-checked
 * within 90 days of their area's last review: `nextReview` set, a valid date, and no later than
 * `reviews[area].lastReviewed` + 90 days. Any `nextReview` must be a valid date.
 */
export function checkPendingRegulatory(located, reviews) {
  const problems = [];
  for (const { area, where, claim } of located) {
    const id = claim?.id ?? '(no id)';
    if (claim.nextReview !== undefined && Number.isNaN(utc(claim.nextReview)))
      problems.push(`claim ${id} (${where}): invalid next-review date "${claim.nextReview}"`);
    if (!claim.pendingRegulatory) continue;
    const last = utc(reviews[area]?.lastReviewed);
    if (Number.isNaN(last)) {
      problems.push(`claim ${id} (${where}): area ${area} has no valid last-review date`);
      continue;
    }
    const limit = new Date(last + PENDING_REVIEW_DAYS * DAY).toISOString().slice(0, 10);
    if (claim.nextReview === undefined)
      problems.push(`claim ${id} (${where}): pending regulatory action without nextReview (due by ${limit})`);
    else if (utc(claim.nextReview) > last + PENDING_REVIEW_DAYS * DAY)
      problems.push(
        `claim ${id} (${where}): pending regulatory action reviewed ${claim.nextReview}, later than ${limit} (${area} last reviewed ${reviews[area].lastReviewed} + ${PENDING_REVIEW_DAYS} days)`,
      );
  }
  return problems;
}

/** Entries cited without their authors (`authorsNotSeen`): reported by content:check as work to do. */
export function authorsToAdd(sources) {
  return Object.values(sources)
    .filter((s) => s.authorsNotSeen === true)
    .map((s) => `${s.id} (${s.doi})`);
}
