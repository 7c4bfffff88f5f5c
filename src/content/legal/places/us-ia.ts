/** US-IA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-IA',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-01',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-us-ia-1', 'legal-us-ia-2', 'legal-us-ia-3'],
    localRules: false,
    editorNote:
      'Stale risk: 2026 session result not confirmed. | Effective (as researched): none given | Scope: No kratom-specific statute. | Instrument (as researched): None (2026 HF 2133 pending/unverified)',
  },
  sources: {
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
