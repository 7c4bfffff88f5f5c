/** US-IL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-IL',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'pending-change'],
    minimumAge: 18,
    effective: '2015-01-01',
    effectiveApproximate: true,
    instrument: 'Kratom Control Act, 720 ILCS 642 (HB 5526, 98th GA)',
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'high',
    sources: ['legal-us-il-1', 'legal-us-il-2', 'legal-us-il-3'],
    localRules: true,
    editorNote:
      'Local bans: Jerseyville, Alton; restrictions Edwardsville, Glen Carbon (vendor-reported). | Effective (as researched): 2015-01-01 (assumed; Act signed 2014-08-18; one source says 2016) | Scope: Sale/distribution of any kratom product to persons under 18 prohibited; possession by minors prohibited.',
  },
  sources: {
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
