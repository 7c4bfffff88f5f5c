/** US-KS: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-KS',
    level: 'state',
    status: 'unclear',
    rules: ['pending-change'],
    minimumAge: null,
    effective: '2026-07-01',
    effectiveApproximate: true,
    instrument: 'Kansas Uniform Controlled Substances Act amendment (2026; bill number of enacted vehicle unverified)',
    asOf: '2026-04',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-us-ks-1', 'legal-us-ks-2', 'legal-us-ks-3'],
    localRules: false,
    editorNote:
      "High priority to re-verify: may now be 'banned' (Schedule I) since 1 Jul 2026. A third-party list claimed only 7-OH was scheduled (HB 2365); that list is unreliable. | Effective (as researched): 2026-07-01 if enacted (unverified) | Scope: Before 2026: no kratom statute (legal). 2026: legislation adding kratom to Schedule I (SB 497; later inserted into another bill) reportedly passed and went to the Governor.",
  },
  sources: {
    'legal-us-ks-1': {
      id: 'legal-us-ks-1',
      authors: 'Kansas Legislature',
      title: 'Kansas Legislature: SB 497 hearing minutes (16 Feb 2026)',
      venue: 'kslegislature.gov',
      year: 2026,
      url: 'https://www.kslegislature.gov/li/b2025_26/measures/minutes/agenda_item_202602114420956331',
      kind: 'legal-primary',
    },
    'legal-us-ks-2': {
      id: 'legal-us-ks-2',
      authors: '',
      title: 'Reddit r/kratom thread: ban sent to Governor via gut-and-go bill',
      venue: 'reddit.gpgaming.de',
      year: null,
      accessed: '2026-11-24',
      url: 'https://reddit.gpgaming.de/r/kratom/comments/1s5fp0j/kansas_ban',
      kind: 'forum',
      secondaryNote: 'Forum thread (Reddit, via a mirror host); used only as a lead, unverified.',
    },
    'legal-us-ks-3': {
      id: 'legal-us-ks-3',
      authors: 'KratomBans',
      title: 'KratomBans: SB 497 (Feb 2026)',
      venue: 'kratombans.com',
      year: 2026,
      url: 'https://www.kratombans.com/news/kansas-lawmakers-seek-schedule-i-reclassification-for-kratom-raising-alarm-for-industry',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
