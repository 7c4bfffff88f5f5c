/** BR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: br.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'BR',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2024',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2024',
    effectiveApproximate: true,
    instrument: 'Portaria SVS/MS nº 344/1998, Annex I, List E (updated by Anvisa RDC)',
    asOf: '2024-11',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-br-1', 'legal-br-2'],
    localRules: false,
    editorNote:
      'Verify the Anvisa RDC that inserted Mitragyna speciosa and its effective date. | Effective (as researched): Added 2024 (present in the list published in the DOU of 7 Nov 2024; absent from late-2023 listings; exact RDC number unverified) | Scope: Mitragyna speciosa listed in List E (proscribed plants that can originate narcotic/psychotropic substances) of Annex I to Portaria SVS/MS 344/1998; import, export, trade, handling and use prohibited.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
