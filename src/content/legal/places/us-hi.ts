/** US-HI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-HI',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-hi-1', 'legal-us-hi-2', 'legal-us-hi-3'],
    localRules: false,
    editorNote:
      '2026 session outcome not verified. | Effective (as researched): none | Scope: No kratom-specific statute located. 2025 Hawaii Kratom Consumer Protection Act bills (SB 463; HB 717 - registration from 2026, 7-OH <=2%, labelling, penalties) stalled in committee; HB 717 carried into 2026 (outcome not verified). | Instrument (as researched): None found (SB 463 / HB 717 (2025-2026) not enacted as far as verified) | Previous entry: legal, low confidence, as of 2026-11.',
  },
  sources: {
    'legal-us-hi-1': {
      id: 'legal-us-hi-1',
      authors: 'Hawaii State Legislature (Capitol website mirror)',
      title: 'S.B. 463 (2025) - Hawaii Kratom Consumer Protection Act (bill text)',
      venue: 'capitolwebsite.azurewebsites.net',
      year: 2025,
      url: 'https://capitolwebsite.azurewebsites.net/sessions/session2025/bills/SB463_.HTM',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-hi-2': {
      id: 'legal-us-hi-2',
      authors: 'VulcanBills',
      title: 'HI HB717 (2025) status',
      venue: 'vulcanbills.com',
      year: 2025,
      url: 'https://vulcanbills.com/hi/2025/HB717',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-hi-3': {
      id: 'legal-us-hi-3',
      authors: 'Super Speciosa',
      title: 'Kratom Regulation Stalls in Hawaii Senate After Pushback on Wording',
      venue: 'superspeciosa.com',
      year: 2025,
      url: 'https://superspeciosa.com/blogs/news/kratom-regulation-stalls-in-hawaii-senate-after-pushback-on-wording',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
