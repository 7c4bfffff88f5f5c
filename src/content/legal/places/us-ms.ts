/** US-MS: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-MS',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2025-07-01',
        status: 'regulated',
      },
    ],
    effective: '2025-07-01',
    effectiveApproximate: false,
    instrument: 'HB 1077 (2025) Mississippi Kratom Consumer Protection Act; HB 1896 (2025) kratom excise tax',
    asOf: '2025-07',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ms-1', 'legal-us-ms-2', 'legal-us-ms-3'],
    localRules: true,
    editorNote:
      "Many local bans: check county/city. | Effective (as researched): 2025-07-01 | Scope: 21+ (purchase and public possession); behind-counter sales; 'kratom product' excludes synthesized alkaloids and products with 7-OH >1% of total alkaloids or >0.5 mg per container; local bans preserved; 25% excise tax and product registration (HB 1896).",
  },
  sources: {
    'legal-us-ms-1': {
      id: 'legal-us-ms-1',
      authors: 'Mississippi Legislature',
      title: 'Legiplex: HB 1077 as sent to Governor (text)',
      venue: 'app.legiplex.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://app.legiplex.com/ms/legislature/2025/2025-r/bills/hb1077/drafts-compare',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-ms-2': {
      id: 'legal-us-ms-2',
      authors: 'Dana Criswell',
      title: 'Legislator newsletter: HB 1077 signed 24 Apr 2025, effective 1 Jul 2025',
      venue: 'politicalemails.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://politicalemails.org/messages/1872302/html_body',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-ms-3': {
      id: 'legal-us-ms-3',
      authors: 'Fight for Botanicals',
      title: 'Fight for Botanicals: 25% excise tax, registration',
      venue: 'fightforbotanicals.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fightforbotanicals.com/mississippi-sets-new-age-limits-and-taxes-on-kratom-sales',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
  },
};

export default place;
