/** US-IL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-IL',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'pending-change'],
    minimumAge: 18,
    history: [
      {
        date: '2015-01-01',
        status: 'regulated',
        dateApproximate: true,
      },
    ],
    localities: [
      {
        name: 'Alton',
        kind: 'ban',
        date: '2018-03',
        sources: ['legal-us-il-4'],
      },
      {
        name: 'Monticello',
        kind: 'restriction',
        date: '2026',
        sources: ['legal-us-il-5'],
      },
    ],
    effective: '2015-01-01',
    effectiveApproximate: true,
    instrument:
      "Kratom Control Act, 720 ILCS 642 (HB 5526, 98th GA); municipal ordinances (e.g., Alton City Code Title 7 ch. 15 'Kratom Prohibited')",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'high',
    sources: ['legal-us-il-1', 'legal-us-il-3', 'legal-us-il-4', 'legal-us-il-5', 'legal-us-il-2'],
    localRules: true,
    editorNote:
      'Statewide status unchanged; 2026 bills (HB 5242 KCPA; SB 3160 prohibition) outcomes still unverified. | Effective (as researched): 2015-01-01 (assumed; Act signed 2014-08-18) | Scope: Sale/distribution of kratom products to persons under 18 prohibited; possession by minors prohibited. Local bans: Alton (possession and sale banned by ordinance, 28 Mar 2018); Jerseyville (reported); Mount Carmel moving to ban synthetic kratom/7-OH (Jul 2026); Monticello ordinance banning synthetic kratom; Naperville and Streator debating retail bans (Aug 2026). | Previous entry: regulated, high confidence, as of 2026-02.',
  },
  sources: {
    'legal-us-il-4': {
      id: 'legal-us-il-4',
      authors: 'The Advantage News (Alton, IL)',
      title: 'Alton City Council bans kratom',
      venue: 'advantagenews.com',
      year: 2018,
      url: 'http://advantagenews.com/news/alton-city-council-bans-kratom/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-il-5': {
      id: 'legal-us-il-5',
      authors: 'WAND via Local News Wave',
      title: 'Monticello passes ordinance banning sale of unregulated drugs incl. synthetic kratom',
      venue: 'localnewswave.com',
      year: 2026,
      url: 'https://www.localnewswave.com/article/1026769643304742912',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-il-1': {
      id: 'legal-us-il-1',
      authors: 'ILGA',
      title: 'ILGA: HB 5526 amendment text (Kratom Control Act)',
      venue: 'ilga.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.ilga.gov/legislation/fulltext.asp?DocName=09800HB5526ham001&GA=98&LegID=80516&SessionId=85&SpecSess=0&DocTypeId=HB&DocNum=5526&GAID=12&Session=',
      kind: 'legal-primary',
    },
    'legal-us-il-2': {
      id: 'legal-us-il-2',
      authors: 'House Republican caucus',
      title: 'House Republican caucus blog: HB 5526 signed 18 Aug 2014',
      venue: 'thecaucusblog.com',
      year: 2014,
      url: 'https://www.thecaucusblog.com/2014/08/new-illinois-laws-create-harsher.html',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-il-3': {
      id: 'legal-us-il-3',
      authors: 'ILGA',
      title: 'ILGA: HB 5242 (104th GA) Illinois Kratom Consumer Protection Act',
      venue: 'ilga.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://ilga.gov/ftp/legislation/104/HB/10400HB5242.htm',
      kind: 'legal-primary',
    },
  },
};

export default place;
