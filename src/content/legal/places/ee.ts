/** EE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ee.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'EE',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance', 'import-restricted'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2013-11-29',
        status: 'banned',
      },
    ],
    effective: '2013-11-29',
    effectiveApproximate: false,
    instrument:
      'Regulation of the Minister of Social Affairs No. 73 (18 May 2005) on lists of narcotic and psychotropic substances, List I, as amended (RT I, 26.11.2013, 4)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-ee-1', 'legal-ee-2'],
    localRules: false,
    editorNote:
      "Changes 'unclear' to 'banned' (government agency notice). | Effective (as researched): 2013-11-29 | Scope: Mitragyna speciosa (kratom), mitragynine and 7-hydroxymitragynine were added to List I of narcotic and psychotropic substances (substances with no medical use) from 29 Nov 2013; handling is prohibited outside authorised medical/scientific purposes, and ordering online and sending by post are expressly banned. | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
