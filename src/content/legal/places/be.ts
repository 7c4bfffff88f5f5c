/** BE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'BE',
    level: 'national',
    status: 'unclear',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Unverified (KB 26 Sept 2017)',
    asOf: '2026-11',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-be-1'],
    localRules: false,
    editorNote:
      "EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: No source found; the 2017 royal decree introduced generic NPS group controls, but kratom's inclusion was not verified. | Editorial: food-supplement-ban = EU novel-food baseline only; national drug status not determined.",
  },
  sources: {
    'legal-be-1': {
      id: 'legal-be-1',
      authors: 'VAD',
      title: 'VAD: 2017 generic NPS legislation (context)',
      venue: 'vad.be',
      year: null,
      accessed: '2026-11-24',
      url: 'https://vad.be/artikels/generieke-wetgeving-maakt-bijna-alle-nieuwe-psychoactieve-stoffen-nps-illegaal/',
      kind: 'secondary',
      secondaryNote: 'Secondary source on the 2017 generic NPS law (context only; kratom not verified).',
    },
  },
};

export default place;
