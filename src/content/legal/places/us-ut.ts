/** US-UT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-UT',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'registration'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['sale-prohibited', 'synthetic-ban'],
      },
    },
    minimumAge: 18,
    minimumAgeUnverified: true,
    history: [
      {
        date: '2019-05-14',
        status: 'regulated',
      },
    ],
    effective: '2026-05-06',
    effectiveApproximate: true,
    instrument:
      "Utah Code Title 4, ch. 45 as amended by SB 45 'Kratom Adjustments' (2026) and HB 387 'Kratom Modifications' (2026); fees in HB 8 (2026)",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-ut-3', 'legal-us-ut-1', 'legal-us-ut-4', 'legal-us-ut-2', 'legal-us-ut-5', 'legal-us-ut-6'],
    localRules: false,
    editorNote:
      "Minimum age after the 2026 amendments still unverified (retail in adult-only tobacco specialty shops). Appeal pending at the Tenth Circuit. | Effective (as researched): 2019-05-14 (KCPA); SB 45 signed 2026-03-26, effective ~2026-05-06 | Scope: Only 'pure leaf kratom' products may be sold; combination products (e.g., kratom + kava beverages) and extracts/enhanced products are excluded; products must be registered (registration fee $475, potency testing $141 under HB 8, 2026); processors/retailers registered with the Department of Agriculture and Food; retail limited to licensed tobacco specialty businesses. Mitragynine pseudoindoxyl and MGM-15 are Schedule I in Utah (per state officials, Jul 2026). | Previous entry: regulated, medium confidence, as of 2026-05.",
  },
  sources: {
    'legal-us-ut-5': {
      id: 'legal-us-ut-5',
      authors: 'Courthouse News Service',
      title: "Federal judge rejects bid to halt enforcement of Utah's Kratom Regulation Act",
      venue: 'courthousenews.com',
      year: 2026,
      url: 'https://www.courthousenews.com/federal-judge-rejects-bid-to-halt-enforcement-of-utahs-kratom-regulation-act/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today; not opened',
    },
    'legal-us-ut-6': {
      id: 'legal-us-ut-6',
      authors: 'FOX 13 Utah',
      title: 'Death connected to illegally sold kratom product in Utah',
      venue: 'fox13now.com',
      year: 2026,
      url: 'https://www.fox13now.com/news/local-news/death-connected-to-illegally-sold-kratom-product-in-utah',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today briefing 2026-07-31; not opened',
    },
    'legal-us-ut-1': {
      id: 'legal-us-ut-1',
      authors: 'Utah Legislature',
      title: 'Utah Code § 4-45-104 (as amended 2026)',
      venue: 'lexace.ai',
      year: 2026,
      url: 'https://lexace.ai/us/statute/utah/4-45-104',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-ut-2': {
      id: 'legal-us-ut-2',
      authors: 'Utah News Dispatch',
      title: 'Utah News Dispatch via Missoula Current: SB 45 narrowed to pure leaf (19 Feb 2026)',
      venue: 'missoulacurrent.com',
      year: 2026,
      url: 'https://missoulacurrent.com/kratom-ban-utah/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-ut-3': {
      id: 'legal-us-ut-3',
      authors: 'Utah Legislature',
      title: 'Utah Legislature: HB 387 (2026), effective date 05/06/2026',
      venue: 'le.utah.gov',
      year: 2026,
      url: 'https://le.utah.gov/Session/2026/bills/introduced/HB0387.xml',
      kind: 'legal-primary',
    },
    'legal-us-ut-4': {
      id: 'legal-us-ut-4',
      authors: 'Utah Legislature',
      title: 'Utah Code ch. 45 (2022 text; § 4-45-105 age 18)',
      venue: 'law.uslawyerdatabase.com',
      year: 2022,
      url: 'https://law.uslawyerdatabase.com/us-law/2022-utah-code/title-4-utah-agricultural-code/chapter-45-kratom-consumer-protection-act',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
