/** Sources of US-VT, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-vt-1': {
    id: 'legal-us-vt-1',
    authors: 'Speciosa.org',
    title: 'Speciosa.org: Vermont kratom laws',
    venue: 'speciosa.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://speciosa.org/vermont-kratom-laws/',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
  'legal-us-vt-2': {
    id: 'legal-us-vt-2',
    authors: 'Vermont General Assembly',
    title: 'Legiplex: H.416 (2025) KCPA as introduced',
    venue: 'app.legiplex.com',
    year: 2025,
    url: 'https://app.legiplex.com/vt/legislature/2025/2025-r/bills/h0416/drafts-latest',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-vt-3': {
    id: 'legal-us-vt-3',
    authors: 'goldenmonk.com',
    title: 'Vendor overview',
    venue: 'goldenmonk.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://goldenmonk.com/blog/vermont-kratom-legality/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
