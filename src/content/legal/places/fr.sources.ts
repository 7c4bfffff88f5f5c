/** Sources of FR, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
