/** Sources of MY, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-my-1': {
    id: 'legal-my-1',
    authors: 'Malay Mail',
    title: 'Malay Mail: ketum regulated under s. 30(3) Poisons Act (Jan 2019)',
    venue: 'malaymail.com',
    year: 2019,
    url: 'https://www.malaymail.com/s/1713563/planting-ketum-without-go-ahead-from-moh-that-would-be-an-offence',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-my-2': {
    id: 'legal-my-2',
    authors: 'CNA',
    title: 'CNA: planting not an offence; picking/processing/selling is (Apr 2022)',
    venue: 'channelnewsasia.com',
    year: 2022,
    url: 'https://www.channelnewsasia.com/asia/malaysia-hemp-ketum-amend-laws-cultivation-police-anti-narcotics-2647886?cid=cna_flip_070214',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-my-3': {
    id: 'legal-my-3',
    authors: 'Samihah Khalil @ Halim, Rusniah Ahmad, Siti Alida John Abdullah',
    title:
      'Enforcement status of the Poison Act 1952 against offences related to kratom (Mitragyna speciosa Korth) misuse in Malaysia',
    venue: 'UUM Journal of Legal Studies 11(1):75–93 (record on malrep.uum.edu.my)',
    year: 2020,
    url: 'http://malrep.uum.edu.my/rep/Record/my.uum.repo.27553/Description',
    kind: 'secondary',
    secondaryNote: 'Journal article on enforcement of the Poisons Act; the Act itself was not seen.',
    doi: '10.32890/uumjls.11.1.2020.6928',
  },
};

export default sources;
