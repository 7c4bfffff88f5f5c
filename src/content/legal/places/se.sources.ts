/** Sources of SE, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-se-1': {
    id: 'legal-se-1',
    authors: 'TT/Eskilstuna-Kuriren',
    title: 'TT/Eskilstuna-Kuriren: FHM proposes classification (27 Jan 2025)',
    venue: 'ekuriren.se',
    year: 2025,
    url: 'https://ekuriren.se/nyheter/inrikes/brott/artikel/fhm-knarkklassa-asiatiska-vaxten/jp2ed1qr',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-se-2': {
    id: 'legal-se-2',
    authors: 'Omni/P3',
    title: 'Omni/P3: Government classifies kratom as narcotic',
    venue: 'omni.se',
    year: null,
    accessed: '2026-11-24',
    url: 'https://omni.se/vaxtdrogen-narkotikaklassas-manniskor-har-dott/a/LMXGMR',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-se-3': {
    id: 'legal-se-3',
    authors: 'Sweden Herald (TT)',
    title: 'Sweden Herald (TT): government classifies plant drug',
    venue: 'swedenherald.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://swedenherald.com/article/the-government-classifies-plant-drug-as-narcotic',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-se-4': {
    id: 'legal-se-4',
    authors: 'kioskigloo.se',
    title: 'Vendor: effective 11 Mar 2025; mitragynine narcotic since 2011',
    venue: 'kioskigloo.se',
    year: null,
    accessed: '2026-11-24',
    url: 'https://kioskigloo.se/en/blogs/nyheter/kratom-narkotikaklassas-11-3-2025',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
