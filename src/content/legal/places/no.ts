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
    instrument: 'Unverified (Medicines Act / herbal list)',
    asOf: '2026-11',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-no-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: Vendor sources say kratom is a prescription-only medicine in Norway (herbs with strong effects are stopped at customs by the Norwegian Medicines Agency); not verified. | Editorial: medicine-only rests on vendor sources only (unverified).',
  },
  sources: {
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
