/** US-TN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-TN',
    level: 'state',
    status: 'banned',
    rules: ['sale-prohibited'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['sale-prohibited', 'synthetic-ban'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2018',
        status: 'regulated',
        dateApproximate: true,
      },
      {
        date: '2026-07-01',
        status: 'banned',
      },
    ],
    effective: '2026-07-01',
    effectiveApproximate: false,
    instrument:
      "Public Chapter 950 (2026), HB 1649 / SB 1655 (114th General Assembly) 'Matthew Davenport's Law', amending T.C.A. 39-17-452 and Titles 33, 38, 50, 63, 68",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-us-tn-5', 'legal-us-tn-4', 'legal-us-tn-6', 'legal-us-tn-2', 'legal-us-tn-3', 'legal-us-tn-1'],
    localRules: false,
    editorNote:
      "Enacted text not opened; offence grades: OWG (reading enacted text) says possession Class A misdemeanor / sale Class C felony, matching HB 1649 as introduced; KNT's BWC summary mentions Class D-A felonies (likely the SB 1655/HB 1647 versions). Local enforcement: Van Buren County seizure of synthetic 7-OH (Jul 2026). | Effective (as researched): 2026-07-01 (signed by Gov. Bill Lee, reported 7 May 2026) | Scope: 'Matthew Davenport's Law' criminalises knowingly possessing, manufacturing, delivering or selling kratom (any part of Mitragyna speciosa containing its alkaloids, plus synthetic or biosynthetic alkaloid derivatives). Also mandates kratom testing in suspected-overdose autopsies and in toxicology for suspected overdose/neonatal abstinence syndrome, and adds kratom to drug-free-workplace drug definitions. Replaces the 2018 natural-leaf/21+ regime. | Previous entry: unclear, low confidence, as of 2026-02.",
  },
  sources: {
    'legal-us-tn-5': {
      id: 'legal-us-tn-5',
      authors: "Tennessee Bureau of Workers' Compensation",
      title: "2026 Workers' Compensation Legislative Changes",
      venue: 'tn.gov',
      year: 2026,
      url: 'https://www.tn.gov/workforce/injuries-at-work/bwc-newsroom/2026/7/10/2026-workers-compensation-legislative-changes-tennessee.html',
      kind: 'legal-primary',
      seenVia: 'Kratom News Today briefing 2026-07-11; not opened',
    },
    'legal-us-tn-6': {
      id: 'legal-us-tn-6',
      authors: 'State Gazette (Dyersburg)',
      title: 'Kratom ban in Tennessee now in effect',
      venue: 'stategazette.com',
      year: 2026,
      url: 'https://www.stategazette.com/news/kratom-ban-in-tennessee-now-in-effect/article_e6f46490-78e5-5d9c-9f2c-44e8952dd46e.html',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today briefing 2026-07-10; not opened',
    },
    'legal-us-tn-2': {
      id: 'legal-us-tn-2',
      authors: 'BillTrack50',
      title: 'BillTrack50: TN HB 1649 (2026)',
      venue: 'billtrack50.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.billtrack50.com/billdetail/1934245',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-tn-3': {
      id: 'legal-us-tn-3',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: SB 1655 (effective 1 Jul 2026)',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=TNB00058684&billsummary_session=114&billsummary_state=tn',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-tn-1': {
      id: 'legal-us-tn-1',
      authors: 'CHAPACT',
      title: 'Tennessee Kratom Advocates Move One Step Closer To Victory',
      venue: 'chapact.com',
      year: 2018,
      url: 'http://chapact.com/2018/04/tennessee-kratom-advocates-move-one-step-closer-to-victory/',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page quoting the 2018 conference committee amendment; official text not seen.',
    },
    'legal-us-tn-4': {
      id: 'legal-us-tn-4',
      authors: 'National Today',
      title: 'National Today: push to ban kratom (Feb 2026)',
      venue: 'nationaltoday.com',
      year: 2026,
      url: 'https://nationaltoday.com/us/tn/unicoi/news/2026/02/13/east-tennessee-groups-and-lawmakers-push-to-ban-kratom',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
