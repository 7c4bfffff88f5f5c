/** NO: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'NO',
    level: 'national',
    status: 'unclear',
    rules: ['medicine-only'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Medicines Act / Legemiddelverket herb list (Urtelisten) - kratom entry unverified',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-no-1', 'legal-no-2'],
    localRules: false,
    editorNote:
      "General rule only; no kratom-specific Norwegian source found. | Effective (as researched): none | Scope: Kratom not found on the Norwegian narcotics list in any source seen. Norwegian practice: herbs with a pharmacological effect that are not listed as 'H' (trade goods) on the Norwegian Medicines Agency's herb list are treated as medicines; prescription-listed (LR) herbs may not be imported by post. Whether kratom is on the herb list (and as 'LR') was not verified. | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  sources: {
    'legal-no-2': {
      id: 'legal-no-2',
      authors: 'RUSinfo / RUStelefonen (national drug information service)',
      title: 'Salvia-import (RUStelefonen Q&A)',
      venue: 'rusinfo.no',
      year: 2011,
      url: 'https://rusinfo.no/2011/11/salvia-import/',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-no-1': {
      id: 'legal-no-1',
      authors: 'Norwegian Medicines Agency',
      title:
        'Norwegian Medicines Agency: potent herbs may be stopped in customs (general, kratom not named in excerpt)',
      venue: 'legemiddelverket.no',
      year: null,
      accessed: '2026-11-24',
      url: 'https://legemiddelverket.no/import-og-salg/import-til-personlig-bruk/privatimport-ved-forsendelse/hva-er-tillatt-for-privatimport-per-post-og-hva-kan-bli-stoppet-i-tollen',
      kind: 'legal-primary',
    },
  },
};

export default place;
