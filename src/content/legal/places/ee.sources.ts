/** Sources of EE, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-ee-1': {
    id: 'legal-ee-1',
    authors: 'Ravimiamet (Estonian State Agency of Medicines)',
    title: 'Muudatus narkootiliste ja psühhotroopsete ainete nimekirjades',
    venue: 'ravimiamet.ee',
    year: 2013,
    url: 'https://www.ravimiamet.ee/muudatus-narkootiliste-ja-ps%C3%BChhotroopsete-ainete-nimekirjades-0',
    kind: 'legal-primary',
  },
  'legal-ee-2': {
    id: 'legal-ee-2',
    authors: 'Postimees',
    title: 'Narkootiliste ainete nimekiri täieneb kahe taimega',
    venue: 'postimees.ee',
    year: 2013,
    url: 'http://www.postimees.ee/1362708/narkootiliste-ainete-nimekiri-taieneb-kahe-taimega',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
