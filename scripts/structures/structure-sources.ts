/**
 * Bibliography for the chemical structures in `structures.ts` (ids `ST…`). Same shape as the
 * evidence bibliography (`sources.ts`); kept apart so the structure data can change without touching
 * the evidence list. Mirrors of Wikipedia are `secondary`, shop pages are `vendor`.
 * `npm run content:check` validates these entries like every other source.
 */
import type { Source } from '../../src/content/types.js';

/** Date the structure sources were read. */
const ACCESSED = '2026-11-24';

export const STRUCTURE_SOURCES: Readonly<Record<string, Source>> = {
  ST1: {
    id: 'ST1',
    authors: '',
    title: 'Mitragynine',
    venue: 'Wikipedia (mirror: review.clateway.com)',
    year: null,
    accessed: ACCESSED,
    url: 'https://review.clateway.com/wiki/view_html.php?q=Mitragynine&sq=Qlik',
    kind: 'secondary',
    secondaryNote:
      'Wikipedia infobox read via a mirror: isomeric SMILES, standard InChI, InChIKey LELBFTMXCIIKKX-QVRQZEMUSA-N, formula C23H30N2O4, molar mass 398.503 g/mol. The identifier values (CID, UNII) were not rendered on this mirror.',
  },
  ST2: {
    id: 'ST2',
    authors: '',
    title: 'Mitragynine',
    venue: 'Wikipedia (mirror: IPFS snapshot)',
    year: null,
    accessed: ACCESSED,
    url: 'https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Mitragynine.html',
    kind: 'secondary',
    secondaryNote:
      'Older Wikipedia snapshot: PubChem 3034396, ChemSpider 2298865, ChEMBL299031, UNII EP479K822J, formula C23H30N2O4, molar mass 398.4953 g/mol. No SMILES shown.',
  },
  ST3: {
    id: 'ST3',
    authors: '',
    title: '7-Hydroxymitragynine',
    venue: 'Wikipedia (mirror: en.m.wiki.x.io)',
    year: null,
    accessed: ACCESSED,
    url: 'http://en.m.wiki.x.io/wiki/7-hydroxymitragynine',
    kind: 'secondary',
    secondaryNote:
      'Wikipedia infobox read via a mirror: isomeric SMILES, standard InChI, InChIKey RYENLSMHLCNXJT-CYXFISRXSA-N, formula C23H30N2O5, molar mass 414.502 g/mol.',
  },
  ST4: {
    id: 'ST4',
    authors: '',
    title: '7-Hydroxymitragynine (Cat. No. B600473)',
    venue: 'BenchChem',
    year: null,
    accessed: ACCESSED,
    url: 'https://benchchem.com/product/b600473',
    kind: 'vendor',
    secondaryNote: 'Vendor product page; used only for its printed InChIKey (RYENLSMHLCNXJT-CYXFISRXSA-N).',
  },
  ST5: {
    id: 'ST5',
    authors: '',
    title: '7-Hydroxymitragynine (Catalog No. S1789903)',
    venue: 'Smolecule',
    year: null,
    accessed: ACCESSED,
    url: 'https://www.smolecule.com/products/s1789903',
    kind: 'vendor',
    secondaryNote:
      'Vendor product page; used only for its printed InChI, InChIKey (RYENLSMHLCNXJT-CYXFISRXSA-N) and isomeric SMILES, which agree with ST3.',
  },
  ST6: {
    id: 'ST6',
    authors: '',
    title: 'Mitragynine pseudoindoxyl explained',
    venue: 'Everything Explained Today (Wikipedia mirror)',
    year: null,
    accessed: ACCESSED,
    url: 'http://everything.explained.today/Mitragynine_pseudoindoxyl/',
    kind: 'secondary',
    secondaryNote:
      'Wikipedia drugbox read via a mirror: SMILES, StdInChI, StdInChIKey BAEJBRCYKACTAA-WGUOAFTMSA-N, PubChem 44301701, ChemSpider 23152339, CAS 2035457-43-1, C23H30N2O5.',
  },
};
