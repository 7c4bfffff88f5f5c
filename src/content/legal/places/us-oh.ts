/** US-OH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-OH',
    level: 'state',
    status: 'unclear',
    rules: ['pending-change'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance', 'pending-change'],
      },
    },
    minimumAge: null,
    effective: '2025-12-12',
    effectiveApproximate: true,
    instrument: 'OAC 4729:9-1-01.1 (emergency); proposed permanent rule on mitragynine (comments closed 28 Jan 2026)',
    asOf: '2026-01',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-us-oh-1', 'legal-us-oh-2', 'legal-us-oh-3', 'legal-us-oh-4'],
    localRules: false,
    editorNote:
      "High priority to re-verify: Ohio may now be 'banned' (if mitragynine was scheduled) or 'restricted'. | Effective (as researched): Emergency rule 2025-12-12 to ~2026-06-10; permanent rule status unverified | Scope: Board of Pharmacy emergency rule (12 Dec 2025, 180 days) placed 'mitragynine-related compounds' (7-OH, mitragynine pseudoindoxyl, dihydro-7-OH, 7-acetoxymitragynine) in Schedule I, excluding products composed solely of mitragynine (natural leaf). A proposed permanent rule would schedule mitragynine itself. | 7-OH override: 7-OH and related compounds were Schedule I under the Board of Pharmacy emergency rule (12 Dec 2025), which lapsed ~10 Jun 2026; continued control rests on the proposed permanent rule, whose outcome is UNVERIFIED, hence pending-change. Leaf status stays unclear.",
  },
  sources: {
    'legal-us-oh-1': {
      id: 'legal-us-oh-1',
      authors: 'Kratom Science',
      title: 'Kratom Science: Ohio emergency rule (12 Dec 2025)',
      venue: 'kratomscience.com',
      year: 2025,
      url: 'https://www.kratomscience.com/?p=8936',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
    'legal-us-oh-2': {
      id: 'legal-us-oh-2',
      authors: 'Kratom Science',
      title: 'Kratom Science: proposed mitragynine rule (Jan 2026)',
      venue: 'kratomscience.com',
      year: 2026,
      url: 'https://www.kratomscience.com/?p=8987',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
    'legal-us-oh-3': {
      id: 'legal-us-oh-3',
      authors: 'Particle',
      title: 'Particle: emergency rule through 10 Jun 2026',
      venue: 'particle.news',
      year: null,
      accessed: '2026-11-24',
      url: 'https://particle.news/story/ohio-temporarily-bans-most-kratom-products-with-exception-for-natural-leaf',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-oh-4': {
      id: 'legal-us-oh-4',
      authors: 'Reason Foundation',
      title: 'Reason Foundation comment on proposed rule (28 Jan 2026)',
      venue: 'reason.org',
      year: 2026,
      url: 'https://reason.org/testimony/ohio-should-regulate-kratom-related-products-for-adult-use-instead-of-pursuing-overly-restrictive-bans/',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
