/** US-NH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-NH',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    localities: [
      {
        name: 'Franklin',
        kind: 'ban',
        date: '2019',
        sources: ['legal-us-nh-3'],
      },
    ],
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-nh-1', 'legal-us-nh-2', 'legal-us-nh-3'],
    localRules: true,
    editorNote:
      "Re-check whether SB 557 was enacted (would make NH 'regulated'). | Effective (as researched): none | Scope: No kratom-specific statute in force at last verification. SB 557 (2026) - 'Kratom Consumer Protection Act' / 'New Hampshire Kratom Act' (new RSA 318-B:51 et seq., DHHS administration; House version bans synthetic/semisynthetic kratom and products >1,000 ppm (0.1%) 7-OH by dry weight) - passed the Senate and, in amended form, the House (14 May 2026, 176-157); final enactment not verified. City of Franklin ordinance (2019) bans kratom locally. | Instrument (as researched): None verified (SB 557, 2026 - differing House/Senate versions; outcome unverified) | Previous entry: legal, low confidence, as of 2026-11.",
  },
  sources: {
    'legal-us-nh-1': {
      id: 'legal-us-nh-1',
      authors: 'NH Liberty Alliance bill tracker (reproduces bill text)',
      title: "SB557 (2026) compare changes - 'Kratom Consumer Protection Act'",
      venue: 'bills.nhliberty.org',
      year: 2026,
      url: 'https://bills.nhliberty.org/bills/2026/SB557/changes',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-nh-2': {
      id: 'legal-us-nh-2',
      authors: 'NHPR',
      title: 'NH lawmakers look to regulate kratom potency',
      venue: 'nhpr.org',
      year: 2026,
      url: 'https://www.nhpr.org/nh-news/2026-05-06/kratom-nh-lawmakers-look-to-regulate-kratom-potency',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today briefing 2026-05-14; not opened',
    },
    'legal-us-nh-3': {
      id: 'legal-us-nh-3',
      authors: 'LegalClarity',
      title: 'Is Kratom Legal in New Hampshire?',
      venue: 'legalclarity.org',
      year: null,
      accessed: '2026-12-06',
      url: 'https://legalclarity.org/is-kratom-legal-in-new-hampshire',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
