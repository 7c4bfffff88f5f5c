/** US-AL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-AL',
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
        date: '2016-05-10',
        status: 'banned',
      },
    ],
    effective: '2016-05-10',
    effectiveApproximate: false,
    instrument:
      'Act 2016-279 (SB 226), amending Code of Ala. § 20-2-23; AG statewide cease-and-desist order (25 Mar 2026)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-us-al-4', 'legal-us-al-1', 'legal-us-al-2', 'legal-us-al-3'],
    localRules: false,
    editorNote:
      'No status change; adds 2026 enforcement. | Effective (as researched): 2016-05-10 | Scope: Mitragynine and 7-hydroxymitragynine in Schedule I (covers all kratom products). In March 2026 the Attorney General issued a statewide cease-and-desist order to businesses possessing or selling mitragynine/7-OH products. | Previous entry: banned, high confidence, as of 2026-03.',
  },
  sources: {
    'legal-us-al-4': {
      id: 'legal-us-al-4',
      authors: 'Alabama Attorney General',
      title: 'Alabama Attorney General Issues Statewide Cease-and-Desist Order Targeting Illegal Kratom Products',
      venue: 'alabamaag.gov',
      year: 2026,
      url: 'https://www.alabamaag.gov/alabama-attorney-general-issues-statewide-cease-and-desist-order-targeting-illegal-kratom-products/',
      kind: 'legal-primary',
      seenVia: 'Kratom News Today briefings (June 2026); not opened',
    },
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
