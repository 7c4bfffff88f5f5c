/** Sources of US-MD, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-md-1': {
    id: 'legal-us-md-1',
    authors: 'Maryland General Assembly',
    title: 'Legiplex: HB 1229 enrolled text (Ch. 748)',
    venue: 'app.legiplex.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://app.legiplex.com/md/legislature/2024/2024-r/bills/hb1229/drafts-latest',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-md-2': {
    id: 'legal-us-md-2',
    authors: 'Maryland General Assembly',
    title: 'Md. Code HG § 21-2E-01 (eff. 10/1/2024)',
    venue: 'd1tvxue8o4w0fl.cloudfront.net',
    year: null,
    accessed: '2026-11-24',
    url: 'https://d1tvxue8o4w0fl.cloudfront.net/statute/code-of-maryland/article-health-general/title-21-food-drugs-and-cosmetics/subtitle-2e-kratom-consumer-protection-act/section-21-2e-01-definitions',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
