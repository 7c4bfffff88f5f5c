/** ID: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: id.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
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
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
