/** US-MN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-MN',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'pending-change'],
    minimumAge: 21,
    effective: '2018-08-01',
    effectiveApproximate: true,
    instrument: 'Minn. Stat. § 152.027, subd. 7; HF 3453 (2026)',
    asOf: '2026-08',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-mn-1', 'legal-us-mn-2', 'legal-us-mn-3'],
    localRules: false,
    editorNote:
      'Age 21 rests on an advocacy source only; verify HF 3453 session law. | Effective (as researched): 2018-08-01 (age 18); 2026-08-01 (age 21, reported) | Scope: Sale to minors is a gross misdemeanor; possession by minors a misdemeanor (age 18 under 2018 law). HF 3453 (2026) reportedly raises the age to 21 effective 2026-08-01. | Editorial: minimumAge 21 rests on HF 3453 (2026) as reported by an advocacy source; not verified in the statute.',
  },
  sources: {
    'legal-us-mn-1': {
      id: 'legal-us-mn-1',
      authors: 'Minnesota Revisor',
      title: 'Minnesota Revisor: § 152.027 (2019)',
      venue: 'revisor.mn.gov',
      year: 2019,
      url: 'https://www.revisor.mn.gov/statutes/?id=152.027&year=2019',
      kind: 'legal-primary',
    },
    'legal-us-mn-2': {
      id: 'legal-us-mn-2',
      authors: '',
      title: '2018 amendment text (subd. 7)',
      venue: 'ecency.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://ecency.com/kratom/@silver20/minnesota-to-keep-kratom-legal-with-restriction-to-minors',
      kind: 'forum',
      secondaryNote: 'Forum post quoting the 2018 amendment text; used only as a lead.',
    },
    'legal-us-mn-3': {
      id: 'legal-us-mn-3',
      authors: 'AntiKratom',
      title: 'AntiKratom: HF 3453 (2026) raises age to 21, effective 1 Aug 2026',
      venue: 'antikratom.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://antikratom.org/states/minnesota.html',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
  },
};

export default place;
