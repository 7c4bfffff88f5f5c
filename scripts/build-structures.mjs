#!/usr/bin/env node
/**
 * `npm run structures:build`: draws the alkaloid structures with RDKit (WebAssembly, dev dependency
 * only) and writes `src/generated/structures/<id>.ts` (Lit `svg` templates, static content only)
 * plus `src/generated/structures/index.ts` (one lazy `import()` per structure). No RDKit code, WASM or
 * SMILES ship to readers.
 *
 * Fails (exit 1, nothing written) when, for any alkaloid with a SMILES in scripts/structures/structures.ts:
 * RDKit's Hill formula differs from the content model's formula, or its average molar mass differs
 * by more than 0.1 g/mol (both values are printed); a `confirmed` entry's InChIKey does not match;
 * the drawing contains anything outside the SVG whitelist; or a module is over 3 KB gzipped. Also
 * fails when an alkaloid has neither a structure nor a note in STRUCTURE_GAPS.
 *
 * Options: --check   run every rule, write nothing (used by `npm run content:check`)
 *          --quiet   print only problems and a one-line summary
 * Takes well under a second (RDKit initialises in about 0.1 s), so the modules are generated (the
 * wireit `generate` task, when their inputs change) instead of committed.
 */
import { importTs } from './lib/import-ts.mjs';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_GZ_BYTES, processStructures } from './structures-lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.join(ROOT, 'src/generated/structures');

/**
 * The structure inputs, imported through tsx: each alkaloid's independently sourced formula and
 * molar mass (the content model), the SMILES records, the documented gaps and their bibliography.
 */
export async function loadStructureInputs() {
  const load = (file) => importTs(file, { root: ROOT });
  const [{ ALKALOIDS }, { STRUCTURES, STRUCTURE_GAPS }, { STRUCTURE_SOURCES }] = await Promise.all([
    load('src/content/alkaloids.ts'),
    load('scripts/structures/structures.ts'),
    load('scripts/structures/structure-sources.ts'),
  ]);
  return {
    alkaloids: ALKALOIDS.map(({ id, name, formula, molarMass, pubchemCid }) => ({
      id,
      name,
      formula,
      molarMass,
      pubchemCid,
    })),
    structures: STRUCTURES,
    gaps: STRUCTURE_GAPS,
    structureSources: STRUCTURE_SOURCES,
  };
}

let rdkitPromise;
/** RDKit MinimalLib from node_modules (the .wasm is read from disk; nothing is downloaded). */
export function loadRDKit() {
  rdkitPromise ??= import('@rdkit/rdkit').then((m) => m.default());
  return rdkitPromise;
}

/** Runs every rule; writes the generated modules when `write` and there are no problems. */
export async function runStructures({ write = false, inputs } = {}) {
  const [RDKit, data] = await Promise.all([loadRDKit(), inputs ?? loadStructureInputs()]);
  const result = processStructures(RDKit, data);
  if (write && result.problems.length === 0) {
    rmSync(OUT_DIR, { recursive: true, force: true });
    mkdirSync(OUT_DIR, { recursive: true });
    for (const [file, source] of Object.entries(result.modules)) writeFileSync(path.join(OUT_DIR, file), source);
  }
  return result;
}

/** One line per alkaloid: SMILES source, confirmation, RDKit vs content formula/mass, size. */
export function formatRows(rows) {
  return rows.map((r) =>
    r.status === 'no structure'
      ? `  ${r.id.padEnd(26)} no structure (see STRUCTURE_GAPS); content ${r.content}`
      : `  ${r.id.padEnd(26)} ${r.status.padEnd(13)} source ${String(r.source).padEnd(4)} RDKit ${r.rdkit} | content ${r.content} | ${r.gzBytes ?? '?'} B gz`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const quiet = args.includes('--quiet');
  const started = Date.now();
  const result = await runStructures({ write: !check });
  const label = check ? 'structures:check' : 'structures:build';
  if (!quiet) {
    console.log(`${label}: RDKit ${result.rdkitVersion}; formula exact, mass ± 0.1 g/mol, ≤ ${MAX_GZ_BYTES} B gz each`);
    for (const line of formatRows(result.rows)) console.log(line);
  }
  if (result.problems.length) {
    for (const p of result.problems) console.error(`${label}: ${p}`);
    console.error(`${label}: ${result.problems.length} problem(s)${check ? '' : '; nothing written'}`);
    process.exitCode = 1;
  } else {
    const drawn = Object.keys(result.modules).length - 1;
    console.log(
      `${label}: OK, ${drawn} structure(s)${check ? ' checked' : ` written to ${path.relative(ROOT, OUT_DIR)}`} (${Date.now() - started} ms)`,
    );
  }
}
