/** US-TN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-tn.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-TN',
    level: 'state',
    status: 'banned',
    rules: ['sale-prohibited'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['sale-prohibited', 'synthetic-ban'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2018',
        status: 'regulated',
        dateApproximate: true,
      },
      {
        date: '2026-07-01',
        status: 'banned',
      },
    ],
    effective: '2026-07-01',
    effectiveApproximate: false,
    instrument:
      "Public Chapter 950 (2026), HB 1649 / SB 1655 (114th General Assembly) 'Matthew Davenport's Law', amending T.C.A. 39-17-452 and Titles 33, 38, 50, 63, 68",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-us-tn-5', 'legal-us-tn-4', 'legal-us-tn-6', 'legal-us-tn-2', 'legal-us-tn-3', 'legal-us-tn-1'],
    localRules: false,
    editorNote:
      "Enacted text not opened; offence grades: OWG (reading enacted text) says possession Class A misdemeanor / sale Class C felony, matching HB 1649 as introduced; KNT's BWC summary mentions Class D-A felonies (likely the SB 1655/HB 1647 versions). Local enforcement: Van Buren County seizure of synthetic 7-OH (Jul 2026). | Effective (as researched): 2026-07-01 (signed by Gov. Bill Lee, reported 7 May 2026) | Scope: 'Matthew Davenport's Law' criminalises knowingly possessing, manufacturing, delivering or selling kratom (any part of Mitragyna speciosa containing its alkaloids, plus synthetic or biosynthetic alkaloid derivatives). Also mandates kratom testing in suspected-overdose autopsies and in toxicology for suspected overdose/neonatal abstinence syndrome, and adds kratom to drug-free-workplace drug definitions. Replaces the 2018 natural-leaf/21+ regime. | Previous entry: unclear, low confidence, as of 2026-02.",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
