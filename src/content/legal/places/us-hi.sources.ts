/** Sources of US-HI, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-hi-1': {
    id: 'legal-us-hi-1',
    authors: 'Hawaii State Legislature (Capitol website mirror)',
    title: 'S.B. 463 (2025) - Hawaii Kratom Consumer Protection Act (bill text)',
    venue: 'capitolwebsite.azurewebsites.net',
    year: 2025,
    url: 'https://capitolwebsite.azurewebsites.net/sessions/session2025/bills/SB463_.HTM',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-hi-2': {
    id: 'legal-us-hi-2',
    authors: 'VulcanBills',
    title: 'HI HB717 (2025) status',
    venue: 'vulcanbills.com',
    year: 2025,
    url: 'https://vulcanbills.com/hi/2025/HB717',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-hi-3': {
    id: 'legal-us-hi-3',
    authors: 'Super Speciosa',
    title: 'Kratom Regulation Stalls in Hawaii Senate After Pushback on Wording',
    venue: 'superspeciosa.com',
    year: 2025,
    url: 'https://superspeciosa.com/blogs/news/kratom-regulation-stalls-in-hawaii-senate-after-pushback-on-wording',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
