/** Sources of US-AL, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
