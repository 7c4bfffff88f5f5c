/** Sources of CH, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-ch-1': {
    id: 'legal-ch-1',
    authors: 'kratomkaufen.ch',
    title: 'Swiss vendor site: alkaloids added to narcotics ordinance Oct 2017',
    venue: 'kratomkaufen.ch',
    year: null,
    accessed: '2026-11-24',
    url: 'https://kratomkaufen.ch',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-pl-1': {
    id: 'legal-pl-1',
    authors: 'Verbraucherzentrale NRW',
    title: 'Verbraucherzentrale NRW: list of controlling countries',
    venue: 'verbraucherzentrale.nrw',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.verbraucherzentrale.nrw/wissen/projekt-klartext-nem/kratom-erhebliches-risiko-27156',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
