/** Sources of US-KY, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ky-1': {
    id: 'legal-us-ky-1',
    authors: 'Kentucky LRC',
    title: 'Kentucky LRC: HB 293 record (signed 4 Apr 2024, Acts ch. 44)',
    venue: 'apps.legislature.ky.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://apps.legislature.ky.gov/record/24RS/hb293.html',
    kind: 'legal-primary',
  },
  'legal-us-ky-2': {
    id: 'legal-us-ky-2',
    authors: 'Kentucky General Assembly',
    title: 'KRS 217.2202 text (effective 15 Jul 2024)',
    venue: 'courtgpt.ai',
    year: null,
    accessed: '2026-11-24',
    url: 'https://courtgpt.ai/laws/kentucky/chapter-217/section-217-2202',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
