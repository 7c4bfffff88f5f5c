/** IT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'IT',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2016-08',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2016-08',
    effectiveApproximate: true,
    instrument:
      'Decreto Ministero della Salute 1 agosto 2016 (narcotics Tabella I under DPR 309/1990, per secondary reporting)',
    asOf: '2021-08',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-it-1', 'legal-it-2'],
    localRules: false,
    editorNote:
      'Gazzetta Ufficiale text not fetched. | Effective (as researched): 2016-08 (decree of 1 Aug 2016; exact Gazette date unverified) | Scope: Mitragyna speciosa (and mitragynine) added to the narcotics tables (Tabella I, DPR 309/1990) by Ministry of Health decree.',
  },
  sources: {
    'legal-it-1': {
      id: 'legal-it-1',
      authors: 'Sputnik Italia',
      title: 'Sputnik Italia: kratom illegal under decree of 1 Aug 2016',
      venue: 'it.sputniknews.com',
      year: 2021,
      url: 'https://it.sputniknews.com/20210825/la-thailandia-legalizza-il-kratom-uno-stimulante-naturale-illegale-in-italia-12640957.html',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-it-2': {
      id: 'legal-it-2',
      authors: 'Buongiorno Novara',
      title: 'Buongiorno Novara: listed as narcotic Aug 2016',
      venue: 'buongiornonovara.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.buongiornonovara.com/kratom-la-nuova-droga-arrivata-italia-passando-domdossola/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
