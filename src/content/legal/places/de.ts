/** DE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'DE',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'BtMG (not listed); AMG; Regulation (EU) 2015/2283',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-de-1', 'legal-eu-1'],
    localRules: false,
    editorNote:
      'EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: Not listed in the Narcotics Act (BtMG) or New Psychoactive Substances Act (NpSG); not an authorised medicine; unauthorised novel food, so not lawfully sold for consumption; BfArM warns against medical use; OLG Köln (2015) held sale is not automatically illegal.',
  },
  sources: {
    'legal-de-1': {
      id: 'legal-de-1',
      authors: 'Pharmazeutische Zeitung',
      title: 'Pharmazeutische Zeitung: BfArM warns against kratom; not in BtMG',
      venue: 'pharmazeutische-zeitung.de',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.pharmazeutische-zeitung.de/bfarm-warnt-vor-pflanzlicher-droge-kratom-157080',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-eu-1': {
      id: 'legal-eu-1',
      authors: 'Verbraucherzentrale',
      title: 'Verbraucherzentrale: kratom is an unauthorised novel food; RASFF alerts',
      venue: 'verbraucherzentrale.sh',
      year: null,
      accessed: '2026-11-24',
      url: 'https://verbraucherzentrale.sh/wissen/lebensmittel/nahrungsergaenzungsmittel/kratom-erhebliches-risiko-27156',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
