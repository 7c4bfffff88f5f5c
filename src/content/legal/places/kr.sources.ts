/** Sources of KR, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-kr-3': {
    id: 'legal-kr-3',
    authors: 'News1 Korea',
    title: "식약처 '7-히드록시미트라지닌' 해외직구식품 반입 차단",
    venue: 'news1.kr',
    year: 2025,
    url: 'https://www.news1.kr/amp/bio/general/5858138',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-kr-4': {
    id: 'legal-kr-4',
    authors: 'Ministry of Food and Drug Safety (MFDS) release via Medipharm Health',
    title: '향정신성의약품 성분 함유 식이보충제·젤리·음료믹스 국내 반입 차단 추진 (MFDS release)',
    venue: 'medipharmhealth.co.kr',
    year: 2025,
    url: 'https://www.medipharmhealth.co.kr/news/article.html?no=109379',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-kr-1': {
    id: 'legal-kr-1',
    authors: 'readonly.wiki contributors',
    title: '크라톰',
    venue: 'readonly.wiki',
    year: null,
    accessed: '2026-11-24',
    url: 'https://readonly.wiki/w/%ED%81%AC%EB%9D%BC%ED%86%B0',
    kind: 'secondary',
    secondaryNote: "Wiki entry citing the Act's annex; the law itself (law.go.kr) was not checked.",
  },
  'legal-kr-2': {
    id: 'legal-kr-2',
    authors: '더위키 (TheWiki) contributors',
    title: '크라톰',
    venue: 'thewiki.kr',
    year: null,
    accessed: '2026-11-24',
    url: 'https://thewiki.kr/w/%ED%81%AC%EB%9D%BC%ED%86%B0',
    kind: 'secondary',
    secondaryNote: "Wiki entry citing the Act's annex; the law itself (law.go.kr) was not checked.",
  },
};

export default sources;
