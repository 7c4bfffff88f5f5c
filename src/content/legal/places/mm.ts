/** MM: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: mm.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'MM',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-mm-2', 'legal-mm-4', 'legal-mm-3', 'legal-mm-1'],
    localRules: false,
    editorNote:
      "Upgraded from low: two independent news/NGO sources state the national drug law treats kratom as a narcotic; exact listing not seen. | Effective (as researched): none | Scope: Kratom leaves are treated as a narcotic drug under Myanmar's drug law (Narcotic Drugs and Psychotropic Substances Law; specific notification not identified); seizures and arrests by authorities and by ethnic armed administrations (NMSP, Arakan Army) continue. | Instrument (as researched): Unverified notification under the Narcotic Drugs and Psychotropic Substances Law (1993, as amended 2018) | Previous entry: banned, low confidence, as of 2021-10.",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
