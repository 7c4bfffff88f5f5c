/** AR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ar.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'AR',
    level: 'national',
    status: 'banned',
    rules: ['sale-prohibited'],
    minimumAge: null,
    history: [
      {
        date: '2017',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2017',
    effectiveApproximate: true,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-ar-1'],
    localRules: false,
    editorNote:
      'Single advocacy source; verify in the ANMAT/Boletín Oficial (2017). The same source says kratom is not prohibited in most other Latin American countries (Mexico, Chile, Colombia, Peru not verified individually). New jurisdiction. | Effective (as researched): 2017 (reported) | Scope: Reported to have been prohibited in 2017 (instrument not identified; possibly an ANMAT/Ministry of Health measure). | Instrument (as researched): Unverified',
  },
  bestTier: 'interested',
  secondHandOnly: false,
};

export default place;
