/** Sources of ID, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
