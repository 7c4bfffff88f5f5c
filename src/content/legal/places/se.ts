/** SE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'SE',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2025-03-11',
        status: 'banned',
      },
    ],
    effective: '2025-03-11',
    effectiveApproximate: false,
    instrument:
      'Government decision classifying the plant as narcotic on the Public Health Agency (FHM) proposal (regulation title unverified)',
    asOf: '2025-03',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-se-1', 'legal-se-2', 'legal-se-3', 'legal-se-4'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2011 (mitragynine); 2025-03-11 (plant) | Scope: Mitragynine classified as narcotic (2011); the plant Mitragyna speciosa classified as narcotic from 11 Mar 2025 (import now smuggling/drug offence).',
  },
  sources: {
    'legal-se-1': {
      id: 'legal-se-1',
      authors: 'TT/Eskilstuna-Kuriren',
      title: 'TT/Eskilstuna-Kuriren: FHM proposes classification (27 Jan 2025)',
      venue: 'ekuriren.se',
      year: 2025,
      url: 'https://ekuriren.se/nyheter/inrikes/brott/artikel/fhm-knarkklassa-asiatiska-vaxten/jp2ed1qr',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-se-2': {
      id: 'legal-se-2',
      authors: 'Omni/P3',
      title: 'Omni/P3: Government classifies kratom as narcotic',
      venue: 'omni.se',
      year: null,
      accessed: '2026-11-24',
      url: 'https://omni.se/vaxtdrogen-narkotikaklassas-manniskor-har-dott/a/LMXGMR',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-se-3': {
      id: 'legal-se-3',
      authors: 'Sweden Herald (TT)',
      title: 'Sweden Herald (TT): government classifies plant drug',
      venue: 'swedenherald.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://swedenherald.com/article/the-government-classifies-plant-drug-as-narcotic',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-se-4': {
      id: 'legal-se-4',
      authors: 'kioskigloo.se',
      title: 'Vendor: effective 11 Mar 2025; mitragynine narcotic since 2011',
      venue: 'kioskigloo.se',
      year: null,
      accessed: '2026-11-24',
      url: 'https://kioskigloo.se/en/blogs/nyheter/kratom-narkotikaklassas-11-3-2025',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
