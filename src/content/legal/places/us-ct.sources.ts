/** Sources of US-CT, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ct-4': {
    id: 'legal-us-ct-4',
    authors: 'Connecticut Department of Consumer Protection',
    title: 'Kratom Update',
    venue: 'portal.ct.gov',
    year: 2026,
    url: 'https://portal.ct.gov/dcp/knowledge-base/articles/drug-control/patients/kratom-update-october-2025',
    kind: 'legal-primary',
    seenVia: 'Kratom News Today midyear report 2026-06-12; not opened',
  },
  'legal-us-ct-5': {
    id: 'legal-us-ct-5',
    authors: 'The Lakeville Journal',
    title: 'Kratom, an herbal drug, pulled from Northwest Corner shelves after state ban',
    venue: 'lakevillejournal.com',
    year: 2026,
    url: 'https://lakevillejournal.com/kratom-an-herbal-drug-pulled-from-northwest-corner-shelves-after-state-ban',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-06-07; not opened',
  },
  'legal-us-ct-1': {
    id: 'legal-us-ct-1',
    authors: 'CT DCP',
    title: 'CT DCP press release (24 Feb 2026)',
    venue: 'portal.ct.gov',
    year: 2026,
    url: 'https://portal.ct.gov/dcp/news-releases-from-the-department-of-consumer-protection/2026-news-releases/department-of-consumer-protection-applauds-passage-of-controlled-substance-drug-schedule-updates?language=en_US',
    kind: 'legal-primary',
  },
  'legal-us-ct-2': {
    id: 'legal-us-ct-2',
    authors: 'Protect Kratom',
    title: 'Protect Kratom: Regulation 2025-018 hearing (Oct 2025)',
    venue: 'protectkratom.org',
    year: null,
    accessed: '2026-11-24',
    url: 'http://protectkratom.org/connecticut',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
  'legal-us-ct-3': {
    id: 'legal-us-ct-3',
    authors: 'Kratom Science',
    title: 'Kratom Science: Governor signs PA 25-101 (25 Jun 2025)',
    venue: 'kratomscience.com',
    year: 2025,
    url: 'https://www.kratomscience.com/2025/06/26/connecticut-governor-signs-bill-to-ban-kratom',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
};

export default sources;
