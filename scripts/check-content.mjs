#!/usr/bin/env node
/**
 * `npm run content:check`: fails (exit 1), naming the offending id, when
 * - a claim has no source or an unknown source id; a source lacks URL, title, year (or accessed
 *   date) or an author/organisation, or its title is a bracketed or descriptive label;
 * - a claim's evidence level names a kind of study but none of its sources is a study, or says
 *   "health authority" without a regulator's or lawmaker's own document (accepted when the chip tells
 *   readers the claim rests on news copies only);
 * - two sources shown together get the same short citation, or a short citation does not start with
 *   an author or organisation;
 * - a place's 7-OH answer is "legal" or "regulated" without an explicit 7-OH entry;
 * - a risk item that names opioids, sedating drugs or alcohol is not a "do not combine" item of
 *   severity prompt or urgent;
 * - a sentence about a regulator's pending action is due for review later than 90 days after its
 *   area's last review;
 * - a jurisdiction lacks status, as-of, sources or next-review date, or has an invalid ISO 3166 code;
 * - English reader-facing text is too hard: an item above Flesch-Kincaid grade 9, or an area above
 *   FK grade 8 or SMOG grade 9 (numbers and acronyms counted as spoken);
 * - an area's content version has no entry in content-data/history.json (what changed in it), or
 *   that file is malformed (scripts/content-history.mjs);
 * - an alkaloid's SMILES (scripts/structures/structures.ts) gives, in RDKit, a formula or average molar mass
 *   that disagrees with the content model (see scripts/build-structures.mjs).
 * - src/content/report-sources.ts or a widget-sources/ table differs from what sources.ts and the
 *   widgets' content give (`npm run content:index`).
 * Prints the FK and SMOG grades of each area.
 */
import { importTs } from './lib/import-ts.mjs';
import { staleSourceIndexFiles } from './source-index.mjs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
} from './content-rules.mjs';
import { checkContentHistory, loadHistory } from './content-history.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Imports scripts/content-entry.ts (the content modules, English by default) through tsx. */
export async function loadContent() {
  return importTs('scripts/content-entry.ts', { root: ROOT });
}

/** The element that shows each content area's claims. */
const AREA_ELEMENTS = {
  alkaloids: 'src/components/alkaloid-explainer/alkaloid-explainer.ts',
  mechanism: 'src/components/mechanism-diagram/mechanism-diagram.ts',
  risks: 'src/components/risk-checklist/risk-checklist.ts',
};

/**
 * Does the element that shows an area's claims tell readers when a health-authority claim rests
 * only on news or secondary copies? It does when it draws claim chips with `claimEvidenceChip(claim)`
 * (src/shared/evidence-chip.ts: "…, reported in the news") and never a chip from a claim's bare
 * level (`evidenceChip(x.level)`, which drops that note). Returns a function of a located claim.
 */
export function chipShowsNewsOnly(root = ROOT) {
  const shows = {};
  for (const [area, file] of Object.entries(AREA_ELEMENTS)) {
    // The element's whole folder: its templates draw the chips too.
    const dir = path.dirname(path.join(root, file));
    const src = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.ts'))
          .map((f) => readFileSync(path.join(dir, f), 'utf8'))
          .join('\n')
      : '';
    shows[area] = /\bclaimEvidenceChip\(/.test(src) && !/\bevidenceChip\([^)]*\.level\b/.test(src);
  }
  return ({ area }) => shows[area] === true;
}

/** Every content rule over the loaded content `c` and the content `history`; returns `{ problems, readability }`. */
export function contentProblems(c, history = loadHistory()) {
  const problems = [
    ...checkSources(c.evidenceSources, 'evidence'),
    ...checkSources(c.legalSources, 'legal'),
    ...checkBibliography(c.evidenceSources, 'evidence'),
    ...checkBibliography(c.legalSources, 'legal'),
    ...checkClaims(c.claims, c.evidenceSources),
    ...checkEvidenceKinds(c.claims, c.evidenceSources, { newsOnlyShown: chipShowsNewsOnly() }),
    ...checkShortCitations(c.citationLists, c.evidenceSources, c.shortCitations),
    ...checkShortCitations(
      [{ where: 'evidence bibliography (labels as the widgets show them)', ids: Object.keys(c.evidenceSources) }],
      c.evidenceSources,
      (list) => list.map(c.bibliographyCitation),
    ),
    ...checkSourceRefs(c.refs, c.evidenceSources),
    ...checkJurisdictions(c.jurisdictions, c.unsourced, c.legalSources),
    ...checkSevenOh(c.jurisdictions, c.sevenOhRule),
    ...checkRiskCombines(c.risks),
    ...checkPendingRegulatory(c.claims, c.reviews),
    ...checkContentHistory(c.reviews, history),
    ...checkCountryNames(
      [...c.jurisdictions, ...c.unsourced].map((j) => j.code),
      c.countryNamesEn,
    ),
  ];
  const readability = checkReadability(c.texts);
  problems.push(...readability.problems);
  return { problems, readability };
}

async function main() {
  const { formatRows, runStructures } = await import('./build-structures.mjs');
  const c = await loadContent();
  const { problems, readability } = contentProblems(c);
  // Chemical structures: RDKit's formula / molar mass of each SMILES against the content model.
  const structures = await runStructures({ write: false });
  problems.push(...structures.problems.map((p) => `structures: ${p}`));
  // The widgets' source tables are generated from sources.ts (issue #25): they must match it.
  for (const file of await staleSourceIndexFiles())
    problems.push(
      `${file} is out of date with src/content (sources and what each widget cites): run npm run content:index`,
    );
  console.log(
    `content:check: ${Object.entries(c.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `content:check: readability by area, numbers and acronyms counted as spoken (limits: FK 8, SMOG 9; each item of 10+ words FK 9): ${Object.keys(
      readability.areas,
    )
      .map((k) => `${k} FK ${readability.areas[k]} / SMOG ${readability.smog[k]}`)
      .join(', ')}`,
  );
  console.log(
    `content:check: structures vs content model (RDKit ${structures.rdkitVersion}; formula exact, mass ± 0.1 g/mol):`,
  );
  for (const line of formatRows(structures.rows)) console.log(line);
  const toAdd = authorsToAdd(c.evidenceSources);
  if (toAdd.length)
    console.log(
      `content:check: cited by title because no copy read showed their authors (add them from the DOI): ${toAdd.join(', ')}`,
    );
  if (problems.length) {
    for (const p of problems) console.error(`content:check: ${p}`);
    console.error(`content:check: ${problems.length} problem(s)`);
    process.exitCode = 1;
  } else {
    console.log('content:check: OK');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
