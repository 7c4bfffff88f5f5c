#!/usr/bin/env node
/**
 * `npm run content:check`: fails (exit 1), naming the offending id, when a claim has no source or
 * an unknown source id; a source lacks URL, title or year; a jurisdiction lacks status, as-of,
 * sources or next-review date, or has an invalid ISO 3166 code; or English reader-facing text
 * scores above Flesch-Kincaid grade 9; or an alkaloid's SMILES (src/content/structures.ts) gives, in
 * RDKit, a formula or average molar mass that disagrees with the content model (see
 * scripts/build-structures.mjs). Prints the grade of each area (target ≤ 8).
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkClaims,
  checkCountryNames,
  checkJurisdictions,
  checkReadability,
  checkSourceRefs,
  checkSources,
} from './content-rules.mjs';
import { formatRows, runStructures } from './build-structures.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'kratom-content-'));
const out = path.join(dir, 'content.mjs');
try {
  await build({
    entryPoints: ['scripts/content-entry.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: out,
    logLevel: 'error',
    tsconfig: 'tsconfig.json',
  });
  const c = await import(pathToFileURL(out).href);
  const problems = [
    ...checkSources(c.evidenceSources, 'evidence'),
    ...checkSources(c.legalSources, 'legal'),
    ...checkClaims(c.claims, c.evidenceSources),
    ...checkSourceRefs(c.refs, c.evidenceSources),
    ...checkJurisdictions(c.jurisdictions, c.unsourced, c.legalSources),
    ...checkCountryNames(
      [...c.jurisdictions, ...c.unsourced].map((j) => j.code),
      c.countryNamesEn,
    ),
  ];
  const readability = checkReadability(c.texts);
  problems.push(...readability.problems);
  // Chemical structures: RDKit's formula / molar mass of each SMILES against the content model.
  const structures = await runStructures({ write: false });
  problems.push(...structures.problems.map((p) => `structures: ${p}`));
  console.log(
    `content:check: ${Object.entries(c.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `content:check: Flesch-Kincaid grade by area (limit 9, target 8): ${Object.entries(readability.areas)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `content:check: structures vs content model (RDKit ${structures.rdkitVersion}; formula exact, mass ± 0.1 g/mol):`,
  );
  for (const line of formatRows(structures.rows)) console.log(line);
  if (problems.length) {
    for (const p of problems) console.error(`content:check: ${p}`);
    console.error(`content:check: ${problems.length} problem(s)`);
    process.exitCode = 1;
  } else {
    console.log('content:check: OK');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
