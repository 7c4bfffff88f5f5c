/** US-CT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-CT',
    level: 'state',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: '2026-02-24',
    effectiveApproximate: true,
    instrument:
      'Public Act 25-101 (HB 6855, 2025) directing DCP to schedule; DCP Regulation 2025-018 (controlled substance drug schedules)',
    asOf: '2026-03',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ct-1', 'legal-us-ct-2', 'legal-us-ct-3'],
    localRules: false,
    editorNote:
      'Effective date after LRRC approval depends on filing with the Secretary of the State; not verified. | Effective (as researched): Regulation approved 2026-02-24 by Legislative Regulation Review Committee (formal effective date unverified) | Scope: Mitragyna speciosa (kratom: leaves, stem, extracts) and 7-OH designated Schedule I controlled substances by DCP regulation. | Editorial: effective = LRRC approval date (2026-02-24); formal effective date unverified.',
  },
  sources: {
    'legal-us-ct-1': {
      id: 'legal-us-ct-1',
      authors: 'CT DCP',
      title: 'CT DCP press release (24 Feb 2026)',
      venue: 'portal.ct.gov',
      year: 2026,
      url: 'https://portal.ct.gov/dcp/news-releases-from-the-department-of-consumer-protection/2026-news-releases/department-of-consumer-protection-applauds-passage-of-controlled-substance-drug-schedule-updates?language=en_US',
      kind: 'legal-primary',
    },
    'legal-us-ct-2': {
      id: 'legal-us-ct-2',
      authors: 'Protect Kratom',
      title: 'Protect Kratom: Regulation 2025-018 hearing (Oct 2025)',
      venue: 'protectkratom.org',
      year: null,
      accessed: '2026-11-24',
      url: 'http://protectkratom.org/connecticut',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
    'legal-us-ct-3': {
      id: 'legal-us-ct-3',
      authors: 'Kratom Science',
      title: 'Kratom Science: Governor signs PA 25-101 (25 Jun 2025)',
      venue: 'kratomscience.com',
      year: 2025,
      url: 'https://www.kratomscience.com/2025/06/26/connecticut-governor-signs-bill-to-ban-kratom',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
  },
};

export default place;
