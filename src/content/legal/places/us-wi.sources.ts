/** Sources of US-WI, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-wi-1': {
    id: 'legal-us-wi-1',
    authors: 'triumphbotanicals.com',
    title: 'Vendor overview citing Act 351, § 961.14',
    venue: 'triumphbotanicals.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://triumphbotanicals.com/blog/wisconsin-kratom-laws',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-us-wi-2': {
    id: 'legal-us-wi-2',
    authors: 'Wellbrook Recovery',
    title: 'Can I use Kratom or 7-OH in Wisconsin? The legal and public battle surrounding a controversial substance',
    venue: 'wellbrookrecovery.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://wellbrookrecovery.com/blog/kratom-and-7-oh-legal-status-in-wisconsin',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-wi-3': {
    id: 'legal-us-wi-3',
    authors: 'getkratom.com',
    title: 'Vendor: legalisation bills died (2024)',
    venue: 'getkratom.com',
    year: 2024,
    url: 'https://www.getkratom.com/blog/is-kratom-legal-in-wisconsin-b114.html',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
