/** Sources of US-OR, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-or-1': {
    id: 'legal-us-or-1',
    authors: 'Oregon DOR',
    title: 'Oregon DOR: Kratom processor registration',
    venue: 'oregon.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.oregon.gov/dor/programs/businesses/pages/kratom-processor-registration.aspx',
    kind: 'legal-primary',
  },
  'legal-us-or-2': {
    id: 'legal-us-or-2',
    authors: 'Oregon Legislative Assembly',
    title: 'Legiplex: HB 4010 (chaptered 1 Apr 2022)',
    venue: 'app.legiplex.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://app.legiplex.com/or/legislature/2022/2022-r/bills/hb4010',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-or-3': {
    id: 'legal-us-or-3',
    authors: 'Oregon Department of Revenue',
    title: 'OAR 150-475-6010',
    venue: 'regulations.justia.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://regulations.justia.com/states/oregon/chapter-150/division-475/section-150-475-6010',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
