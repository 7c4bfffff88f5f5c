/** Sources of TW, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
