/** ID: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'ID',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: '2004',
    effectiveApproximate: false,
    instrument:
      'BPOM decisions (HK.00.05.23.3644/2004; Perka BPOM 7/2018; Perka BPOM 25/2023); Permendag 20/2024 and 21/2024',
    asOf: '2024-09',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-id-1', 'legal-id-2', 'legal-id-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): BPOM bans 2004/2016/2018/2023; export rules Sept 2024 | Scope: Not listed as a narcotic; BPOM prohibits kratom in traditional medicines, health supplements and processed food; the National Narcotics Agency (BNN) has recommended Class I narcotic status; exports permitted only via registered exporters under 2024 trade regulations (cut/powder <=600 micron). | Editorial: effective = first BPOM ban (2004); later BPOM rules 2016/2018/2023; export rules 2024 have no matching rule kind.',
  },
  sources: {
    'legal-id-1': {
      id: 'legal-id-1',
      authors: 'Editor.id',
      title: 'Editor.id: BPOM prohibitions; BNN circular recommending Class I',
      venue: 'editor.id',
      year: null,
      accessed: '2026-11-24',
      url: 'https://editor.id/granat-tolak-tanaman-kratom-dilegalkan-karena-masuk-narkotika-golongan-satu/4',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-id-2': {
      id: 'legal-id-2',
      authors: 'tvOne',
      title: 'tvOne: Permendag 21/2024 export rules (Sept 2024)',
      venue: 'beta.tvonenews.com',
      year: 2024,
      url: 'https://beta.tvonenews.com/ekonomi/244963-ekspor-kratom-resmi-dilegalkan-zulhas-diduga-mengandung-narkotika-seketat-apa-regulasi-yang-diterapkan-pemerintah?page=2',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-id-3': {
      id: 'legal-id-3',
      authors: 'Tempo',
      title: 'Tempo: kratom not in Narcotics Law; BPOM bans use in supplements (Sept 2023)',
      venue: 'bisnis.tempo.co',
      year: 2023,
      url: 'https://bisnis.tempo.co/amp/1766983/kratom-dinilai-mengandung-psikotropika-kemendag-bakal-temui-bnn-sebelum-dorong-ekspor',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
