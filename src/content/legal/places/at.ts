/** AT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'AT',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Not controlled; Regulation (EU) 2015/2283',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-at-1', 'legal-at-2'],
    localRules: false,
    editorNote:
      'EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: Not scheduled under the Narcotics Act (SMG); NPSG covers only synthetic compounds; as a food, kratom is an unauthorised novel food.',
  },
  sources: {
    'legal-at-1': {
      id: 'legal-at-1',
      authors: '',
      title: 'Vendor: Austria unregulated',
      venue: 'kratombuben.de',
      year: null,
      accessed: '2026-11-24',
      url: 'https://kratombuben.de/kratom-verbot-schweiz-oesterreich-rechtliche-situation',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
    'legal-at-2': {
      id: 'legal-at-2',
      authors: '',
      title: 'NPSG translation (definition limited to synthetic substances)',
      venue: 'global-regulation.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.global-regulation.com/translation/austria/2997805/new-psycho-active-substances-act%252c-npsg.html',
      kind: 'legal-mirror',
      secondaryNote: 'Unofficial translation of the Austrian NPSG; the official text was not seen.',
    },
  },
};

export default place;
