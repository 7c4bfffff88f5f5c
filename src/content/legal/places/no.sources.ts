/** Sources of NO, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-no-2': {
    id: 'legal-no-2',
    authors: 'RUSinfo / RUStelefonen (national drug information service)',
    title: 'Salvia-import (RUStelefonen Q&A)',
    venue: 'rusinfo.no',
    year: 2011,
    url: 'https://rusinfo.no/2011/11/salvia-import/',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-no-1': {
    id: 'legal-no-1',
    authors: 'Norwegian Medicines Agency',
    title: 'Norwegian Medicines Agency: potent herbs may be stopped in customs (general, kratom not named in excerpt)',
    venue: 'legemiddelverket.no',
    year: null,
    accessed: '2026-11-24',
    url: 'https://legemiddelverket.no/import-og-salg/import-til-personlig-bruk/privatimport-ved-forsendelse/hva-er-tillatt-for-privatimport-per-post-og-hva-kan-bli-stoppet-i-tollen',
    kind: 'legal-primary',
  },
};

export default sources;
