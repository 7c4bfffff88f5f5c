/** US-VA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-VA',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'potency-cap-7oh', 'synthetic-ban', 'labelling'],
    minimumAge: 21,
    history: [
      {
        date: '2026-07-01',
        status: 'regulated',
      },
    ],
    effective: '2026-07-01',
    effectiveApproximate: false,
    instrument:
      'Virginia Consumer Protection Act kratom provisions (SB 1108, 2023) as amended in 2026 (reported as HB 360, 2026 - bill number and final text not verified)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-va-1', 'legal-us-va-4', 'legal-us-va-2', 'legal-us-va-3'],
    localRules: false,
    editorNote:
      'Exact 2026 statutory text and 7-OH limit (HB 360 as introduced proposed <=1% of alkaloids and <=1 mg/serving) not verified. | Effective (as researched): 2023-07-01 (original Consumer Protection Act provisions); 2026-07-01 (2026 amendments) | Scope: From 1 Jul 2026: no sale of kratom products to anyone under 21; products may not contain synthesized material or added/enhanced 7-OH (reported as a 7-OH cap), may not be injectable or vaporizable, may not use child-appealing packaging, must carry ingredient labels, must not exceed pharmacopeial residual-solvent limits, and must not be stored where consumers can reach them. The Attorney General created a Regulated Products Enforcement Unit (30 Jul 2026) covering kratom. | Previous entry: regulated, medium confidence, as of 2026-02.',
  },
  sources: {
    'legal-us-va-4': {
      id: 'legal-us-va-4',
      authors: 'WTKR (News 3)',
      title: 'New Virginia laws taking effect July 1: Styrofoam bans, assault weapons, marijuana convictions',
      venue: 'wtkr.com',
      year: 2026,
      url: 'https://www.wtkr.com/news/politics/new-virginia-laws-taking-effect-july-1-styrofoam-bans-assault-weapons-marijuana-convictions',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today briefing 2026-06-28; not opened',
    },
    'legal-us-va-1': {
      id: 'legal-us-va-1',
      authors: 'Augusta Free Press',
      title: 'Augusta Free Press: SB 1108 signed (2023)',
      venue: 'augustafreepress.com',
      year: 2023,
      url: 'https://augustafreepress.com/news/governor-signs-consumer-legislation-to-protect-kratom-into-virginia-law/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-va-2': {
      id: 'legal-us-va-2',
      authors: 'VPAP',
      title: 'VPAP: HB 360 (2026) status',
      venue: 'origin.vpap.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://origin.vpap.org/bills/88342',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-va-3': {
      id: 'legal-us-va-3',
      authors: 'BillTrack50',
      title: 'BillTrack50: HB 360',
      venue: 'billtrack50.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.billtrack50.com/billdetail/1926442',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
