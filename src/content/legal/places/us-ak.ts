/** US-AK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-AK',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-ak-2', 'legal-us-ak-1', 'legal-us-ak-3'],
    localRules: false,
    editorNote:
      "Still rests mainly on absence of evidence; the CSAC minutes confirm kratom was not scheduled as of Oct 2020. | Effective (as researched): none | Scope: No kratom-specific statute or scheduling located. The state Controlled Substances Advisory Committee discussed (Oct 2020) how kratom might be scheduled (crime lab recommended scheduling mitragynine and 7-OH rather than the plant) - no later scheduling found. Vendor claims of a 2016 'SB 30' synthetic-kratom/under-18 law and a Ketchikan ban could not be verified. | Instrument (as researched): None found (AS 11.71 schedules; AS 17.21 'illicit synthetic drugs' is generic) | Previous entry: legal, low confidence, as of 2026-11.",
  },
  sources: {
    'legal-us-ak-1': {
      id: 'legal-us-ak-1',
      authors: 'Docslib (copy of Alaska CSAC minutes)',
      title: 'Controlled Substances Advisory Committee - agenda/minutes 10/20/2020 (Alaska)',
      venue: 'docslib.org',
      year: 2020,
      url: 'https://docslib.org/doc/1801989/controlled-substances-advisory-committee-meeting-minutes',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-ak-2': {
      id: 'legal-us-ak-2',
      authors: 'Alaska Legislature',
      title: 'Alaska Statutes ch. 11.71 Controlled Substances',
      venue: 'akleg.gov',
      year: null,
      accessed: '2026-12-06',
      url: 'https://www.akleg.gov/basis/statutes.asp?media=print&secStart=11.71&secEnd=11.71.900',
      kind: 'legal-primary',
    },
    'legal-us-ak-3': {
      id: 'legal-us-ak-3',
      authors: 'Mindful Kratom',
      title: 'Is Kratom Legal in Alaska? [2024 Update]',
      venue: 'mindfulkratom.com',
      year: 2023,
      url: 'https://mindfulkratom.com/is-kratom-legal-in-alaska/',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
