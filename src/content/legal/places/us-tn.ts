/** US-TN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-TN',
    level: 'state',
    status: 'unclear',
    rules: ['age-limit', 'labelling', 'synthetic-ban', 'pending-change'],
    minimumAge: 21,
    effective: '2018',
    effectiveApproximate: true,
    instrument: "T.C.A. § 39-17-452(a)(3); HB 1649/SB 1655 (2026) 'Matthew Davenport's Law'",
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-us-tn-1', 'legal-us-tn-2', 'legal-us-tn-3', 'legal-us-tn-4'],
    localRules: false,
    editorNote:
      "High priority to re-verify: if enacted, Tennessee is 'banned' since 1 Jul 2026. | Effective (as researched): 2018 (current regulated regime); 2026-07-01 if 2026 ban enacted (unverified) | Scope: Existing law (2018): kratom may be sold only if labelled and in natural form (dried leaf or raw leaf powder); no sale to or possession by under-21s; synthetic products prohibited. 2026 'Matthew Davenport's Law' (HB 1649/SB 1655) would criminalise all kratom possession and sale from 2026-07-01. | Editorial: Rules describe the 2018 regime (21+, labelled natural leaf only); the 2026 ban (from 2026-07-01) is unverified.",
  },
  sources: {
    'legal-us-tn-1': {
      id: 'legal-us-tn-1',
      authors: '',
      title: '2018 conference committee amendment text (T.C.A. 39-17-452(a)(3))',
      venue: 'chapact.com',
      year: 2018,
      url: 'http://chapact.com/2018/04/tennessee-kratom-advocates-move-one-step-closer-to-victory/',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page quoting the 2018 conference committee amendment; official text not seen.',
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
