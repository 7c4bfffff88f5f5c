/** NL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'NL',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban', 'import-restricted'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument:
      'Warenwet / Regulation (EU) 2015/2283; Rechtbank Rotterdam ECLI:NL:RBROT:2023:4249; CBb judgment (2025)',
    asOf: '2025-10',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-nl-1', 'legal-eu-2'],
    localRules: false,
    editorNote:
      'EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: Not on Opium Act lists; authorities treat kratom powder as a food and refuse imports as an unauthorised novel food (court-upheld); sale for consumption therefore unlawful; possession not an offence.',
  },
  sources: {
    'legal-nl-1': {
      id: 'legal-nl-1',
      authors: 'Rechtbank Rotterdam',
      title: 'Rechtbank Rotterdam 23 May 2023 (kratom treated as food; import refused)',
      venue: 'lexboost.com',
      year: 2023,
      url: 'https://lexboost.com/rechtspraak/ECLI:NL:RBROT:2023:4249',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-eu-2': {
      id: 'legal-eu-2',
      authors: 'Ploum',
      title: 'Ploum (law firm): Dutch CBb judgment on kratom as food (Oct 2025)',
      venue: 'ploum.nl',
      year: 2025,
      url: 'https://ploum.nl/en/news/foodstuff-or-not-a-closer-look-at-the-legal-status-of-kratom',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
