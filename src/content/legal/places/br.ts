/** BR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
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
  sources: {
    'legal-br-1': {
      id: 'legal-br-1',
      authors: 'Imprensa Nacional (Diário Oficial da União, Brazil)',
      title: 'Diário Oficial da União (7 Nov 2024) p. 70: List E includes Mitragyna speciosa',
      venue: 'diaoficial.com',
      year: 2024,
      url: 'https://diaoficial.com/linkdo/1958100/2024_11_07_ASSINADO_do1?docid=24691&page=70&pageid=1958100',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the Diário Oficial da União page; the official gazette site was not seen.',
    },
    'legal-br-2': {
      id: 'legal-br-2',
      authors: 'Superinteressante',
      title: 'Superinteressante (Dec 2023): List E without Mitragyna speciosa',
      venue: 'super.abril.com.br',
      year: 2023,
      url: 'https://super.abril.com.br/sociedade/existem-sete-plantas-e-um-fungo-proibidos-no-brasil-saiba-quais-sao/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
