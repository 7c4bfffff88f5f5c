/** CZ: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'CZ',
    level: 'national',
    status: 'regulated',
    rules: ['age-limit', 'registration'],
    minimumAge: 18,
    effective: '2025-11-12',
    effectiveApproximate: false,
    instrument:
      'Government regulation on the list of psychomodulatory substances (Sbírka zákonů, 11 Nov 2025) under the Act on Addictive Substances (§ 33c)',
    asOf: '2025-11',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-cz-1', 'legal-cz-2', 'legal-cz-3'],
    localRules: false,
    editorNote:
      "Effective (as researched): 2025-11-12 | Scope: Kratom and kratom extract listed as 'psychomodulatory substances': handling requires a Ministry of Health permit; sale only to adults (18+) in licensed specialist shops (e-shops only if linked to a physical store); vending-machine sales banned; SZPI inspections, fines up to CZK 10 million.",
  },
  sources: {
    'legal-cz-1': {
      id: 'legal-cz-1',
      authors: 'ČT24',
      title: 'ČT24: regulation in force 12 Nov 2025; 30 licences',
      venue: 'ct24.ceskatelevize.cz',
      year: null,
      accessed: '2026-11-24',
      url: 'https://ct24.ceskatelevize.cz/clanek/domaci/ministerstvo-zatim-vydalo-kvuli-kratomu-licenci-triceti-obchodum-367121',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-cz-2': {
      id: 'legal-cz-2',
      authors: 'EuroZprávy',
      title: 'EuroZprávy: Ministry of Health statement (§ 33c permits)',
      venue: 'eurozpravy.cz',
      year: null,
      accessed: '2026-11-24',
      url: 'https://eurozpravy.cz/domaci/cesko-zacalo-regulovat-psychomodulacni-latky.l8zswv4t',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-cz-3': {
      id: 'legal-cz-3',
      authors: 'ČT24',
      title: 'ČT24: licensed shops only, no vending machines',
      venue: 'ct24.ceskatelevize.cz',
      year: null,
      accessed: '2026-11-24',
      url: 'https://ct24.ceskatelevize.cz/clanek/domaci/kratom-se-od-stredy-bude-prodavat-jen-v-obchodech-s-licenci-367079',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
