/** KH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'KH',
    level: 'national',
    status: 'unclear',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-kh-1', 'legal-kh-2'],
    localRules: false,
    editorNote:
      "Set to 'unclear' rather than 'legal' because of the active administrative crackdown and pending policy. New jurisdiction. | Effective (as researched): none | Scope: As of Aug 2024 the National Authority for Combating Drugs (NACD) said kratom 'is not yet regulated under Cambodia's drug control laws'; the NACD requested provincial reports (letter of 23 Jul 2024) and, with the Ministry of Health, was preparing research to underpin policy. Provincial authorities in Banteay Meanchey (Poipet) took administrative action against kratom-juice production. | Instrument (as researched): Not scheduled under Cambodian drug-control law as of Aug 2024 (NACD); policy pending",
  },
  sources: {
    'legal-kh-1': {
      id: 'legal-kh-1',
      authors: 'The Nation (Thailand) / The Phnom Penh Post',
      title: 'Cambodia NACD seeks data on kratom (Phnom Penh Post via Asia News Network)',
      venue: 'nationthailand.com',
      year: 2024,
      url: 'https://www.nationthailand.com/news/asean/40040787',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-kh-2': {
      id: 'legal-kh-2',
      authors: 'Nectarleaf (vendor blog)',
      title: 'Cambodian Authorities Intensify Crackdown on Kratom Cultivation',
      venue: 'nectarleaf.eu',
      year: 2024,
      url: 'https://www.nectarleaf.eu/2024/08/cambodian-authorities-intensify-crackdown-on-kratom-cultivation/',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
