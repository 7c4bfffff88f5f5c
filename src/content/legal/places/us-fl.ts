/** US-FL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-FL',
    level: 'state',
    status: 'restricted',
    rules: ['age-limit', 'labelling'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance', 'pending-change'],
      },
    },
    minimumAge: 21,
    effective: '2025-08-13',
    effectiveApproximate: true,
    instrument:
      'Fla. Stat. § 500.92 (Florida Kratom Consumer Protection Act); Attorney General emergency scheduling rules (statutory authority section unverified); SB 432 (2026) amending Fla. Stat. ch. 893',
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-fl-1', 'legal-us-fl-2', 'legal-us-fl-3', 'legal-us-fl-4', 'legal-us-fl-5', 'legal-us-fl-6'],
    localRules: true,
    editorNote:
      'SB 432 passage is reported only by a law-firm release and bill tracker; final threshold (companion HB 309 used >400 ppm) and governor\'s signature not verified. Local: Sarasota County ban (legacy, unverified). | Effective (as researched): FKCPA 2023-07-01; AG emergency rule 2025-08-13 (amended 2025-08-19; superseding rule 2025-12-08); SB 432 2026-10-01 (reported) | Scope: Kratom leaf products legal for 21+ under the Florida KCPA (labelling, adulteration rules). 7-OH above 400 ppm (0.04%) dry weight is Schedule I by Attorney General emergency rule; statutory scheduling of 7-OH enacted by SB 432 (2026) effective 2026-10-01 (reported). | 7-OH override: 7-OH above 400 ppm (0.04%) dry weight is Schedule I by AG emergency rule; the superseding rule ran to 30 Jun 2026, and continued scheduling rests on SB 432 (effective 2026-10-01) whose passage, threshold and signature are UNVERIFIED (law-firm release and bill tracker only), hence pending-change. | Editorial: effective = first AG emergency rule scheduling 7-OH (the reason for "restricted"); FKCPA (leaf, 21+) in force since 2023-07-01.',
  },
  sources: {
    'legal-us-fl-1': {
      id: 'legal-us-fl-1',
      authors: 'WFSU',
      title: "WFSU: Challenge to Florida's 7-OH ban rejected (18 Dec 2025)",
      venue: 'news.wfsu.org',
      year: 2025,
      url: 'https://news.wfsu.org/state-news/2025-12-18/a-challenge-to-floridas-7-oh-ban-is-rejected',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-fl-2': {
      id: 'legal-us-fl-2',
      authors: 'Buchanan Ingersoll',
      title: 'Buchanan Ingersoll (Mondaq): AG emergency rule (Aug 2025)',
      venue: 'mondaq.com',
      year: 2025,
      url: 'https://www.mondaq.com/unitedstates/healthcare/1666946/florida-ag-introduces-emergency-rule-to-ban-7-oh-in-florida-on-the-heels-of-fdas-july-announcement',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-fl-3': {
      id: 'legal-us-fl-3',
      authors: 'Global Kratom Coalition',
      title: 'Global Kratom Coalition: rule amended to 0.04% dry weight (19 Aug 2025)',
      venue: 'globalkratomcoalition.org',
      year: 2025,
      url: 'https://globalkratomcoalition.org/florida-7-oh-crackdown',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
    'legal-us-fl-4': {
      id: 'legal-us-fl-4',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: SB 432 (2026) summary',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=FLB00033926&billsummary_session=2026&billsummary_state=fl',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-fl-5': {
      id: 'legal-us-fl-5',
      authors: '',
      title: 'Law-firm release: SB 432 adds 7-OH to Schedule I, effective Oct 2026',
      venue: 'newsworthy.ai',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.newsworthy.ai/curated/florida-drug-law-changes-increase-penalties-for-xylazine-and-7-h/202628176',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-fl-6': {
      id: 'legal-us-fl-6',
      authors: 'Washington County News',
      title: 'Washington County News: kratom remains legal for adults',
      venue: 'washingtoncounty.news',
      year: 2025,
      url: 'https://washingtoncounty.news/2025/12/01/fight-heats-up-over-ban-on-smoke-shop-product/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
