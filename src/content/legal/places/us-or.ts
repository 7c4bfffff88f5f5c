/** US-OR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-OR',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'lab-testing'],
    minimumAge: 21,
    history: [
      {
        date: '2022',
        status: 'regulated',
      },
    ],
    effective: '2022',
    effectiveApproximate: false,
    instrument: 'HB 4010 (2022 Or. Laws ch. 41), ORS 475.394-475.404; OAR 150-475-6010',
    asOf: '2024',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-or-1', 'legal-us-or-2', 'legal-us-or-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2022 (age); processor registration from 2023-07-01 | Scope: No sale to under 21; processors must register annually with the Department of Revenue ($460) and certify third-party testing.',
  },
  sources: {
    'legal-us-or-1': {
      id: 'legal-us-or-1',
      authors: 'Oregon DOR',
      title: 'Oregon DOR: Kratom processor registration',
      venue: 'oregon.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.oregon.gov/dor/programs/businesses/pages/kratom-processor-registration.aspx',
      kind: 'legal-primary',
    },
    'legal-us-or-2': {
      id: 'legal-us-or-2',
      authors: 'Oregon Legislative Assembly',
      title: 'Legiplex: HB 4010 (chaptered 1 Apr 2022)',
      venue: 'app.legiplex.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://app.legiplex.com/or/legislature/2022/2022-r/bills/hb4010',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-or-3': {
      id: 'legal-us-or-3',
      authors: 'Oregon Department of Revenue',
      title: 'OAR 150-475-6010',
      venue: 'regulations.justia.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://regulations.justia.com/states/oregon/chapter-150/division-475/section-150-475-6010',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
