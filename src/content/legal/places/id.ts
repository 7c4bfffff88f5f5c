/** ID: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'ID',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument:
      'BPOM decisions (HK.00.05.23.3644/2004; Perka BPOM 7/2018; Perka BPOM 25/2023); Permendag 20/2024 and 21/2024',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-id-4', 'legal-id-5', 'legal-id-6', 'legal-id-1', 'legal-id-2', 'legal-id-3'],
    localRules: false,
    editorNote:
      'Status unchanged; adds 2025 confirmation that domestic trade remains unregulated. | Effective (as researched): BPOM bans 2004/2016/2018/2023; export rules Sept 2024; first official exports Feb 2025 | Scope: Not listed as a narcotic (BNN recommended Class I listing; Health Ministry and presidential staff have said it is not a narcotic). BPOM bans kratom in traditional medicines, health supplements and processed food. Exports allowed only as fine crumbs/powder (<=600 micron) by registered exporters under Permendag 20/2024 and 21/2024 (in force 30 days after 29 Aug 2024); leaves/coarse material export-banned. The Trade Minister said in Feb 2025 that there is still no regulation for domestic trade. | Previous entry: restricted, medium confidence, as of 2024-09.',
  },
  sources: {
    'legal-id-4': {
      id: 'legal-id-4',
      authors: 'detikai.com (news aggregator)',
      title: 'RI punya ekspor daun ajaib kratom, begini update terbarunya',
      venue: 'detikai.com',
      year: 2025,
      url: 'https://detikai.com/ri-punya-ekspor-daun-ajaib-kratom-begini-update-terbarunya-22228.html',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-id-5': {
      id: 'legal-id-5',
      authors: 'Tampang.com',
      title: 'Pemerintah RI Menetapkan Aturan Baru Terkait Ekspor Kratom',
      venue: 'tampang.com',
      year: 2024,
      url: 'https://tampang.com/amp/berita/nasional/pemerintah-ri-menetapkan-aturan-baru-terkait-ekspor-kratom-8c43gqyehnanwaojbj',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-id-6': {
      id: 'legal-id-6',
      authors: 'iNews.id',
      title: 'Kemendag Terbitkan Aturan Ekspor Kratom untuk Tingkatkan Nilai Tambah',
      venue: 'inews.id',
      year: 2024,
      url: 'https://www.inews.id/amp/finance/bisnis/kemendag-terbitkan-aturan-ekspor-kratom-untuk-tingkatkan-nilai-tambah/3',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
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
