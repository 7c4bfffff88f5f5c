/** CZ: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'CZ',
    level: 'national',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'pending-change'],
    minimumAge: 18,
    history: [
      {
        date: '2025-11-12',
        status: 'regulated',
      },
    ],
    effective: '2025-11-12',
    effectiveApproximate: false,
    instrument:
      'Government regulation on the list of psychomodulatory substances (11 Nov 2025) under the Act on Addictive Substances (s. 33c)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'high',
    sources: ['legal-cz-1', 'legal-cz-2', 'legal-cz-3', 'legal-cz-4'],
    localRules: false,
    editorNote:
      "Core regime unchanged (high); 2026 enforcement and the planned amendment rest on one news brief seen via an aggregator (low). | Effective (as researched): 2025-11-12; further amendment ('lex kratom') proposed for Jan 2027 (unverified) | Scope: Kratom and kratom extract listed as 'psychomodulatory substances': Ministry of Health permit to handle; sale only to adults 18+ in licensed specialist shops; no vending machines; inspections with fines up to CZK 10 million. A nationwide 2026 inspection of ~1,000 stores selling kratom and similar substances found violations at ~63% (373 criminal cases, ~500,000 products seized, 25 e-shops blocked); a tighter 'lex kratom' with standardised online age verification was proposed to take effect in January 2027. | Previous entry: regulated, high confidence, as of 2025-11.",
  },
  sources: {
    'legal-cz-4': {
      id: 'legal-cz-4',
      authors: 'Expats.cz',
      title: 'Czech news in brief for August 20, 2026',
      venue: 'expats.cz',
      year: 2026,
      url: 'https://www.expats.cz/czech-news/article/czech-news-in-brief-for-august-20-2026-thursday-top-morning-headlines',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today briefing 2026-08-21; not opened',
    },
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
