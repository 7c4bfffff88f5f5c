/** Sources of FI, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-fi-2': {
    id: 'legal-fi-2',
    authors: 'MTV Uutiset',
    title: 'Hyvinvointijuoma ajoi Jasminen riippuvuuteen ja velkoihin - aine Suomessa kielletty',
    venue: 'mtvuutiset.fi',
    year: null,
    accessed: '2026-12-06',
    url: 'https://www.mtvuutiset.fi/makuja/artikkeli/hyvinvointijuoma-ajoi-jasminen-riippuvuuteen-ja-velkoihin-aine-suomessa-kielletty/9212010',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-fi-3': {
    id: 'legal-fi-3',
    authors: 'Ministry of Social Affairs and Health (STM), Finland',
    title: 'Uusia muuntohuumeita kielletään - synteettisiä opioideja yhä enemmän markkinoilla (press release 95/2018)',
    venue: 'stm.fi',
    year: 2018,
    url: 'https://stm.fi/-/uusia-muuntohuumeita-kielletaan-synteettisia-opioideja-yha-enemman-markkinoilla',
    kind: 'legal-primary',
  },
  'legal-fi-1': {
    id: 'legal-fi-1',
    authors: 'Sweden Herald (TT)',
    title: "Sweden Herald (TT): 'already classified as a narcotic in ... Finland'",
    venue: 'swedenherald.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://swedenherald.com/article/imported-as-soap-this-is-how-the-plant-drug-is-to-be-stopped',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
