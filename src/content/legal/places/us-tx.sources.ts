/** Sources of US-TX, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-tx-4': {
    id: 'legal-us-tx-4',
    authors: 'Super Speciosa',
    title: 'Legislative Update: Texas squashes ban bill as Colorado and Mississippi target 7-OH products',
    venue: 'superspeciosa.com',
    year: 2025,
    url: 'https://superspeciosa.com/blogs/news/legislative-update-texas-squashes-ban-bill-as-colorado-and-mississippi-target-7-oh-products',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-us-tx-3': {
    id: 'legal-us-tx-3',
    authors: 'FastDemocracy',
    title: 'FastDemocracy: HB 291 (special session)',
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=TXB00082878&billsummary_session=891&billsummary_state=tx',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-tx-5': {
    id: 'legal-us-tx-5',
    authors: 'Texas Attorney General',
    title: 'Attorney General Paxton Sues Kratom Retailers Selling Products Containing Nearly Fifty Times Legal Limit',
    venue: 'texasattorneygeneral.gov',
    year: 2026,
    url: 'https://www.texasattorneygeneral.gov/news/releases/attorney-general-paxton-sues-kratom-retailers-selling-products-containing-nearly-fifty-times-legal',
    kind: 'legal-primary',
    seenVia: 'Kratom News Today midyear report; not opened',
  },
  'legal-us-tx-1': {
    id: 'legal-us-tx-1',
    authors: 'Texas Legislature',
    title: 'Legiplex: SB 497 enrolled text',
    venue: 'app.legiplex.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://app.legiplex.com/tx/legislature/2023/88-0/bills/sb497/draft-627483?id=627483',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-tx-2': {
    id: 'legal-us-tx-2',
    authors: 'Texas Legislature',
    title: 'Tex. Health & Safety Code § 444.003 (eff. 9/1/2023)',
    venue: 'd1tvxue8o4w0fl.cloudfront.net',
    year: null,
    accessed: '2026-11-24',
    url: 'https://d1tvxue8o4w0fl.cloudfront.net/statute/texas-codes/health-and-safety-code/title-6-food-drugs-alcohol-and-hazardous-substances/subtitle-a-food-and-drug-health-regulations/chapter-444-multiple-versions-manufacture-distribution-and-sale-of-kratom-products/section-444003-multiple-versions-adulterated-contaminated-and-prohibited-kratom-products',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
