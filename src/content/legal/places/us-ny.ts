/** US-NY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-NY',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'pending-change'],
    minimumAge: 21,
    history: [
      {
        date: '2025-12-22',
        status: 'regulated',
        dateApproximate: true,
      },
    ],
    localities: [
      {
        name: 'Oneida County',
        kind: 'ban',
        date: '2026-08-19',
        sources: ['legal-us-ny-5'],
      },
      {
        name: 'Albany County',
        kind: 'ban',
        date: '2026-08',
        sources: ['legal-us-ny-6'],
      },
    ],
    effective: '2025-12-22',
    effectiveApproximate: true,
    instrument:
      "S4552A/A2340A (age 21) and S8285/A5852A (labelling), signed 22 Dec 2025; A10969/S10514 'Synthetic Kratom Kills Act' (2026, awaiting governor)",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'high',
    sources: ['legal-us-ny-3', 'legal-us-ny-5', 'legal-us-ny-1', 'legal-us-ny-2', 'legal-us-ny-4', 'legal-us-ny-6'],
    localRules: true,
    editorNote:
      "Statewide status (21+) unchanged and well sourced; the 7-OH ban's signature status after August 2026 was NOT verified. Local: Nassau County complete ban (per NY Post, 2026); Suffolk County bill IR 1279-26 (ban on pills/capsules/vials and 7-OH, loose leaf exempt) final vote 14 Jul 2026 - outcome unverified; Dutchess (concentrated/synthetic), Oneida and Albany (all kratom sales) bans Aug 2026; Warren County weighing restrictions. | Effective (as researched): Age/label laws signed 2025-12-22 (effective dates unverified); A10969 passed Legislature ~2026-06-08 (not signed as of 2026-08-12) | Scope: Sale of kratom products to persons under 21 prohibited; all kratom products must carry ingredient lists and warnings. A separate 'Synthetic Kratom Kills Act' (A10969 / S10514) banning lab-produced/concentrated 7-OH products passed both chambers unanimously in June 2026 but was unsigned as of mid-August 2026. Several counties have their own bans. | Previous entry: regulated, high confidence, as of 2025-12.",
  },
  sources: {
    'legal-us-ny-3': {
      id: 'legal-us-ny-3',
      authors: 'New York State Assembly (Asm. Phil Steck)',
      title: 'Assembly Passes Bipartisan Legislation to Ban Synthetic Kratom',
      venue: 'assembly.state.ny.us',
      year: 2026,
      url: 'https://assembly.state.ny.us/mem/Phil-Steck/story/118530',
      kind: 'legal-primary',
      seenVia: 'Kratom News Today briefing 2026-06-11; not opened',
    },
    'legal-us-ny-4': {
      id: 'legal-us-ny-4',
      authors: 'Spectrum News',
      title: "Kratom bill passes that would prohibit sale of 'gas-station heroin' in New York",
      venue: 'spectrumlocalnews.com',
      year: 2026,
      url: 'https://spectrumlocalnews.com/nys/central-ny/politics/2026/06/08/kratom-7oh-gas-station-heroin',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today; not opened',
    },
    'legal-us-ny-5': {
      id: 'legal-us-ny-5',
      authors: 'Oneida County, NY',
      title: 'Picente Signs Local Law Prohibiting Sale of Kratom',
      venue: 'oneidacountyny.gov',
      year: 2026,
      url: 'https://oneidacountyny.gov/news/picente-signs-local-law-prohibiting-sale-of-kratom/',
      kind: 'legal-primary',
      seenVia: 'Kratom News Today briefing 2026-08-22; not opened',
    },
    'legal-us-ny-6': {
      id: 'legal-us-ny-6',
      authors: 'News10 (WTEN)',
      title: 'Public health order to ban the sale of kratom in Albany County',
      venue: 'news10.com',
      year: 2026,
      url: 'https://www.news10.com/news/albany-county/public-health-order-to-ban-the-sale-of-kratom-in-albany-county/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today; not opened',
    },
    'legal-us-ny-1': {
      id: 'legal-us-ny-1',
      authors: 'Governor Hochul',
      title: 'Governor Hochul press release (22 Dec 2025)',
      venue: 'pubt.io',
      year: 2025,
      url: 'https://www.pubt.io/view/220C777FB937DB1169586BBF86B5E745559F4675',
      kind: 'legal-mirror',
      secondaryNote: "Third-party copy of the Governor's press release; the original was not seen.",
    },
    'legal-us-ny-2': {
      id: 'legal-us-ny-2',
      authors: 'Newsday',
      title: 'Newsday: Hochul signs kratom bills',
      venue: 'newsday.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.newsday.com/news/health/hochul-bill-kratom-yq4xwgbh',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
