/** CH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ch.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'CH',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2017-10',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2017-10',
    effectiveApproximate: true,
    instrument: 'Betäubungsmittelverzeichnisverordnung (BetmVV-EDI, SR 812.121.11) annex',
    asOf: '2023',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-pl-1', 'legal-ch-1'],
    localRules: false,
    editorNote:
      'Verify the AS (Official Compilation) amendment adding mitragynine. | Effective (as researched): 2017-10 (reported) | Scope: Mitragynine and 7-hydroxymitragynine reportedly added to the narcotics lists (BetmVV-EDI annex) in October 2017; trade prohibited.',
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
