/** Sources of JP, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-jp-1': {
    id: 'legal-jp-1',
    authors: 'MHLW',
    title: 'MHLW Designated Substances Committee minutes (8 Mar 2016)',
    venue: 'mhlw.go.jp',
    year: 2016,
    url: 'http://www.mhlw.go.jp/stf/shingi2/0000131249.html',
    kind: 'legal-primary',
  },
  'legal-jp-2': {
    id: 'legal-jp-2',
    authors: '小森榮',
    title: 'クラトムが指定薬物に|2016年3月の新規指定',
    venue: '弁護士小森榮の薬物問題ノート (33765910.at.webry.info)',
    year: 2016,
    url: 'https://33765910.at.webry.info/201603/article_4.html',
    kind: 'secondary',
    secondaryNote: 'Blog summary of the MHLW designation; the ministerial ordinance was not fetched.',
  },
};

export default sources;
