/** CH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'CH',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2017-10',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2017-10',
    effectiveApproximate: true,
    instrument: 'Betäubungsmittelverzeichnisverordnung (BetmVV-EDI, SR 812.121.11) annex',
    asOf: '2023',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-pl-1', 'legal-ch-1'],
    localRules: false,
    editorNote:
      'Verify the AS (Official Compilation) amendment adding mitragynine. | Effective (as researched): 2017-10 (reported) | Scope: Mitragynine and 7-hydroxymitragynine reportedly added to the narcotics lists (BetmVV-EDI annex) in October 2017; trade prohibited.',
  },
  sources: {
    'legal-ch-1': {
      id: 'legal-ch-1',
      authors: 'kratomkaufen.ch',
      title: 'Swiss vendor site: alkaloids added to narcotics ordinance Oct 2017',
      venue: 'kratomkaufen.ch',
      year: null,
      accessed: '2026-11-24',
      url: 'https://kratomkaufen.ch',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
    'legal-pl-1': {
      id: 'legal-pl-1',
      authors: 'Verbraucherzentrale NRW',
      title: 'Verbraucherzentrale NRW: list of controlling countries',
      venue: 'verbraucherzentrale.nrw',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.verbraucherzentrale.nrw/wissen/projekt-klartext-nem/kratom-erhebliches-risiko-27156',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
