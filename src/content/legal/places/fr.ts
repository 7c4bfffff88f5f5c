/** FR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'FR',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2020-01-01',
        status: 'banned',
      },
    ],
    effective: '2020-01-01',
    effectiveApproximate: false,
    instrument: 'Arrêté du 23 décembre 2019 (liste des substances psychotropes); Code de la santé publique L5432-2',
    asOf: '2020-02',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-fr-2', 'legal-fr-3', 'legal-fr-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2020-01-01 (arrêté of 23 Dec 2019 published in JO 1 Jan 2020) | Scope: Kratom (Mitragyna speciosa) and its alkaloids mitragynine and 7-hydroxymitragynine listed as psychotropic substances; acquisition and possession prohibited without ANSM authorisation.',
  },
  sources: {
    'legal-fr-1': {
      id: 'legal-fr-1',
      authors: 'Drogues Info Service',
      title: 'Drogues Info Service: kratom classed as psychotrope (arrêté 23 Dec 2019)',
      venue: 'drogues-info-service.fr',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.drogues-info-service.fr/Actualites/Le-kratom-classe-sur-la-liste-des-substances-psychotropes',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-fr-2': {
      id: 'legal-fr-2',
      authors: 'Le Quotidien du Pharmacien',
      title: 'Le Quotidien du Pharmacien: possession and purchase prohibited',
      venue: 'static1.lequotidiendupharmacien.fr',
      year: null,
      accessed: '2026-11-24',
      url: 'https://static1.lequotidiendupharmacien.fr/exercice-pro/politique-de-sante/kratom-detention-et-achat-interdits-en-france',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-fr-3': {
      id: 'legal-fr-3',
      authors: 'IDPC / Le Monde',
      title: 'IDPC / Le Monde (Feb 2020)',
      venue: 'idpc.net',
      year: 2020,
      url: 'https://idpc.net/fr/alerts/2020/02/le-kratom-souvent-utilise-comme-substitut-a-certains-opioides-est-desormais-interdit-en-france',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
