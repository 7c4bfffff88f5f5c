/** US-WV: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-WV',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'pending-change'],
    minimumAge: 21,
    effective: '2023',
    effectiveApproximate: false,
    instrument: 'SB 220 (2023), W. Va. Code § 19-12F-1 et seq. (Select Plant-Based Derivatives Regulation Act: Kratom)',
    asOf: '2026-01',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'high',
    sources: ['legal-us-wv-1', 'legal-us-wv-2', 'legal-us-wv-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2023 | Scope: Permits from the Commissioner of Agriculture required to manufacture, process, distribute or sell kratom; sales limited to 21+ with age verification for online/remote sales; excise tax.',
  },
  sources: {
    'legal-us-wv-1': {
      id: 'legal-us-wv-1',
      authors: '',
      title: 'W. Va. Code § 19-12F-4 (permits)',
      venue: 'code.wvlegislature.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://code.wvlegislature.gov/19-12F-4/',
      kind: 'legal-primary',
    },
    'legal-us-wv-2': {
      id: 'legal-us-wv-2',
      authors: '',
      title: 'W. Va. Code § 19-12F-6 (age verification, 21)',
      venue: 'code.wvlegislature.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://code.wvlegislature.gov/19-12F-6/',
      kind: 'legal-primary',
    },
    'legal-us-wv-3': {
      id: 'legal-us-wv-3',
      authors: 'WV Legislature',
      title: 'WV Legislature: SB 534 (2026)',
      venue: 'bills.wvlegislature.gov',
      year: 2026,
      url: 'https://bills.wvlegislature.gov/bill/history/2026/RS/SB534',
      kind: 'legal-primary',
    },
  },
};

export default place;
