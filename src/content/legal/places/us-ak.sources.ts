/** Sources of US-AK, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ak-1': {
    id: 'legal-us-ak-1',
    authors: 'Docslib (copy of Alaska CSAC minutes)',
    title: 'Controlled Substances Advisory Committee - agenda/minutes 10/20/2020 (Alaska)',
    venue: 'docslib.org',
    year: 2020,
    url: 'https://docslib.org/doc/1801989/controlled-substances-advisory-committee-meeting-minutes',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-ak-2': {
    id: 'legal-us-ak-2',
    authors: 'Alaska Legislature',
    title: 'Alaska Statutes ch. 11.71 Controlled Substances',
    venue: 'akleg.gov',
    year: null,
    accessed: '2026-12-06',
    url: 'https://www.akleg.gov/basis/statutes.asp?media=print&secStart=11.71&secEnd=11.71.900',
    kind: 'legal-primary',
  },
  'legal-us-ak-3': {
    id: 'legal-us-ak-3',
    authors: 'Mindful Kratom',
    title: 'Is Kratom Legal in Alaska? [2024 Update]',
    venue: 'mindfulkratom.com',
    year: 2023,
    url: 'https://mindfulkratom.com/is-kratom-legal-in-alaska/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
