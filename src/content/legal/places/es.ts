/** ES: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'ES',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Not controlled; Regulation (EU) 2015/2283; medicines law (RDL 1/2015)',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-es-1', 'legal-es-2'],
    localRules: false,
    editorNote:
      "EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: Not a controlled drug; not authorised as a medicine or food (unauthorised novel food); sold only as 'not for human consumption'.",
  },
  sources: {
    'legal-es-1': {
      id: 'legal-es-1',
      authors: 'LegalClarity',
      title: 'LegalClarity: Spain',
      venue: 'legalclarity.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://legalclarity.org/is-kratom-legal-in-spain-sale-possession-import-rules',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-es-2': {
      id: 'legal-es-2',
      authors: 'vicentebaos.substack.com',
      title: 'Pharmacist blog: sale as supplement not permitted in EU/Spain',
      venue: 'vicentebaos.substack.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://vicentebaos.substack.com/p/katrom',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
