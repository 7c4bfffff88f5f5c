/**
 * The medical term check (scripts/check-terms.mjs, run by locales:check): the real locale files pass;
 * a unit that renders a term-base term differently fails with file:line, message id and the term;
 * inflected forms, Arabic vowel marks and phrases with articles are accepted; the TBX export must be
 * current and the term base itself complete.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkTerms, loadTermbase, tbxText } from '../check-terms.mjs';
import { checkLocales } from '../check-locales.mjs';

let dir;

/** A one-file locale folder with the real term base and these units ([id, English, target]). */
function locale(lang, units) {
  rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(path.join(tmpdir(), 'kratom-terms-test-'));
  copyFileSync('locales/termbase.json', path.join(dir, 'termbase.json'));
  copyFileSync('locales/termbase.tbx', path.join(dir, 'termbase.tbx'));
  const body = units
    .map(
      ([id, source, target]) =>
        `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target state="needs-review-translation">${target}</target>\n</trans-unit>\n`,
    )
    .join('');
  writeFileSync(
    path.join(dir, `${lang}.xlf`),
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file target-language="${lang}" source-language="en" original="lit-localize-inputs" datatype="plaintext">\n<body>\n${body}</body>\n</file>\n</xliff>\n`,
  );
  return checkTerms({ dir });
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kratom-terms-test-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the real locale files use the term base, and its TBX export is current', () => {
  const r = spawnSync(process.execPath, ['scripts/check-terms.mjs'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /check-terms: \d+ terms × 11 locales OK/);
});

test('a seizure translated as an epileptic fit fails with file:line, id and the chosen term', () => {
  const problems = locale('nl', [
    [
      'content.urgent.seizure.text',
      'The person has a seizure (a shaking fit).',
      'De persoon krijgt een epileptische aanval.',
    ],
  ]);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(
    problems[0],
    /nl\.xlf:\d+: content\.urgent\.seizure\.text: "seizure" uses "epileptische aanval"; use "insult" in nl/,
  );
});

test('a target without the term fails, and the command exits 1', () => {
  locale('es', [
    [
      'content.urgent.naloxone-give.text',
      'If it might be an opioid overdose, give naloxone if you have it.',
      'Si puede tratarse de una sobredosis de opioides, dele el antídoto si lo tiene.',
    ],
  ]);
  const r = spawnSync(process.execPath, ['scripts/check-terms.mjs', '--dir', dir], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /es\.xlf:\d+: content\.urgent\.naloxone-give\.text: "naloxone" must be "naloxona" in es/);
  assert.doesNotMatch(r.stderr, /"opioid"|"overdose"/);
});

test('Polish: inflected forms count, but "uzależnienie" (addiction) is not "zależność" (dependence)', () => {
  const why = 'These are signs of dependence. Withdrawal is well documented in people who use kratom regularly.';
  assert.deepEqual(
    locale('pl', [['a', why, 'To oznaki zależności fizycznej. Objawy odstawienia są dobrze udokumentowane.']]),
    [],
  );
  const problems = locale('pl', [['a', why, 'To oznaki uzależnienia. Objawy odstawienia są dobrze udokumentowane.']]);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /pl\.xlf:\d+: a: "dependence" uses "uzależni"; use "zależność fizyczna" in pl/);
});

test('a unit about addiction may use the addiction word even where dependence avoids it', () => {
  const q = 'I use kratom on my own to treat opioid withdrawal or addiction.';
  assert.deepEqual(locale('th', [['q', q, 'ฉันใช้กระท่อมด้วยตนเองเพื่อรักษาอาการถอนโอปิออยด์หรือการติดโอปิออยด์']]), []);
});

test('Arabic matches with or without short-vowel marks and bidi isolates', () => {
  const source = 'Seizures have been reported after kratom use.';
  assert.deepEqual(locale('ar', [['s', source, 'أُبلغ عن نوبات تشنج بعد استخدام \u2066الكراتوم\u2069.']]), []);
  assert.match(locale('ar', [['s', source, 'أُبلغ عن نوبات صرعية بعد استخدام الكراتوم.']])[0], /uses "نوبات صرعية"/);
});

test('a phrase whose words take articles passes only with all its parts', () => {
  const source = 'Ask a doctor, nurse or pharmacist.';
  assert.deepEqual(locale('es', [['p', source, 'Pregunte a un médico, una enfermera o un farmacéutico.']]), []);
  assert.match(
    locale('es', [['p', source, 'Pregunte a un médico o a una enfermera.']])[0],
    /"doctor, nurse or pharmacist" must be "médico, enfermero o farmacéutico" in es/,
  );
});

test('case-sensitive terms: "WHO" the agency, not the word "who"', () => {
  assert.deepEqual(locale('es', [['w', 'People who use kratom.', 'Personas que consumen kratom.']]), []);
  assert.match(
    locale('es', [['w', 'Data from the WHO.', 'Datos de la Organización.']])[0],
    /"WHO" must be "OMS" in es/,
  );
});

test('placeholders are not text: a term only inside a placeholder does not count', () => {
  const problems = locale('fr', [
    ['x', 'Give naloxone to <ph id="0">${name}</ph>.', 'Donnez le médicament à <ph id="0">${naloxone}</ph>.'],
  ]);
  assert.match(problems[0], /"naloxone" must be "naloxone" in fr/);
});

test('a stale TBX export fails', () => {
  locale('es', []);
  writeFileSync(path.join(dir, 'termbase.tbx'), '<martif/>\n');
  assert.match(checkTerms({ dir }).join('\n'), /termbase\.tbx:1: termbase: out of date/);
});

test('the TBX export has one entry per term with every locale', () => {
  const tb = loadTermbase('locales/termbase.json');
  const tbx = tbxText(tb);
  assert.equal((tbx.match(/<termEntry /g) ?? []).length, tb.terms.length);
  for (const loc of ['en', ...Object.keys(tb.locales)])
    assert.equal((tbx.match(new RegExp(`<langSet xml:lang="${loc}">`, 'g')) ?? []).length, tb.terms.length, loc);
  assert.match(
    tbx,
    /<term>epileptische aanval<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/,
  );
});

test('a term base entry without a target for a locale is rejected', () => {
  const tb = JSON.parse(readFileSync('locales/termbase.json', 'utf8'));
  delete tb.terms.find((t) => t.id === 'naloxone').targets.vi;
  const file = path.join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(tb));
  assert.throws(() => loadTermbase(file), /\(naloxone\): no target term for vi/);
});

test('locales:check runs the term check', () => {
  const id = 'content.urgent.seizure.text';
  const source = 'The person has a seizure (a shaking fit).';
  locale('nl', [[id, source, 'Een epileptische aanval.']]);
  // The code's messages as locales:check extracts them, here just this unit (extraction reads all of src/).
  const code = new Map([[id, { id, source, note: 'An urgent sign.' }]]);
  const { problems } = checkLocales({ dir, code });
  assert.deepEqual(
    problems.map((p) => p.replace(/^.*\//, '')),
    [`nl.xlf:7: ${id}: "seizure" uses "epileptische aanval"; use "insult" in nl (term base: seizure)`],
  );
});
