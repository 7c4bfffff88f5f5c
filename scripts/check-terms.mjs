#!/usr/bin/env node
/**
 * Medical term consistency (run by `npm run locales:check`, or alone):
 *   node scripts/check-terms.mjs [--dir locales] [--write-tbx]
 *
 * locales/termbase.json lists the medical terms that must read the same way everywhere in a
 * language (naloxone, seizure, dependence vs addiction, the evidence-level names, …) with the
 * chosen term per locale. For every unit whose English <source> contains a term (whole words,
 * case-insensitive), the <target> must contain that locale's term, one of its admitted
 * alternatives or one of its listed inflected forms (case-insensitive); it must not contain a term
 * the term base marks "avoid" for that locale (a wrong term that was used before, e.g. Dutch
 * "epileptische aanval" for every seizure). Units without a target are left to locales:check.
 *
 * locales/termbase.tbx is the same term base as TBX (TermBase eXchange, the format CAT tools and
 * Weblate import). It is generated from the JSON (`--write-tbx`); the check fails when it is stale.
 *
 * Problems are printed as `file:line: message-id: what is wrong`; exit code 1 when there are any.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseXliff } from './xliff.mjs';

const LOCALE_KEYS = new Set(['term', 'admitted', 'forms', 'avoid', 'note']);
const TERM_KEYS = new Set(['id', 'en', 'matchCase', 'definition', 'status', 'note', 'targets']);

/** Reads and validates a term base. Throws an Error listing every schema problem. */
export function loadTermbase(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}:1: termbase: ${error.message}`);
  }
  const errors = [];
  const bad = (where, what) => errors.push(`${file}: ${where}: ${what}`);
  const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
  if (!data || typeof data !== 'object' || !data.locales || !Array.isArray(data.terms))
    throw new Error(`${file}:1: termbase: needs "locales" and "terms"`);
  const locales = Object.keys(data.locales);
  const ids = new Set();
  for (const [i, t] of data.terms.entries()) {
    const where = `terms[${i}]${t?.id ? ` (${t.id})` : ''}`;
    if (!t || typeof t !== 'object') {
      bad(where, 'not an object');
      continue;
    }
    for (const k of Object.keys(t)) if (!TERM_KEYS.has(k)) bad(where, `unknown field "${k}"`);
    if (typeof t.id !== 'string' || !/^[a-z0-9-]+$/.test(t.id)) bad(where, 'id must be lower-case-with-dashes');
    if (ids.has(t.id)) bad(where, 'duplicate id');
    ids.add(t.id);
    if (!strings(t.en) || t.en.length === 0) bad(where, '"en" must list the English form(s)');
    if (typeof t.definition !== 'string' || !t.definition.trim()) bad(where, 'needs a "definition"');
    if (!['used', 'proposed'].includes(t.status)) bad(where, '"status" must be "used" or "proposed"');
    for (const loc of locales) {
      const e = t.targets?.[loc];
      if (!e) {
        bad(where, `no target term for ${loc}`);
        continue;
      }
      for (const k of Object.keys(e)) if (!LOCALE_KEYS.has(k)) bad(`${where} ${loc}`, `unknown field "${k}"`);
      if (typeof e.term !== 'string' || !e.term.trim()) bad(`${where} ${loc}`, 'needs a "term"');
      for (const k of ['admitted', 'avoid'])
        if (e[k] !== undefined && !strings(e[k])) bad(`${where} ${loc}`, `"${k}" must be a list of strings`);
      if (e.forms !== undefined && !(Array.isArray(e.forms) && e.forms.every((f) => strings([f].flat()))))
        bad(`${where} ${loc}`, '"forms" must list strings or lists of strings');
      for (const a of e.avoid ?? [])
        if (accepted(e).some((f) => [f].flat().some((x) => norm(x, loc).includes(norm(a, loc)))))
          bad(`${where} ${loc}`, `"${a}" is both accepted and avoided`);
    }
    for (const loc of Object.keys(t.targets ?? {}))
      if (!locales.includes(loc)) bad(where, `target for ${loc}, which is not in "locales"`);
  }
  if (errors.length) throw new Error(errors.join('\n'));
  return data;
}

/**
 * Everything that counts as using the term: the preferred term, admitted alternatives and listed
 * inflected forms. A form may be a list of strings: then all of them must appear (for a phrase whose
 * words take articles or endings, e.g. "doctor, nurse or pharmacist").
 */
function accepted(entry) {
  return [entry.term, ...(entry.admitted ?? []), ...(entry.forms ?? [])];
}

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', apos: "'", quot: '"' };

/**
 * Text as a reader sees it, for matching: placeholders removed, entities decoded, invisible
 * formatting characters (bidi isolates, word joiners, soft hyphens) removed, typographic spaces and
 * apostrophes made plain, lower case; Arabic without short-vowel marks and with one alef form.
 */
export function norm(text, locale = 'en', { keepCase = false } = {}) {
  let s = text
    .replace(/<ph\b[^>]*>[\s\S]*?<\/ph>/g, ' ')
    .replace(/<x\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|apos|quot);/g, (_, e) => XML_ENTITIES[e])
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200f\u2060\u2066-\u2069\ufeff]/g, '')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
  if (!keepCase) s = s.toLocaleLowerCase(locale);
  if (locale.startsWith('ar'))
    s = s
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625]/g, '\u0627')
      .replace(/\u0649/g, '\u064a');
  return s;
}

// Every unit is matched against every term: normalised English and each form's pattern are made once.
const normalised = new Map();
const patterns = new Map();
const wordStarts = new Map();
const once = (cache, key, make) => cache.get(key) ?? cache.set(key, make()).get(key);

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does normalised `text` contain normalised `form` (or, for a list, every part of it)? With
 * `wordStart`, only at the start of a word.
 */
function contains(text, form, wordStart) {
  if (Array.isArray(form)) return form.every((f) => contains(text, f, wordStart));
  if (!wordStart) return text.includes(form);
  return once(wordStarts, form, () => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(form)}`, 'u')).test(text);
}

/** English forms are matched as whole words or phrases (case-insensitive unless `matchCase`). */
function sourceHas(source, term, forms = term.en) {
  const keepCase = Boolean(term.matchCase);
  const text = once(normalised, `${keepCase}:${source}`, () => norm(source, 'en', { keepCase }));
  return forms.some((f) =>
    once(
      patterns,
      `${keepCase}:${f}`,
      () => new RegExp(`(?<![\\p{L}\\p{N}])${escape(norm(f, 'en', { keepCase }))}(?![\\p{L}\\p{N}])`, 'u'),
    ).test(text),
  );
}

/**
 * Checks every locale file in `dir` that the term base covers. Returns problem lines.
 * @param {{ dir?: string, termbase?: object, termbaseFile?: string, tbx?: boolean }} options
 */
export function checkTerms({ dir = 'locales', termbase, termbaseFile, tbx = true } = {}) {
  const file = termbaseFile ?? path.join(dir, 'termbase.json');
  const problems = [];
  let tb = termbase;
  if (!tb) {
    try {
      tb = loadTermbase(file);
    } catch (error) {
      return String(error.message).split('\n');
    }
  }
  if (tbx) {
    const tbxFile = file.replace(/\.json$/, '.tbx');
    const have = existsSync(tbxFile) ? readFileSync(tbxFile, 'utf8') : '';
    if (have !== tbxText(tb))
      problems.push(`${tbxFile}:1: termbase: out of date (run node scripts/check-terms.mjs --write-tbx)`);
  }
  const xlfs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xlf')) : [];
  for (const f of xlfs.sort()) {
    const xlf = path.join(dir, f);
    let parsed;
    try {
      parsed = parseXliff(readFileSync(xlf, 'utf8'), xlf);
    } catch {
      continue; // locales:check reports malformed files
    }
    const loc = parsed.targetLanguage || f.replace(/\.xlf$/, '');
    const settings = tb.locales[loc];
    if (!settings) continue;
    const wordStart = settings.wordStart !== false;
    for (const u of parsed.units) {
      if (u.target === undefined || u.target.trim() === '') continue;
      const target = norm(u.target, loc);
      const matched = tb.terms.filter((t) => sourceHas(u.source, t));
      // A string that one matched term accepts is never "avoided" by another one in the same unit.
      const acceptedHere = matched.flatMap((t) =>
        accepted(t.targets[loc])
          .flat()
          .map((x) => norm(x, loc)),
      );
      for (const t of matched) {
        const e = t.targets[loc];
        const forms = accepted(e).map((x) => (Array.isArray(x) ? x.map((y) => norm(y, loc)) : norm(x, loc)));
        const en = t.en.find((x) => sourceHas(u.source, t, [x]));
        const avoided = (e.avoid ?? []).filter((a) => {
          const na = norm(a, loc);
          return contains(target, na, wordStart) && !acceptedHere.some((x) => x.includes(na));
        });
        const where = `${xlf}:${u.targetLine}: ${u.id}`;
        if (avoided.length)
          problems.push(
            `${where}: "${en}" uses ${avoided.map((a) => `"${a}"`).join(', ')}; use "${e.term}" in ${loc} (term base: ${t.id})`,
          );
        else if (!forms.some((x) => contains(target, x, wordStart)))
          problems.push(
            `${where}: "${en}" must be "${e.term}"${
              e.admitted?.length ? ` (or ${e.admitted.map((a) => `"${a}"`).join(', ')})` : ''
            } in ${loc} (term base: ${t.id})`,
          );
      }
    }
  }
  return problems;
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The term base as TBX (ISO 30042, TBX-Basic dialect of the 2008 `martif` format). */
export function tbxText(tb) {
  const out = [];
  const tig = (pad, term, status, note) => {
    out.push(`${pad}<tig>`, `${pad}  <term>${xmlEscape(term)}</term>`);
    out.push(`${pad}  <termNote type="administrativeStatus">${status}</termNote>`);
    if (note) out.push(`${pad}  <note>${xmlEscape(note)}</note>`);
    out.push(`${pad}</tig>`);
  };
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    `        <p>${xmlEscape(tb.title ?? 'Term base')}. Generated from locales/termbase.json by scripts/check-terms.mjs --write-tbx; do not edit.</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc>',
    '      <p type="XCSURI">TBXBasicXCSV02.xcs</p>',
    '    </encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  );
  for (const t of tb.terms) {
    out.push(`      <termEntry id="${xmlEscape(t.id)}">`);
    if (t.status === 'proposed')
      out.push(
        '        <note>Proposed: no reviewed translation uses this term yet; the medical reviewer confirms it.</note>',
      );
    if (t.note) out.push(`        <note>${xmlEscape(t.note)}</note>`);
    out.push('        <langSet xml:lang="en">');
    out.push(`          <descrip type="definition">${xmlEscape(t.definition)}</descrip>`);
    t.en.forEach((en, i) => tig('          ', en, i === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts'));
    out.push('        </langSet>');
    for (const loc of Object.keys(tb.locales)) {
      const e = t.targets[loc];
      out.push(`        <langSet xml:lang="${loc}">`);
      tig('          ', e.term, 'preferredTerm-admn-sts', e.note);
      for (const a of e.admitted ?? []) tig('          ', a, 'admittedTerm-admn-sts');
      for (const a of e.avoid ?? []) tig('          ', a, 'deprecatedTerm-admn-sts', 'Do not use for this concept.');
      out.push('        </langSet>');
    }
    out.push('      </termEntry>');
  }
  out.push('    </body>', '  </text>', '</martif>', '');
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const argDir = process.argv.indexOf('--dir');
  const dir = argDir > 0 ? process.argv[argDir + 1] : 'locales';
  const file = path.join(dir, 'termbase.json');
  if (process.argv.includes('--write-tbx')) {
    writeFileSync(file.replace(/\.json$/, '.tbx'), tbxText(loadTermbase(file)));
  }
  const problems = checkTerms({ dir });
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`check-terms: ${problems.length} problem(s)`);
    process.exit(1);
  }
  const tb = loadTermbase(file);
  console.log(`check-terms: ${tb.terms.length} terms × ${Object.keys(tb.locales).length} locales OK`);
}
