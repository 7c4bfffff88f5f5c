/** PL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: pl.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'PL',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2009',
        status: 'banned',
      },
    ],
    effective: '2009',
    effectiveApproximate: false,
    instrument:
      'Ustawa o przeciwdziałaniu narkomanii (Act on Counteracting Drug Addiction, 2005) as amended by the Act of 20 March 2009 (Dz.U. 2009 Nr 63 poz. 520); exact annex list not verified',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-pl-2', 'legal-pl-3', 'legal-pl-4', 'legal-pl-1'],
    localRules: false,
    editorNote:
      'Confidence raised from low to medium (two peer-reviewed Polish articles citing the amending act). Primary Dz.U. text not opened. | Effective (as researched): 2009 (Act of 20 March 2009, Dz.U. 2009 Nr 63 poz. 520) | Scope: Mitragyna speciosa is one of 16 psychoactive plant species added to the lists of controlled plants by the 20 March 2009 amendment of the Act on Counteracting Drug Addiction; possession and trade are offences under that Act. | Previous entry: banned, low confidence, as of 2023.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
