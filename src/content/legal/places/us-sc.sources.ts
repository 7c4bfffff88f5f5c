/** Sources of US-SC, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-sc-1': {
    id: 'legal-us-sc-1',
    authors: 'SC Statehouse',
    title: 'SC Statehouse: S. 221 history (signed 12 May 2025)',
    venue: 'scstatehouse.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.scstatehouse.gov/sess126_2025-2026/bills/221.htm',
    kind: 'legal-primary',
  },
  'legal-us-sc-2': {
    id: 'legal-us-sc-2',
    authors: 'South Carolina General Assembly',
    title: 'S.C. Code § 44-53-2020 text',
    venue: 'lexace.ai',
    year: null,
    accessed: '2026-11-24',
    url: 'https://lexace.ai/us/statute/south-carolina/44-53-2020',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
