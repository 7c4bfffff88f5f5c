/** US-CA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-CA',
    level: 'state',
    status: 'restricted',
    rules: ['sale-prohibited', 'pending-change'],
    minimumAge: null,
    effective: '2025-10-24',
    effectiveApproximate: true,
    instrument:
      'Sherman Food, Drug, and Cosmetic Law (Health & Safety Code); CDPH consumer warning (24 Oct 2025) and retailer letter (Jan 2026)',
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-ca-1', 'legal-us-ca-2', 'legal-us-ca-3', 'legal-us-ca-4'],
    localRules: true,
    editorNote:
      "Local bans predate CDPH action: San Diego, Oceanside, Newport Beach (vendor-reported). Badge should read 'sale prohibited' rather than 'legal'. | Effective (as researched): 2025-10-24 (CDPH public warning; enforcement began ~autumn 2025) | Scope: No statute schedules kratom. CDPH states that foods and other products containing kratom or 7-OH are illegal to manufacture or sell for consumption under the Sherman Food, Drug, and Cosmetic Law; products are embargoed/destroyed. Possession by consumers is not a crime.",
  },
  sources: {
    'legal-us-ca-1': {
      id: 'legal-us-ca-1',
      authors: 'CDPH',
      title: 'CDPH press release (24 Oct 2025): kratom and 7-OH products illegal to sell or manufacture',
      venue: 'pubt.io',
      year: 2025,
      url: 'https://pubt.io/view/9FDE66029C772D0C1D8E33D4293242846C23FB4F',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the CDPH press release; the CDPH original was not seen.',
    },
    'legal-us-ca-2': {
      id: 'legal-us-ca-2',
      authors: '',
      title: 'News report: CDPH enforcing ban on sale of kratom and 7-OH; >$5M seized',
      venue: 'newsbeep.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.newsbeep.com/us-ca/139673',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-ca-3': {
      id: 'legal-us-ca-3',
      authors: 'PBOD',
      title: 'PBOD: CDPH January letter to retailers',
      venue: 'pbod.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.pbod.org/health-experts-warn-that-kratom-and-7-oh-may-pose-serious-health-risks',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-ca-4': {
      id: 'legal-us-ca-4',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: CA bill adding kratom/7-OH products to Sherman Law (21+)',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=CAB00034970&billsummary_session=2025-2026&billsummary_state=ca',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
