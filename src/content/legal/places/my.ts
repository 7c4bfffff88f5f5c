/** MY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'MY',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2004',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2004',
    effectiveApproximate: true,
    instrument: 'Poisons Act 1952 (Act 366), s. 30(3) and Third Schedule (mitragynine)',
    asOf: '2022-04',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-my-1', 'legal-my-2', 'legal-my-3'],
    localRules: false,
    editorNote:
      "Classified here as 'banned' because possession is an offence, although it sits in poisons law rather than the Dangerous Drugs Act. | Effective (as researched): Offences under Poisons Act 1952 (s. 30(3)) in force since at least 2004 | Scope: Mitragynine (ketum) is a psychotropic substance under the Poisons Act 1952; possessing, selling, processing, transporting, importing or exporting ketum leaves/products is an offence. Planting trees is not itself an offence (as of 2022).",
  },
  sources: {
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
  },
};

export default place;
