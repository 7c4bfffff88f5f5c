/** US-AR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-AR',
    level: 'state',
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
        date: '2016',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2016',
    effectiveApproximate: true,
    instrument:
      'Arkansas Department of Health / State Board of Health amendment to the Arkansas List of Controlled Substances (Ark. Code § 5-64-201 et seq.)',
    asOf: '2025-04',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ar-1', 'legal-us-ar-2'],
    localRules: false,
    editorNote:
      'Exact effective date of the 2016 listing not confirmed from the ADH list itself. | Effective (as researched): early 2016 (exact date unverified) | Scope: Mitragynine and 7-hydroxymitragynine listed in Schedule I of the Arkansas List of Controlled Substances.',
  },
  sources: {
    'legal-us-ar-1': {
      id: 'legal-us-ar-1',
      authors: 'KATV',
      title: 'KATV: Arkansas listed kratom alkaloids in Schedule I (2016)',
      venue: 'katv.com',
      year: 2016,
      url: 'https://katv.com/news/local/dea-moves-to-ban-kratom-months-after-arkansas-made-it-illegal',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-ar-2': {
      id: 'legal-us-ar-2',
      authors: 'Arkansas Express',
      title: 'Arkansas Express: House committee rejects kratom legalisation bill (Apr 2025)',
      venue: 'arkansas-express.com',
      year: 2025,
      url: 'https://arkansas-express.com/2025/04/14/house-committee-rejects-kratom-bill/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
