/** Sources of BR, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
