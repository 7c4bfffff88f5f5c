/** US-IA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-IA',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-ia-2', 'legal-us-ia-1', 'legal-us-ia-3', 'legal-us-ia-4'],
    localRules: false,
    editorNote:
      'Confidence raised from low to medium; no primary adjournment record opened. Mid-2026 national tallies of ban states (Kratom News Today) also omit Iowa. | Effective (as researched): none | Scope: No kratom-specific statute. 2026 bills to place kratom in Schedule I (HF 2133 / SF 2192) and the competing regulatory amendment (H-8168, new chapter 124F) did not become law; the legislature adjourned without enacting either. | Instrument (as researched): None | Previous entry: legal, low confidence, as of 2026-01.',
  },
  sources: {
    'legal-us-ia-4': {
      id: 'legal-us-ia-4',
      authors: 'antikratom.org (anti-kratom advocacy)',
      title: 'Iowa - legislature adjourned without passing a statewide kratom ban',
      venue: 'antikratom.org',
      year: 2026,
      url: 'https://antikratom.org/states/iowa.html',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
    'legal-us-ia-2': {
      id: 'legal-us-ia-2',
      authors: 'Iowa Legislature',
      title: 'Iowa Legislature: amendment H-8168 to HF 2133 (regulatory framework)',
      venue: 'legis.iowa.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.legis.iowa.gov/docs/publications/AMDI/91/attachments/H8168.html',
      kind: 'legal-primary',
    },
    'legal-us-ia-1': {
      id: 'legal-us-ia-1',
      authors: 'Iowa Legislature',
      title: 'Iowa Legislature: HSB 508 (kratom Schedule I)',
      venue: 'legis.iowa.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.legis.iowa.gov/docs/publications/LGI/91/attachments/HSB508.html?layout=false',
      kind: 'legal-primary',
    },
    'legal-us-ia-3': {
      id: 'legal-us-ia-3',
      authors: 'VulcanBills',
      title: 'VulcanBills: HSB 508 renumbered HF 2133 (21 Jan 2026)',
      venue: 'vulcanbills.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://vulcanbills.com/ia/2025/HSB508',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
