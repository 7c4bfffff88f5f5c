/** FI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'FI',
    level: 'national',
    status: 'restricted',
    rules: ['sale-prohibited', 'import-restricted'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument:
      "Government Decree on psychoactive substances banned from the consumer market (1130/2014, as amended), under the Medicines Act / Criminal Code framework - kratom's inclusion reported by MTV Uutiset; listing decree not opened",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-fi-3', 'legal-fi-2', 'legal-fi-1'],
    localRules: false,
    editorNote:
      "Changes 'unclear' to 'restricted'. Conflicts with the earlier TT/Sweden Herald claim that kratom is 'classified as a narcotic' in Finland and with vendor claims that it is a prescription medicine; the MTV report and the STM description of the regime point to the consumer-market ban (not narcotic) category. Date of listing not verified in Finlex. | Effective (as researched): Unverified (consumer-market ban regime in force since 2014; date kratom was added not found) | Scope: Kratom is classified in Finland as a psychoactive substance banned from the consumer market ('kuluttajamarkkinoilta kielletty psykoaktiivinen aine'). Under that regime (Government decree on psychoactive substances banned from the consumer market, 1130/2014 as amended) manufacture, import, storage, sale and other supply are prohibited and punishable, while possession and use for one's own consumption are not punished. Such substances are neither narcotics nor medicines in Finnish law. | Previous entry: unclear, low confidence, as of 2025-01.",
  },
  sources: {
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
      title:
        'Uusia muuntohuumeita kielletään - synteettisiä opioideja yhä enemmän markkinoilla (press release 95/2018)',
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
  },
};

export default place;
