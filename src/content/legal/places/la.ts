/** LA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'LA',
    level: 'national',
    status: 'banned',
    rules: ['sale-prohibited'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-la-1'],
    localRules: false,
    editorNote:
      'Single (state-media-derived) source; article date and legal instrument not identified. New jurisdiction. | Effective (as researched): Unverified (pre-dates the news report) | Scope: Police state that cultivation and distribution of kratom are illegal in Laos; enforcement includes arrests for processing/selling kratom tea and uprooting of trees. | Instrument (as researched): Unverified (Lao narcotics law / drug-control lists; instrument not identified)',
  },
  sources: {
    'legal-la-1': {
      id: 'legal-la-1',
      authors: 'J&C Insurance Brokers news page, republishing Vientiane Times',
      title: 'Police Seize 43 Bags of Kratom Leaves (source: Vientiane Times)',
      venue: 'jclao.com',
      year: null,
      accessed: '2026-12-06',
      url: 'https://jclao.com/police-seize-43-bags-of-kratom-leaves/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
