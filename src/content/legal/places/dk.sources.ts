/** Sources of DK, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-dk-1': {
    id: 'legal-dk-1',
    authors: 'Danish Ministry of Health',
    title: 'Danish Ministry of Health: ban on kratom and seven substances (11 Mar 2009)',
    venue: 'sum.dk',
    year: 2009,
    url: 'https://sum.dk/Aktuelt/Nyheder/Forebyggelse/2009/Marts/Forbud_mod_euforiserende_plante.aspx',
    kind: 'legal-primary',
  },
};

export default sources;
