/** EU: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'EU',
    level: 'supranational',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Regulation (EU) 2015/2283 on novel foods; national drug laws',
    asOf: '2025-10',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-eu-3', 'legal-eu-1', 'legal-eu-2'],
    localRules: false,
    editorNote:
      "'EU' is an ISO 3166-1 exceptionally reserved code, not a country code. WHO ECDD (44th meeting, Oct 2021) did not recommend international control. | Effective (as researched): none given | Scope: No EU-wide drug control of kratom, mitragynine or 7-OH. As a food/food supplement kratom is an unauthorised novel food (no pre-1997 consumption history); member states decide drug control individually.",
  },
  sources: {
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
    'legal-eu-2': {
      id: 'legal-eu-2',
      authors: 'Ploum',
      title: 'Ploum (law firm): Dutch CBb judgment on kratom as food (Oct 2025)',
      venue: 'ploum.nl',
      year: 2025,
      url: 'https://ploum.nl/en/news/foodstuff-or-not-a-closer-look-at-the-legal-status-of-kratom',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-eu-3': {
      id: 'legal-eu-3',
      authors: 'Pharmazeutische Zeitung',
      title: 'Pharmazeutische Zeitung: novel food status; countries controlling kratom',
      venue: 'pharmazeutische-zeitung.de',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.pharmazeutische-zeitung.de/erhebliches-risiko-bei-verzehr-von-kratom-144419/seite/2',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
