/** TW: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'TW',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance', 'pending-change'],
    minimumAge: null,
    history: [
      {
        date: '2019',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2019',
    effectiveApproximate: true,
    instrument:
      "Narcotics Hazard Prevention Act (毒品危害防制條例) Category 3 list; Controlled Drugs Act (管制藥品管理條例) Category 3 list; TFDA draft amendment to 'Controlled Drug Classification and Items' (Jan 2026)",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-tw-1', 'legal-tw-2', 'legal-tw-3', 'legal-tw-4'],
    localRules: false,
    editorNote:
      "Primary MoJ/TFDA list text not opened; the '2019' listing date comes from a TFDA statement quoted by ETtoday. New jurisdiction (not in the original dataset). | Effective (as researched): 2019 (mitragynine listed as Category 3 narcotic, ROC year 108); 7-OH addition pre-announced 2026-01-13 (comments to 2026-01-27; final effective date unverified) | Scope: Kratom's alkaloid mitragynine is a Category 3 narcotic (毒品) under the Narcotics Hazard Prevention Act, listed by the Ministry of Justice in 2019, and a Category 3 controlled drug (管制藥品) under the Controlled Drugs Act; possession/sale are offences. In Jan 2026 the TFDA pre-announced adding 7-hydroxymitragynine as a Category 3 controlled drug in line with a Ministry of Justice proposal to list it as a narcotic (finalisation not verified).",
  },
  sources: {
    'legal-tw-1': {
      id: 'legal-tw-1',
      authors: 'ETtoday 健康雲 (quoting Taiwan FDA)',
      title: '「卡痛」神似抹茶粉竟是毒!(TFDA warning on kratom)',
      venue: 'health.ettoday.net',
      year: null,
      accessed: '2026-12-06',
      url: 'https://health.ettoday.net/news/1579083',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-tw-2': {
      id: 'legal-tw-2',
      authors: 'United Daily News (CNA)',
      title: '食藥署預告新增3項管制藥品 喪屍煙彈前驅物入列',
      venue: 'udn.com',
      year: 2026,
      url: 'https://udn.com/news/story/7266/9270107',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-tw-3': {
      id: 'legal-tw-3',
      authors: 'Yahoo News Taiwan',
      title: '食藥署增3項管制藥品 (Yahoo News TW)',
      venue: 'tw.news.yahoo.com',
      year: 2026,
      url: 'https://tw.news.yahoo.com/%E9%A3%9F%E8%97%A5%E7%BD%B2%E5%A2%9E3%E9%A0%85%E7%AE%A1%E5%88%B6%E8%97%A5%E5%93%81-%E5%B0%81%E5%A0%B5-%E5%96%AA%E5%B1%8D%E8%8F%B8%E5%BD%88-%E5%8E%9F%E6%96%99-065331242.html',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-tw-4': {
      id: 'legal-tw-4',
      authors: 'The Reporter (報導者)',
      title: '是藥還是毒?當卡痛葉可能被禁',
      venue: 'twreporter.org',
      year: 2018,
      url: 'http://twreporter.org/a/kratom-policy',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
