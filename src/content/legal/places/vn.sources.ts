/** Sources of VN, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-vn-1': {
    id: 'legal-vn-1',
    authors: 'Kiến Thức',
    title: 'Chất gây nghiện kratom đội lốt thực phẩm chức năng',
    venue: 'kienthuc.net.vn',
    year: null,
    accessed: '2026-12-06',
    url: 'https://kienthuc.net.vn/doi-song/chat-gay-nghien-kratom-doi-lot-thuc-pham-chuc-nang-1033435.html',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-vn-2': {
    id: 'legal-vn-2',
    authors: 'Dân trí',
    title: 'Kratom: Thực phẩm chức năng hay thuốc gây nghiện?',
    venue: 'dantri.com.vn',
    year: 2018,
    url: 'https://dantri.com.vn/khoa-hoc-cong-nghe/kratom-thuc-pham-chuc-nang-hay-thuoc-gay-nghien-20180403233241776.htm',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-vn-3': {
    id: 'legal-vn-3',
    authors: 'Báo Pháp luật Việt Nam',
    title: 'Chính phủ ban hành 4 danh mục chất ma túy và tiền chất',
    venue: 'phapluatplus.baophapluat.vn',
    year: 2026,
    url: 'https://phapluatplus.baophapluat.vn/chinh-phu-ban-hanh-4-danh-muc-chat-ma-tuy-va-tien-chat-232957.html',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
