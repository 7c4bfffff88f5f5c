/** US-MA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ma.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-MA',
    level: 'state',
    status: 'banned',
    rules: ['controlled-substance', 'pending-change'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    endDate: '2027-08-28',
    temporary: true,
    history: [
      {
        date: '2025-11',
        status: 'legal',
      },
      {
        date: '2026-08-28',
        status: 'banned',
      },
    ],
    effective: '2026-08-28',
    effectiveApproximate: false,
    instrument:
      'DPH Commissioner order under M.G.L. c. 94C s. 2A (temporary placement in Schedule I; emergency regulation, 14-day notice, max 1 year)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: [
      'legal-us-ma-4',
      'legal-us-ma-5',
      'legal-us-ma-7',
      'legal-us-ma-6',
      'legal-us-ma-8',
      'legal-us-ma-2',
      'legal-us-ma-3',
      'legal-us-ma-1',
    ],
    localRules: true,
    editorNote:
      'Order text itself not opened. Before the order, ~20+ municipalities had local bans (e.g., Lowell, Chelmsford, Dracut, Rockland, Edgartown 9 Jun 2026, Tisbury Jul 2026, Hopkinton, Deerfield, Plymouth regulations from 1 Jul 2026, Franklin). Status may revert when the order expires unless the Legislature acts (bills pending in House Ways and Means). | Effective (as researched): 2026-08-28 (after 14-day notice from 2026-08-13); may remain in effect up to 1 year (to ~2027-08-28) | Scope: Temporary emergency order of the Commissioner of Public Health places kratom in Schedule I under state law: any product held out as kratom and any product containing Mitragyna speciosa, mitragynine, 7-OH, mitragynine pseudoindoxyl, MGM-15, MGM-16 (and isomers, esters, ethers, salts). Possession, distribution and sale illegal statewide; local boards of health empowered to enforce against licensees. | Previous entry: legal, medium confidence, as of 2025-11.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
