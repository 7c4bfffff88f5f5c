/** Sources of US-IA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ia-4': {
    id: 'legal-us-ia-4',
    authors: 'antikratom.org (anti-kratom advocacy)',
    title: 'Iowa - legislature adjourned without passing a statewide kratom ban',
    venue: 'antikratom.org',
    year: 2026,
    url: 'https://antikratom.org/states/iowa.html',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
  'legal-us-ia-2': {
    id: 'legal-us-ia-2',
    authors: 'Iowa Legislature',
    title: 'Iowa Legislature: amendment H-8168 to HF 2133 (regulatory framework)',
    venue: 'legis.iowa.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.legis.iowa.gov/docs/publications/AMDI/91/attachments/H8168.html',
    kind: 'legal-primary',
  },
  'legal-us-ia-1': {
    id: 'legal-us-ia-1',
    authors: 'Iowa Legislature',
    title: 'Iowa Legislature: HSB 508 (kratom Schedule I)',
    venue: 'legis.iowa.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.legis.iowa.gov/docs/publications/LGI/91/attachments/HSB508.html?layout=false',
    kind: 'legal-primary',
  },
  'legal-us-ia-3': {
    id: 'legal-us-ia-3',
    authors: 'VulcanBills',
    title: 'VulcanBills: HSB 508 renumbered HF 2133 (21 Jan 2026)',
    venue: 'vulcanbills.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://vulcanbills.com/ia/2025/HSB508',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
