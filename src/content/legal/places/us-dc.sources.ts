/** Sources of US-DC, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-dc-3': {
    id: 'legal-us-dc-3',
    authors: 'Kraoma',
    title: 'Is Kratom Legal in Washington D.C. in 2023?',
    venue: 'kraoma.com',
    year: 2023,
    url: 'https://kraoma.com/kratom-washington-dc-legality/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-us-dc-4': {
    id: 'legal-us-dc-4',
    authors: 'Kratom Country',
    title: 'Is Kratom Legal in Washington DC?',
    venue: 'kratomcountry.com',
    year: null,
    accessed: '2026-12-06',
    url: 'https://www.kratomcountry.com/blog/is-kratom-legal-in-washington-dc',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-us-dc-5': {
    id: 'legal-us-dc-5',
    authors: 'Legislative Analysis and Public Policy Association (LAPPA)',
    title: 'Kratom: Summary of State Laws',
    venue: 'legislativeanalysis.org',
    year: 2026,
    url: 'https://legislativeanalysis.org/kratom-summary-of-state-laws/',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    seenVia: 'quoted by Kratom News Today midyear report; not opened',
  },
  'legal-us-dc-1': {
    id: 'legal-us-dc-1',
    authors: 'Council of the District of Columbia',
    title: 'DC Code ch. 9 (Controlled Substances Act)',
    venue: 'code.dccouncil.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://code.dccouncil.gov/us/dc/council/code/titles/48/chapters/9/index.full.html',
    kind: 'legal-primary',
  },
  'legal-us-dc-2': {
    id: 'legal-us-dc-2',
    authors: 'Council of the District of Columbia',
    title: 'DC Code § 48-902.14 (analogues)',
    venue: 'lexace.ai',
    year: null,
    accessed: '2026-11-24',
    url: 'https://lexace.ai/us/statute/district-of-columbia/48-902.14',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
