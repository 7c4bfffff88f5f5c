/**
 * The content checker must fail on each kind of broken content. Each fixture breaks exactly one
 * rule of a valid baseline, and the test asserts the problem names the offending id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  authorsToAdd,
  checkBibliography,
  checkClaims,
  checkCountryNames,
  checkEvidenceKinds,
  checkJurisdictions,
  checkPendingRegulatory,
  checkReadability,
  checkRiskCombines,
  checkSevenOh,
  checkShortCitations,
  checkSourceRefs,
  checkSources,
  fleschKincaid,
  isValidIsoCode,
  numberWords,
  smog,
  spokenSyllables,
  syllables,
  textStats,
} from '../content-rules.mjs';
import { chipShowsNewsOnly, loadContent } from '../check-content.mjs';

const source = (id, extra = {}) => ({
  id,
  authors: 'A',
  title: 'T',
  venue: 'V',
  year: 2020,
  url: 'https://example.org/x',
  kind: 'peer-reviewed',
  ...extra,
});
const sources = { P1: source('P1') };
const claim = (extra = {}) => ({
  where: 'fixture',
  claim: { id: 'c1', level: 'animal', sources: ['P1'], text: () => 'x', ...extra },
});
const jurisdiction = (extra = {}) => ({
  code: 'US-AL',
  status: 'banned',
  rules: ['controlled-substance'],
  effective: '2016-05-10',
  asOf: '2026-03',
  checked: '2026-11-24',
  nextReview: '2027-11-24',
  sources: ['L1'],
  ...extra,
});
const legal = { L1: source('L1') };

test('valid baseline passes every rule', () => {
  assert.deepEqual(checkSources(sources, 'evidence'), []);
  assert.deepEqual(checkClaims([claim()], sources), []);
  assert.deepEqual(checkJurisdictions([jurisdiction()], [], legal), []);
  assert.deepEqual(checkSourceRefs([{ where: 'sign s1', ids: ['P1'], required: true }], sources), []);
});

test('a claim without a source fails with its id', () => {
  const problems = checkClaims([claim({ sources: [] })], sources);
  assert.match(problems.join('\n'), /claim c1 .*no source/);
});

test('a claim with an unknown source id fails', () => {
  assert.match(checkClaims([claim({ sources: ['P404'] })], sources).join('\n'), /claim c1 .*unknown source id "P404"/);
});

test('a source without URL, title or year fails', () => {
  assert.match(
    checkSources({ P1: source('P1', { url: '' }) }, 'evidence').join('\n'),
    /source P1: missing or invalid URL/,
  );
  assert.match(
    checkSources({ P1: source('P1', { url: 'javascript:alert(1)' }) }, 'evidence').join('\n'),
    /P1: missing or invalid URL/,
  );
  assert.match(checkSources({ P1: source('P1', { title: '' }) }, 'evidence').join('\n'), /source P1: missing title/);
  assert.match(checkSources({ P1: source('P1', { year: null }) }, 'evidence').join('\n'), /source P1: missing year/);
  assert.deepEqual(checkSources({ P1: source('P1', { year: null, accessed: '2026-11-24' }) }, 'evidence'), []);
});

test('a jurisdiction without status, as-of date, sources or next review fails', () => {
  const check = (extra) => checkJurisdictions([jurisdiction(extra)], [], legal).join('\n');
  assert.match(check({ status: undefined }), /jurisdiction US-AL: missing or unknown status/);
  assert.match(check({ asOf: undefined }), /jurisdiction US-AL: missing or invalid as-of date/);
  assert.match(check({ sources: [] }), /jurisdiction US-AL: no sources/);
  assert.match(check({ nextReview: undefined }), /jurisdiction US-AL: missing or invalid next-review date/);
  assert.match(check({ sources: ['L404'] }), /unknown source id "L404"/);
});

test('an invalid ISO 3166 code fails', () => {
  assert.match(
    checkJurisdictions([jurisdiction({ code: 'US-XX' })], [], legal).join('\n'),
    /US-XX: not a valid ISO 3166 code/,
  );
  assert.match(
    checkJurisdictions([jurisdiction({ code: 'ZZ' })], [], legal).join('\n'),
    /ZZ: not a valid ISO 3166 code/,
  );
  assert.equal(isValidIsoCode('TH'), true);
  assert.equal(isValidIsoCode('EU'), true);
  assert.equal(isValidIsoCode('US-DC'), true);
  assert.equal(isValidIsoCode('th'), false);
});

test('an unsourced jurisdiction without a next-review date fails', () => {
  assert.match(
    checkJurisdictions([], [{ code: 'US-AK', nextReview: '' }], legal).join('\n'),
    /US-AK: missing or invalid next-review date/,
  );
});

test('shipped English country names: one per covered country, equal to CLDR, none extra', () => {
  const codes = ['TH', 'US', 'US-CA', 'EU'];
  assert.deepEqual(checkCountryNames(codes, { TH: 'Thailand', US: 'United States' }), []);
  assert.match(checkCountryNames(codes, { TH: 'Thailand' }).join('\n'), /country US: no English name/);
  assert.match(
    checkCountryNames(codes, { TH: 'Siam', US: 'United States' }).join('\n'),
    /country TH: English name "Siam" differs from CLDR "Thailand"/,
  );
  assert.match(
    checkCountryNames(codes, { TH: 'Thailand', US: 'United States', FR: 'France' }).join('\n'),
    /country FR: named in COUNTRY_NAMES_EN but not in the legal data/,
  );
});

test('a required source list that is empty fails', () => {
  assert.match(
    checkSourceRefs([{ where: 'urgent sign s1', ids: [], required: true }], sources).join('\n'),
    /urgent sign s1: no source/,
  );
});

test('English text above grade 9 fails and names the text; plain text passes', () => {
  const hard =
    'Pharmacological characterization demonstrates heterogeneous intracellular signalling consequences attributable to differential receptor conformational stabilization.';
  const plain = 'Kratom can cause withdrawal. People who use it every day may feel sick when they stop.';
  assert.ok(fleschKincaid(hard) > 9);
  assert.ok(fleschKincaid(plain) < 8);
  const bad = checkReadability([{ area: 'risks', id: 'risk hard', text: hard }]);
  assert.match(bad.problems.join('\n'), /text risk hard: Flesch-Kincaid grade/);
  const good = checkReadability([{ area: 'risks', id: 'risk plain', text: plain }]);
  assert.deepEqual(good.problems, []);
  assert.ok(good.areas.risks < 8);
});

// ---- Readability counted as spoken (issue #21 deliverable 5) ----

test('numbers are counted as spoken: "12%" twelve percent, "2–3" two to three, years in pairs', () => {
  assert.equal(syllables('12'), 0, 'the plain word heuristic sees no syllable in a number');
  assert.equal(spokenSyllables('12%'), 3); // twelve (1) percent (2)
  assert.equal(spokenSyllables('2–3'), 3); // two to three
  assert.equal(spokenSyllables('30–90'), 5); // thirty (2) to (1) ninety (2)
  assert.equal(spokenSyllables('2016'), 4); // twenty sixteen
  assert.equal(spokenSyllables('2005'), 4); // two thousand five
  assert.equal(spokenSyllables('1,174'), 10); // one thousand one hundred seventy four
  assert.equal(spokenSyllables('0.5'), 4); // zero point five
  assert.deepEqual(numberWords('1996'), ['nineteen', 'ninety', 'six']);
  assert.deepEqual(numberWords('1,174'), ['one', 'thousand', 'one', 'hundred', 'seventy', 'four']);
  // "2 – 3" with spaces is one range, one word.
  assert.equal(textStats('Wait 2 – 3 minutes.').words, 3);
});

test('acronyms and letter-digit codes are counted letter by letter, one word each', () => {
  assert.equal(spokenSyllables('FDA'), 3);
  assert.equal(spokenSyllables('CYP3A4'), 6); // C Y P three A four
  assert.equal(spokenSyllables('5-HT1A'), 5); // five H T one A
  assert.equal(spokenSyllables('7-OH'), 4); // seven (2) O H
  assert.equal(spokenSyllables('COX-2'), 4);
  assert.equal(spokenSyllables('WHO'), 5); // double-u (3) H O
  assert.equal(spokenSyllables('β-arrestin'), 5); // beta (2) arrestin (3)
  assert.equal(spokenSyllables('NSAIDs'), 2, 'an acronym said as a word is not spelled out');
  assert.equal(spokenSyllables('mu-opioid'), 4, 'ordinary hyphenated words keep the word heuristic');
  assert.equal(spokenSyllables('I'), 1);
  const s = textStats('In the US, the FDA and DEA treat concentrated 7-OH products as strong opioids.');
  assert.equal(s.words, 14);
  assert.equal(s.polysyllables, 5); // FDA, DEA, concentrated, 7-OH, opioids
  // The audit's example: counted as spoken it is far above grade 9 (the old count hid it).
  assert.ok(fleschKincaid('In the US, the FDA and DEA treat concentrated 7-OH products as strong opioids.') > 11);
});

test('SMOG on a known text: 10 sentences with 5 words of 3+ syllables is 7.17', () => {
  // Hand count of words of three or more syllables: medicine, another, family, pharmacy, together.
  const text =
    'The nurse gave her a new medicine. It made her feel sleepy at night. She told the doctor about it. ' +
    'He said to stop it for a while. Then he gave her another one. The family went to the pharmacy together. ' +
    'Her sister was worried about her. They all sat down and talked. She felt better after a week. ' +
    'Now she sleeps well each night.';
  const s = textStats(text);
  assert.equal(s.sentences, 10);
  assert.equal(s.polysyllables, 5);
  // 1.0430 × √(5 × 30 / 10) + 3.1291 = 7.1686
  assert.equal(smog(text).toFixed(2), '7.17');
  assert.equal(smog('The cat sat. The dog ran.').toFixed(4), '3.1291', 'no long word: the formula constant');
});

test('an area above FK 8 or SMOG 9 fails, each item above FK 9 fails; the report gives both grades', () => {
  // Short sentences (so FK stays low) thick with spoken codes (so SMOG is high).
  const dense = 'CYP3A4 and CYP2D6 act on 7-OH. The FDA and DEA acted. PGE2 and COX-2 rose.';
  const r = checkReadability([{ area: 'alkaloids', id: 'dense', text: dense }]);
  assert.match(r.problems.join('\n'), /area alkaloids: SMOG grade [\d.]+ > 9/);
  assert.ok(r.smog.alkaloids > 9);
  const long =
    'Kratom users who also take medicines that the liver clears through the same enzyme pathway could have higher blood levels of those medicines than expected.';
  const fk = checkReadability([{ area: 'risks', id: 'long', text: long }]);
  assert.ok(fk.areas.risks > 8);
  assert.match(fk.problems.join('\n'), /area risks: Flesch-Kincaid grade [\d.]+ > 8/);
  const plain = checkReadability([
    { area: 'risks', id: 'plain', text: 'Do not mix kratom with alcohol. It can slow your breathing.' },
  ]);
  assert.deepEqual(plain.problems, []);
});

// ---- Rules that keep the audit's faults from returning (issue #21 deliverable 6) ----

const kinds = {
  P1: source('P1', { kind: 'peer-reviewed' }),
  N1: source('N1', { kind: 'news', authors: 'Smith J' }),
  S1: source('S1', { kind: 'secondary', authors: 'Encyclopaedia' }),
  R1: source('R1', { kind: 'regulator', authors: 'FDA' }),
  L1: source('L1', { kind: 'legal-primary', authors: 'Ohio Board of Pharmacy' }),
  C1: source('C1', { kind: 'case-report', authors: 'Doe J' }),
};

test('a study-type evidence level on a claim whose sources are all non-studies fails', () => {
  const check = (level, ids, opts) => checkEvidenceKinds([claim({ level, sources: ids })], kinds, opts).join('\n');
  assert.match(
    check('animal', ['N1', 'S1']),
    /claim c1 .*evidence level "animal" but no source is a study \(news, secondary\)/,
  );
  assert.match(check('human-controlled', ['R1']), /"human-controlled" but no source is a study/);
  assert.equal(check('animal', ['N1', 'P1']), '');
  assert.equal(check('human-case-reports', ['C1']), '');
  assert.equal(
    checkEvidenceKinds([claim({ level: 'in-vitro', sources: ['X1'] })], {
      X1: source('X1', { kind: 'preprint' }),
    }).join('\n'),
    '',
    'a preprint is a study (its caveat says it is not peer-reviewed)',
  );
});

test('a health-authority level without a regulator or legal-primary source fails unless the chip says "news only"', () => {
  const check = (ids, opts) =>
    checkEvidenceKinds([claim({ level: 'regulator', sources: ids })], kinds, opts).join('\n');
  assert.match(
    check(['N1']),
    /claim c1 .*evidence level "regulator" but no source is a regulator's or lawmaker's own document/,
  );
  assert.match(check(['P1']), /"regulator" but no source/);
  assert.equal(check(['R1', 'N1']), '');
  assert.equal(check(['L1']), '');
  // The chip tells readers the claim rests on news copies only: accepted, but only for news/secondary.
  assert.equal(check(['N1', 'S1'], { newsOnlyShown: true }), '');
  assert.match(check(['P1'], { newsOnlyShown: true }), /"regulator" but no source/);
  // Per element: accepted only where the chip that shows the claim says "reported in the news".
  const byArea = ({ area }) => area === 'alkaloids';
  const located = (area) => [{ area, where: area, claim: { id: 'c1', level: 'regulator', sources: ['N1'] } }];
  assert.deepEqual(checkEvidenceKinds(located('alkaloids'), kinds, { newsOnlyShown: byArea }), []);
  assert.match(
    checkEvidenceKinds(located('risks'), kinds, { newsOnlyShown: byArea }).join('\n'),
    /"regulator" but no source/,
  );
});

/** A stand-in for src/content/citations.ts `shortCitations`: first author word + year, no letters. */
const naiveLabels = (list) => list.map((s) => `${s.authors.split(/[ ,]/)[0]} ${s.year}`);
const cites = {
  T1: source('T1', { authors: 'Tanna RS, Cech NB', year: 2023 }),
  T2: source('T2', { authors: 'Tanna RS, Nguyen JT', year: 2023 }),
  J1: source('J1', { authors: 'Smith A', venue: 'Journal of Ethnopharmacology', year: 2020 }),
  W1: source('W1', { authors: 'World Health Organization (WHO)', year: 2021 }),
};

test('two sources shown together with the same short citation fail; a journal in the author place fails', () => {
  const dup = checkShortCitations([{ where: 'alkaloid card mitragynine', ids: ['T1', 'T2'] }], cites, naiveLabels);
  assert.match(dup.join('\n'), /alkaloid card mitragynine: short citation "Tanna 2023" is shown for both T1 and T2/);
  const journal = checkShortCitations([{ where: 'claim c1', ids: ['J1'] }], cites, () => ['Journal 2020']);
  assert.match(
    journal.join('\n'),
    /source J1: short citation "Journal 2020" does not start with an author or organisation/,
  );
  // Letters that tell them apart, and an organisation's acronym from its name, pass.
  const lettered = (list) => naiveLabels(list).map((l, i) => `${l}${'ab'[i]}`);
  assert.deepEqual(checkShortCitations([{ where: 'card', ids: ['T1', 'T2'] }], cites, lettered), []);
  assert.deepEqual(
    checkShortCitations([{ where: 'card', ids: ['W1'] }], cites, () => ['WHO 2021']),
    [],
  );
  // A work cited by its title because no copy showed its authors (and only then).
  const byTitle = { A1: source('A1', { authors: '', authorsNotSeen: true, title: 'Kratom-associated seizures' }) };
  assert.deepEqual(
    checkShortCitations([{ where: 'c', ids: ['A1'] }], byTitle, () => ['Kratom-associated 2021']),
    [],
  );
  assert.match(
    checkShortCitations([{ where: 'c', ids: ['A1'] }], { A1: { ...byTitle.A1, authorsNotSeen: undefined } }, () => [
      'Kratom-associated 2021',
    ]).join('\n'),
    /does not start with an author or organisation/,
  );
  // The same source listed twice is one source.
  assert.deepEqual(checkShortCitations([{ where: 'card', ids: ['T1', 'T1'] }], cites, naiveLabels), []);
});

test('bibliography completeness: bracketed or descriptive titles and missing authors fail', () => {
  const check = (extra) => checkBibliography({ P1: source('P1', extra) }, 'evidence').join('\n');
  assert.match(
    check({ title: '[Title not seen: case report of a seizure]' }),
    /evidence source P1: bracketed or descriptive title/,
  );
  assert.match(check({ title: 'Title not seen: a reanalysis' }), /bracketed or descriptive title/);
  assert.match(check({ authors: '' }), /evidence source P1: no author or organisation/);
  assert.match(check({ authors: '  ' }), /no author or organisation/);
  assert.equal(check({ title: 'Kratom [Mitragyna speciosa] alkaloids' }), '', 'brackets inside a real title are fine');
  assert.equal(check({ title: 'Is Kratom Legal in Alaska? [2024 Update]' }), '', 'a real title may end in brackets');
  assert.equal(check({ authors: 'FDA' }), '');
  // Authors no readable copy showed: allowed only when a DOI or PMID identifies the work.
  assert.equal(check({ authors: '', authorsNotSeen: true, doi: '10.1016/j.yebeh.2021.108057' }), '');
  assert.match(check({ authors: '', authorsNotSeen: true }), /evidence source P1: no author or organisation/);
  assert.deepEqual(authorsToAdd({ P1: source('P1', { authors: '', authorsNotSeen: true, doi: '10.1/x' }) }), [
    'P1 (10.1/x)',
  ]);
  // Year or accessed date: the existing source rule.
  assert.match(checkSources({ P1: source('P1', { year: null }) }, 'legal').join('\n'), /legal source P1: missing year/);
});

test('every place answers the 7-OH question: legal/regulated only from an explicit entry', () => {
  const us = jurisdiction({ code: 'US', status: 'unclear', products: { '7-oh': { status: 'restricted', rules: [] } } });
  const mi = jurisdiction({ code: 'US-MI', status: 'legal', rules: ['no-specific-law'] });
  const th = jurisdiction({ code: 'TH', status: 'regulated' });
  // A rule that inherits the leaf status: the audit's F-C1 fault.
  const inherits = (place) => ({ status: place.status, rules: place.rules, basis: 'federal-layer' });
  const bad = checkSevenOh([us, mi, th], inherits).join('\n');
  assert.match(
    bad,
    /jurisdiction US-MI: 7-OH products shown as "legal" from federal-layer, not from an explicit 7-OH entry/,
  );
  assert.match(bad, /jurisdiction TH: 7-OH products shown as "regulated"/);
  // The federal layer is passed to US states only.
  const seen = [];
  const honest = (place, federal) => {
    seen.push(`${place.code}:${federal?.code ?? '-'}`);
    const own = place.products?.['7-oh'];
    if (own) return { ...own, basis: 'explicit' };
    const fed = federal?.products?.['7-oh'];
    return fed ? { ...fed, basis: 'federal-layer' } : { status: 'not-verified', rules: [], basis: 'not-verified' };
  };
  assert.deepEqual(checkSevenOh([us, mi, th], honest), []);
  assert.deepEqual(seen, ['US:-', 'US-MI:US', 'TH:-']);
  const explicitLegal = jurisdiction({
    code: 'DE',
    status: 'legal',
    products: { '7-oh': { status: 'legal', rules: [] } },
  });
  assert.deepEqual(checkSevenOh([explicitLegal], honest), []);
  assert.match(
    checkSevenOh([th], () => ({ status: 'legal' })).join('\n'),
    /TH: 7-OH answer .* is not a status with a basis/,
  );
});

const risk = (extra) => ({
  id: 'sedatives',
  severity: 'prompt',
  combines: 'sedating',
  question: 'I take sleeping pills or other drugs that make me drowsy.',
  action: 'Do not combine them with kratom. Talk to a doctor, nurse or pharmacist.',
  ...extra,
});

test('an opioid, sedating-drug or alcohol item must be "do not combine" at severity prompt or urgent', () => {
  const check = (extra) => checkRiskCombines([risk(extra)]).join('\n');
  assert.equal(check({}), '');
  assert.equal(check({ combines: 'alcohol', severity: 'urgent', action: 'Do not mix kratom and alcohol.' }), '');
  // The audit's F-C2: sedatives at "talk to a clinician first" with no "do not combine".
  assert.match(check({ severity: 'before-use' }), /risk sedatives: combines sedating but severity is "before-use"/);
  assert.match(
    check({ action: 'Talk to a clinician first.' }),
    /risk sedatives: .*action does not start with "Do not combine" or "Do not mix"/,
  );
  // The question names such a drug but the item is not marked.
  assert.match(
    check({ id: 'alcohol', combines: undefined, question: 'I drink alcohol.' }),
    /risk alcohol: the question names "alcohol" but the item has no "combines"/,
  );
  assert.match(check({ combines: undefined, question: 'I take a benzodiazepine.' }), /names "benzodiazepine"/);
  assert.match(check({ combines: undefined, question: 'I use heroin or fentanyl.' }), /names "heroin"/);
  assert.match(check({ combines: 'caffeine' }), /unknown combines "caffeine"/);
  assert.equal(
    check({ id: 'liver', combines: undefined, question: 'I have liver disease.', severity: 'before-use' }),
    '',
  );
});

test('a sentence about a pending regulatory action is re-checked within 90 days of its area review', () => {
  const reviews = { alkaloids: { lastReviewed: '2026-12-06' } };
  const pending = (extra) =>
    checkPendingRegulatory(
      [{ area: 'alkaloids', where: 'fixture', claim: { id: 'c1', pendingRegulatory: true, ...extra } }],
      reviews,
    ).join('\n');
  assert.equal(pending({ nextReview: '2027-03-06' }), ''); // exactly 90 days
  assert.match(pending({ nextReview: '2027-03-07' }), /claim c1 .*reviewed 2027-03-07, later than 2027-03-06/);
  assert.match(pending({}), /claim c1 .*pending regulatory action without nextReview \(due by 2027-03-06\)/);
  assert.match(pending({ nextReview: '2027-02-30x' }), /invalid next-review date/);
  // Not pending: the area's own cycle applies.
  assert.deepEqual(checkPendingRegulatory([{ area: 'alkaloids', where: 'f', claim: { id: 'c2' } }], reviews), []);
});

// ---- The real content passes every rule (the same rules `npm run content:check` runs) ----

const real = loadContent();
real.catch(() => {}); // each test below reports a failed build itself

test('real content: every claim has a study among its sources when its level names a study type', async () => {
  const c = await real;
  assert.deepEqual(checkEvidenceKinds(c.claims, c.evidenceSources, { newsOnlyShown: chipShowsNewsOnly() }), []);
});

test('real content: short citations are distinct in every list and start with an author or organisation', async () => {
  const c = await real;
  assert.deepEqual(checkShortCitations(c.citationLists, c.evidenceSources, c.shortCitations), []);
});

test('real content: every bibliography entry has a real title, an author or organisation and a year', async () => {
  const c = await real;
  assert.deepEqual(
    [...checkBibliography(c.evidenceSources, 'evidence'), ...checkSources(c.evidenceSources, 'evidence')],
    [],
  );
  assert.deepEqual([...checkBibliography(c.legalSources, 'legal'), ...checkSources(c.legalSources, 'legal')], []);
});

test('real content: no place shows 7-OH products as legal or regulated without an explicit entry', async () => {
  const c = await real;
  assert.ok(c.jurisdictions.length > 50);
  assert.deepEqual(checkSevenOh(c.jurisdictions, c.sevenOhRule), []);
});

test('real content: opioid, sedating-drug and alcohol items say "do not combine" at severity prompt or higher', async () => {
  const c = await real;
  assert.ok(
    c.risks.some((r) => r.combines === 'sedating'),
    'the sedating-drugs item is marked',
  );
  assert.deepEqual(checkRiskCombines(c.risks), []);
});

test('real content: pending regulatory sentences are reviewed within 90 days', async () => {
  const c = await real;
  assert.deepEqual(checkPendingRegulatory(c.claims, c.reviews), []);
});

test('real content: reader text within FK 8 and SMOG 9 per area, FK 9 per item (counted as spoken)', async () => {
  const c = await real;
  assert.deepEqual(checkReadability(c.texts).problems, []);
});

test('"reported in the news" counts only for elements whose claim chips all carry it', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const root = mkdtempSync(path.join(tmpdir(), 'kratom-chip-'));
  try {
    const put = (file, text) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    put('src/components/alkaloid-explainer/alkaloid-explainer.ts', 'x = claimEvidenceChip(claim);');
    put(
      'src/components/mechanism-diagram/mechanism-diagram.ts',
      'a = claimEvidenceChip(s.claim); b = evidenceChip(level);',
    );
    put('src/components/risk-checklist/risk-checklist.ts', 'c = claimEvidenceChip(r.why); d = evidenceChip(c.level);');
    const shows = chipShowsNewsOnly(root);
    assert.equal(shows({ area: 'alkaloids' }), true);
    assert.equal(shows({ area: 'mechanism' }), true, 'a legend chip from a bare level is not a claim chip');
    assert.equal(shows({ area: 'risks' }), false, 'one claim chip without the note is enough to refuse');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
