/** HR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'HR',
    level: 'national',
    status: 'unclear',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-hr-2', 'legal-hr-3', 'legal-hr-1', 'legal-hr-4'],
    localRules: false,
    editorNote:
      "Kept 'unclear'; likely 'banned'/'restricted' (possession a misdemeanour) if an official list confirms mitragynine. Sources disagree on whether personal possession is tolerated. | Effective (as researched): none | Scope: Vendor and legal-information websites claim mitragynine is controlled in Croatia, with personal possession treated as a misdemeanour (fine) rather than a crime; German consumer-protection material reportedly lists Croatia among states with kratom controls. No Croatian official source found. | Instrument (as researched): Unverified (Croatian list of drugs, psychotropic substances and plants) | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  sources: {
    'legal-hr-1': {
      id: 'legal-hr-1',
      authors: 'Express Highs (vendor blog)',
      title: 'Il kratom è legale? (country list)',
      venue: 'blog.expresshighs.com',
      year: null,
      accessed: '2026-12-06',
      url: 'https://blog.expresshighs.com/it/il-kratom-e-legale',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
    'legal-hr-2': {
      id: 'legal-hr-2',
      authors: 'LegalClarity',
      title: "What Is Kratom's Legal Status in Europe?",
      venue: 'legalclarity.org',
      year: null,
      accessed: '2026-12-06',
      url: 'https://legalclarity.org/what-is-kratoms-legal-status-in-europe',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-hr-3': {
      id: 'legal-hr-3',
      authors: 'Verbraucherzentrale NRW',
      title: 'Verbraucherzentrale NRW: list of controlling countries',
      venue: 'verbraucherzentrale.nrw',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.verbraucherzentrale.nrw/wissen/projekt-klartext-nem/kratom-erhebliches-risiko-27156',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-hr-4': {
      id: 'legal-hr-4',
      authors: 'Kratomit (vendor blog)',
      title: 'Kratom legalita (Europe overview)',
      venue: 'kratomit.sk',
      year: null,
      accessed: '2026-12-06',
      url: 'https://www.kratomit.sk/blog/kratom-legalita-evropa/',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
