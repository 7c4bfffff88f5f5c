/** IE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ie.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'IE',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2011',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2011',
    effectiveApproximate: true,
    instrument: 'Misuse of Drugs Acts; S.I. No. 554/2011 (Misuse of Drugs exemption amendment order, 2011)',
    asOf: '2011',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-ie-1'],
    localRules: false,
    editorNote:
      'Scheduling S.I. number (552/2011 reported) not verified. | Effective (as researched): 2011 (exact instrument for scheduling unverified) | Scope: Mitragynine and 7-hydroxymitragynine controlled under the Misuse of Drugs Acts (2011 amendments); uncultivated plants containing them addressed in a 2011 exemption order.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
