/**
 * Chemical structures (SMILES) of the eight alkaloids in `src/content/alkaloids.ts`, with where each
 * was read.
 *
 * These are build inputs, not reader text, and live outside `src/` so that neither tsc (dist/) nor
 * npm pack ever ships them (scripts/check-package.mjs fails if a SMILES file is in the tarball): `scripts/build-structures.mjs` feeds every SMILES to
 * RDKit (WebAssembly, dev dependency only), checks that RDKit's molecular formula and average molar
 * mass agree with the independently sourced `formula` / `molarMass` in `alkaloids.ts` (formula
 * exactly, mass within 0.1 g/mol), checks `confirmed` entries against the InChIKey the source
 * printed, and renders a static 2D drawing into `src/generated/structures/<id>.ts`. No RDKit code
 * and no SMILES ship to readers; the explainer loads the drawing with `loadStructureDrawing()`
 * (`src/components/alkaloid-explainer/structures-loader.ts`).
 *
 * Rules for editors:
 * - Copy SMILES exactly as the source prints it (isomeric, with stereochemistry when given).
 * - `confirmed: true` only when two independent records agree: RDKit's standard InChIKey computed
 *   from `smiles` must equal `inchiKey`, which must be printed by the source page or a second source.
 *   The build fails when a confirmed entry's InChIKey does not match.
 * - No SMILES found in a source → no entry here; explain the gap in `STRUCTURE_GAPS`. Never draw a
 *   structure from memory or by editing a relative's SMILES.
 */

/** The ids of `ALKALOIDS` (kept in step by `npm run content:check`). */
type AlkaloidId =
  | 'mitragynine'
  | '7-hydroxymitragynine'
  | 'speciogynine'
  | 'paynantheine'
  | 'speciociliatine'
  | 'corynantheidine'
  | 'mitraphylline'
  | 'mitragynine-pseudoindoxyl';

interface StructureRecord {
  /** SMILES exactly as printed by the source (isomeric when the source gave stereochemistry). */
  readonly smiles: string;
  /** Page the SMILES was read from. */
  readonly sourceUrl: string;
  /** What that page is and what it cites (English, for editors). */
  readonly sourceNote: string;
  /** Bibliography ids in `STRUCTURE_SOURCES` (`structure-sources.ts`); the SMILES source first. */
  readonly sources: readonly string[];
  /** `true` only when two independent records agree (see the module comment); checked at build. */
  readonly confirmed: boolean;
  /** Standard InChIKey as printed by the source(s); compared with RDKit's InChIKey of `smiles`. */
  readonly inchiKey?: string;
}

export const STRUCTURES: Readonly<Partial<Record<AlkaloidId, StructureRecord>>> = {
  mitragynine: {
    smiles: 'COC1=CC=CC2=C1C3=C([C@@](C[C@H](/C(C(OC)=O)=C\\OC)[C@H](CC)C4)([H])N4CC3)N2',
    sourceUrl: 'https://review.clateway.com/wiki/view_html.php?q=Mitragynine&sq=Qlik',
    sourceNote:
      'Wikipedia infobox (mirror): isomeric SMILES, standard InChI and InChIKey printed together. The PubChem CID 3034396 and UNII EP479K822J were read on a second Wikipedia mirror (ST2); the research file matched that UNII to the openFDA substance record.',
    sources: ['ST1', 'ST2'],
    confirmed: true,
    inchiKey: 'LELBFTMXCIIKKX-QVRQZEMUSA-N',
  },
  '7-hydroxymitragynine': {
    smiles: 'CC[C@@H]1CN2CC[C@@]3(O)C(=Nc4cccc(OC)c34)[C@@H]2C[C@@H]1\\C(=C/OC)C(=O)OC',
    sourceUrl: 'http://en.m.wiki.x.io/wiki/7-hydroxymitragynine',
    sourceNote:
      'Wikipedia infobox (mirror): isomeric SMILES, standard InChI and InChIKey. The same InChIKey is printed by two vendor pages (ST4, ST5); ST5 also prints an isomeric SMILES that RDKit maps to the same InChIKey. The PubChem CID 44301524 in alkaloids.ts comes from the openFDA record, not from these pages.',
    sources: ['ST3', 'ST4', 'ST5'],
    confirmed: true,
    inchiKey: 'RYENLSMHLCNXJT-CYXFISRXSA-N',
  },
  'mitragynine-pseudoindoxyl': {
    smiles: 'CC[C@H](C1)[C@](/C(C(OC)=O)=C\\OC)([H])C[C@@](N1CC2)([H])[C@]32NC4=CC=CC(OC)=C4C3=O',
    sourceUrl: 'http://everything.explained.today/Mitragynine_pseudoindoxyl/',
    sourceNote:
      'Wikipedia drugbox (mirror, everything.explained.today): SMILES, StdInChI and StdInChIKey printed together, with PubChem 44301701 and ChemSpider 23152339. Only this one page was found; confirmation rests on RDKit reproducing its printed InChIKey.',
    sources: ['ST6'],
    confirmed: true,
    inchiKey: 'BAEJBRCYKACTAA-WGUOAFTMSA-N',
  },
};

/**
 * Alkaloids with no structure, and why (English, for editors). Every alkaloid id is in exactly one
 * of `STRUCTURES` or `STRUCTURE_GAPS`; `npm run content:check` enforces it.
 */
export const STRUCTURE_GAPS: Readonly<Partial<Record<AlkaloidId, string>>> = {
  speciogynine:
    'No SMILES, InChI or InChIKey was found in the stored sources (searched 2026-11-24). Not drawn; do not derive it from mitragynine by flipping a stereocentre.',
  paynantheine:
    'No SMILES, InChI or InChIKey was found in the stored sources (searched 2026-11-24); the formula in alkaloids.ts is itself unverified. Not drawn.',
  speciociliatine:
    'No SMILES found. A vendor page (https://benchchem.com/product/b128378) prints the InChIKey LELBFTMXCIIKKX-MYLQJJOTSA-N and CAS 14382-79-7, but no SMILES was visible. Not drawn; add the PubChem isomeric SMILES for CID 15560576 once checked.',
  corynantheidine:
    'No SMILES, InChI or InChIKey was found in the stored sources (searched 2026-11-24); the formula in alkaloids.ts is derived, not read. Not drawn.',
  mitraphylline:
    'No SMILES, InChI or InChIKey was found in the stored sources (searched 2026-11-24); the formula in alkaloids.ts is unverified. Not drawn.',
};
