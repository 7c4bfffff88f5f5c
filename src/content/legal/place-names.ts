/**
 * Localised place names for the legal-status badge.
 * - US states and the District of Columbia (ISO 3166-2 subdivisions): no Intl API names them, so
 *   each one is a message with an explicit id and a translator note.
 * - Countries: `COUNTRY_NAMES_EN` in English (the source locale); other locales use
 *   Intl.DisplayNames (src/components/legal-badge/place-name.ts).
 */
import { msg } from '@lit/localize';

/** The 51 subdivision codes with a localised name: 50 states and US-DC. */
export const SUBDIVISION_CODES: readonly string[] = [
  'US-AK',
  'US-AL',
  'US-AR',
  'US-AZ',
  'US-CA',
  'US-CO',
  'US-CT',
  'US-DC',
  'US-DE',
  'US-FL',
  'US-GA',
  'US-HI',
  'US-IA',
  'US-ID',
  'US-IL',
  'US-IN',
  'US-KS',
  'US-KY',
  'US-LA',
  'US-MA',
  'US-MD',
  'US-ME',
  'US-MI',
  'US-MN',
  'US-MO',
  'US-MS',
  'US-MT',
  'US-NC',
  'US-ND',
  'US-NE',
  'US-NH',
  'US-NJ',
  'US-NM',
  'US-NV',
  'US-NY',
  'US-OH',
  'US-OK',
  'US-OR',
  'US-PA',
  'US-RI',
  'US-SC',
  'US-SD',
  'US-TN',
  'US-TX',
  'US-UT',
  'US-VA',
  'US-VT',
  'US-WA',
  'US-WI',
  'US-WV',
  'US-WY',
];

/**
 * English names of the countries the legal data covers, as CLDR names them (the English that
 * Intl.DisplayNames returns; `npm run content:check` compares every entry with Node's CLDR data and
 * requires one entry per covered country). Shipping them means an English page never constructs
 * Intl.DisplayNames: its first construction loads the engine's region-name data, 12 to 27 ms of main
 * thread in Chromium on this machine class, which was most of the first badge's cost.
 */
export const COUNTRY_NAMES_EN: Readonly<Record<string, string>> = {
  AE: 'United Arab Emirates',
  AR: 'Argentina',
  AT: 'Austria',
  AU: 'Australia',
  BE: 'Belgium',
  BG: 'Bulgaria',
  BR: 'Brazil',
  CA: 'Canada',
  CH: 'Switzerland',
  CN: 'China',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DE: 'Germany',
  DK: 'Denmark',
  EE: 'Estonia',
  ES: 'Spain',
  FI: 'Finland',
  FR: 'France',
  GB: 'United Kingdom',
  GR: 'Greece',
  HK: 'Hong Kong SAR China',
  HR: 'Croatia',
  HU: 'Hungary',
  ID: 'Indonesia',
  IE: 'Ireland',
  IL: 'Israel',
  IN: 'India',
  IS: 'Iceland',
  IT: 'Italy',
  JP: 'Japan',
  KH: 'Cambodia',
  KR: 'South Korea',
  KW: 'Kuwait',
  LA: 'Laos',
  LI: 'Liechtenstein',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  LV: 'Latvia',
  MM: 'Myanmar (Burma)',
  MT: 'Malta',
  MX: 'Mexico',
  MY: 'Malaysia',
  NL: 'Netherlands',
  NO: 'Norway',
  NZ: 'New Zealand',
  PH: 'Philippines',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  RU: 'Russia',
  SE: 'Sweden',
  SG: 'Singapore',
  SI: 'Slovenia',
  SK: 'Slovakia',
  TH: 'Thailand',
  TR: 'Türkiye',
  TW: 'Taiwan',
  UA: 'Ukraine',
  US: 'United States',
  VN: 'Vietnam',
};

/** Localised name of a US state or DC from its upper-case ISO 3166-2 code, or `undefined`. */
export function subdivisionName(code: string): string | undefined {
  switch (code) {
    case 'US-AK':
      return msg('Alaska', {
        id: 'content.place.us-ak',
        desc: 'Name of the US state Alaska (ISO 3166-2 US-AK), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-AL':
      return msg('Alabama', {
        id: 'content.place.us-al',
        desc: 'Name of the US state Alabama (ISO 3166-2 US-AL), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-AR':
      return msg('Arkansas', {
        id: 'content.place.us-ar',
        desc: 'Name of the US state Arkansas (ISO 3166-2 US-AR), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-AZ':
      return msg('Arizona', {
        id: 'content.place.us-az',
        desc: 'Name of the US state Arizona (ISO 3166-2 US-AZ), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-CA':
      return msg('California', {
        id: 'content.place.us-ca',
        desc: 'Name of the US state California (ISO 3166-2 US-CA), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-CO':
      return msg('Colorado', {
        id: 'content.place.us-co',
        desc: 'Name of the US state Colorado (ISO 3166-2 US-CO), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-CT':
      return msg('Connecticut', {
        id: 'content.place.us-ct',
        desc: 'Name of the US state Connecticut (ISO 3166-2 US-CT), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-DC':
      return msg('District of Columbia', {
        id: 'content.place.us-dc',
        desc: 'Name of the District of Columbia, the US federal district (ISO 3166-2 US-DC), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-DE':
      return msg('Delaware', {
        id: 'content.place.us-de',
        desc: 'Name of the US state Delaware (ISO 3166-2 US-DE), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-FL':
      return msg('Florida', {
        id: 'content.place.us-fl',
        desc: 'Name of the US state Florida (ISO 3166-2 US-FL), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-GA':
      return msg('Georgia', {
        id: 'content.place.us-ga',
        desc: 'Name of the US state Georgia (ISO 3166-2 US-GA; the US state, not the country), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-HI':
      return msg('Hawaii', {
        id: 'content.place.us-hi',
        desc: 'Name of the US state Hawaii (ISO 3166-2 US-HI), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-IA':
      return msg('Iowa', {
        id: 'content.place.us-ia',
        desc: 'Name of the US state Iowa (ISO 3166-2 US-IA), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-ID':
      return msg('Idaho', {
        id: 'content.place.us-id',
        desc: 'Name of the US state Idaho (ISO 3166-2 US-ID), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-IL':
      return msg('Illinois', {
        id: 'content.place.us-il',
        desc: 'Name of the US state Illinois (ISO 3166-2 US-IL), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-IN':
      return msg('Indiana', {
        id: 'content.place.us-in',
        desc: 'Name of the US state Indiana (ISO 3166-2 US-IN), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-KS':
      return msg('Kansas', {
        id: 'content.place.us-ks',
        desc: 'Name of the US state Kansas (ISO 3166-2 US-KS), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-KY':
      return msg('Kentucky', {
        id: 'content.place.us-ky',
        desc: 'Name of the US state Kentucky (ISO 3166-2 US-KY), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-LA':
      return msg('Louisiana', {
        id: 'content.place.us-la',
        desc: 'Name of the US state Louisiana (ISO 3166-2 US-LA), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-MA':
      return msg('Massachusetts', {
        id: 'content.place.us-ma',
        desc: 'Name of the US state Massachusetts (ISO 3166-2 US-MA), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-MD':
      return msg('Maryland', {
        id: 'content.place.us-md',
        desc: 'Name of the US state Maryland (ISO 3166-2 US-MD), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-ME':
      return msg('Maine', {
        id: 'content.place.us-me',
        desc: 'Name of the US state Maine (ISO 3166-2 US-ME), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-MI':
      return msg('Michigan', {
        id: 'content.place.us-mi',
        desc: 'Name of the US state Michigan (ISO 3166-2 US-MI), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-MN':
      return msg('Minnesota', {
        id: 'content.place.us-mn',
        desc: 'Name of the US state Minnesota (ISO 3166-2 US-MN), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-MO':
      return msg('Missouri', {
        id: 'content.place.us-mo',
        desc: 'Name of the US state Missouri (ISO 3166-2 US-MO), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-MS':
      return msg('Mississippi', {
        id: 'content.place.us-ms',
        desc: 'Name of the US state Mississippi (ISO 3166-2 US-MS), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-MT':
      return msg('Montana', {
        id: 'content.place.us-mt',
        desc: 'Name of the US state Montana (ISO 3166-2 US-MT), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-NC':
      return msg('North Carolina', {
        id: 'content.place.us-nc',
        desc: 'Name of the US state North Carolina (ISO 3166-2 US-NC), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-ND':
      return msg('North Dakota', {
        id: 'content.place.us-nd',
        desc: 'Name of the US state North Dakota (ISO 3166-2 US-ND), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-NE':
      return msg('Nebraska', {
        id: 'content.place.us-ne',
        desc: 'Name of the US state Nebraska (ISO 3166-2 US-NE), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-NH':
      return msg('New Hampshire', {
        id: 'content.place.us-nh',
        desc: 'Name of the US state New Hampshire (ISO 3166-2 US-NH), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-NJ':
      return msg('New Jersey', {
        id: 'content.place.us-nj',
        desc: 'Name of the US state New Jersey (ISO 3166-2 US-NJ), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-NM':
      return msg('New Mexico', {
        id: 'content.place.us-nm',
        desc: 'Name of the US state New Mexico (ISO 3166-2 US-NM), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-NV':
      return msg('Nevada', {
        id: 'content.place.us-nv',
        desc: 'Name of the US state Nevada (ISO 3166-2 US-NV), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-NY':
      return msg('New York', {
        id: 'content.place.us-ny',
        desc: 'Name of the US state New York (ISO 3166-2 US-NY), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-OH':
      return msg('Ohio', {
        id: 'content.place.us-oh',
        desc: 'Name of the US state Ohio (ISO 3166-2 US-OH), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-OK':
      return msg('Oklahoma', {
        id: 'content.place.us-ok',
        desc: 'Name of the US state Oklahoma (ISO 3166-2 US-OK), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-OR':
      return msg('Oregon', {
        id: 'content.place.us-or',
        desc: 'Name of the US state Oregon (ISO 3166-2 US-OR), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-PA':
      return msg('Pennsylvania', {
        id: 'content.place.us-pa',
        desc: 'Name of the US state Pennsylvania (ISO 3166-2 US-PA), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-RI':
      return msg('Rhode Island', {
        id: 'content.place.us-ri',
        desc: 'Name of the US state Rhode Island (ISO 3166-2 US-RI), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-SC':
      return msg('South Carolina', {
        id: 'content.place.us-sc',
        desc: 'Name of the US state South Carolina (ISO 3166-2 US-SC), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-SD':
      return msg('South Dakota', {
        id: 'content.place.us-sd',
        desc: 'Name of the US state South Dakota (ISO 3166-2 US-SD), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-TN':
      return msg('Tennessee', {
        id: 'content.place.us-tn',
        desc: 'Name of the US state Tennessee (ISO 3166-2 US-TN), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-TX':
      return msg('Texas', {
        id: 'content.place.us-tx',
        desc: 'Name of the US state Texas (ISO 3166-2 US-TX), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-UT':
      return msg('Utah', {
        id: 'content.place.us-ut',
        desc: 'Name of the US state Utah (ISO 3166-2 US-UT), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-VA':
      return msg('Virginia', {
        id: 'content.place.us-va',
        desc: 'Name of the US state Virginia (ISO 3166-2 US-VA), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-VT':
      return msg('Vermont', {
        id: 'content.place.us-vt',
        desc: 'Name of the US state Vermont (ISO 3166-2 US-VT), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-WA':
      return msg('Washington', {
        id: 'content.place.us-wa',
        desc: 'Name of the US state Washington (ISO 3166-2 US-WA; the state, not the city of Washington, D.C.), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-WI':
      return msg('Wisconsin', {
        id: 'content.place.us-wi',
        desc: 'Name of the US state Wisconsin (ISO 3166-2 US-WI), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-WV':
      return msg('West Virginia', {
        id: 'content.place.us-wv',
        desc: 'Name of the US state West Virginia (ISO 3166-2 US-WV), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    case 'US-WY':
      return msg('Wyoming', {
        id: 'content.place.us-wy',
        desc: 'Name of the US state Wyoming (ISO 3166-2 US-WY), shown in the legal-status badge after the status word. Use the usual name in your language.',
      });
    default:
      return undefined;
  }
}
