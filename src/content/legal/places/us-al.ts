/** US-AL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-AL',
    level: 'state',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: '2016-05-10',
    effectiveApproximate: false,
    instrument: 'Act 2016-279 (SB 226), amending Code of Ala. § 20-2-23',
    asOf: '2026-03',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-al-1', 'legal-us-al-2', 'legal-us-al-3'],
    localRules: false,
    editorNote:
      'No repeal found through March 2026. | Effective (as researched): 2016-05-10 | Scope: Mitragynine and 7-hydroxymitragynine in Schedule I (covers all kratom products).',
  },
  sources: {
    'legal-us-al-1': {
      id: 'legal-us-al-1',
      authors: 'Alabama Political Reporter',
      title: 'Alabama Political Reporter: Bentley signs bill banning kratom (May 2016)',
      venue: 'alreporter.com',
      year: 2016,
      url: 'https://www.alreporter.com/2016/05/12/bentley-signs-bill-banning-kratom/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-al-2': {
      id: 'legal-us-al-2',
      authors: 'Southern Torch',
      title: 'Southern Torch: DA warns kratom now illegal',
      venue: 'southerntorch.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://southerntorch.com/news/district-attorney-warns-dekalb-kratom-supplement-now-illegal',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-al-3': {
      id: 'legal-us-al-3',
      authors: 'Botanical Education Alliance',
      title: 'Botanical Education Alliance: Alabama page (modified Mar 2026)',
      venue: 'botanicalae.org',
      year: 2026,
      url: 'https://www.botanicalae.org/index.php?rest_route=%2Fwp%2Fv2%2Fpages%2F2031',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
  },
};

export default place;
