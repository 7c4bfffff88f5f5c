/**
 * The legal data chunk. Loaded lazily (only when a legal badge is on the page) through
 * `loadLegalData()` in ./index.ts.
 */
import { msg, str } from '@lit/localize';
import type { Jurisdiction, Source, UnsourcedJurisdiction } from '../types.js';
import { JURISDICTIONS, UNSOURCED_JURISDICTIONS } from './jurisdictions.js';
import { LEGAL_SOURCES } from './sources.js';
import { COUNTRY_NAMES_EN, subdivisionName, SUBDIVISION_CODES } from './place-names.js';
import { regionName } from '../../shared/format.js';
import { getLocale, SOURCE_LOCALE } from '../../localization/index.js';

export { JURISDICTIONS, UNSOURCED_JURISDICTIONS, LEGAL_SOURCES, SUBDIVISION_CODES };
export { ALL_PLACES } from './places/all.js';
export { sevenOhRule, type SevenOhAnswer, type SevenOhBasis } from './seven-oh.js';
export { legalSourceTier, bestTier, sortByTier, onlySeenVia, maxConfidence } from './tiers.js';

const byCode = new Map<string, Jurisdiction>(JURISDICTIONS.map((j) => [j.code, j]));
const unsourcedByCode = new Map<string, UnsourcedJurisdiction>(UNSOURCED_JURISDICTIONS.map((j) => [j.code, j]));

export function findJurisdiction(code: string): Jurisdiction | undefined {
  return byCode.get(code);
}

export function findUnsourced(code: string): UnsourcedJurisdiction | undefined {
  return unsourcedByCode.get(code);
}

/** Every code covered (sourced or not), in data order. */
export const COVERED_CODES: readonly string[] = [
  ...JURISDICTIONS.map((j) => j.code),
  ...UNSOURCED_JURISDICTIONS.map((j) => j.code),
];

export function legalSources(ids: readonly string[]): Source[] {
  return ids.map((id) => LEGAL_SOURCES[id]).filter((s): s is Source => Boolean(s));
}

/** Country name in the active locale: shipped English names, else Intl.DisplayNames. */
function countryName(code: string): string | undefined {
  return (getLocale() === SOURCE_LOCALE ? COUNTRY_NAMES_EN[code] : undefined) ?? regionName(code);
}

/** Localised place name: countries (see `countryName`), US subdivisions from messages. */
export function placeName(code: string): string {
  if (code === 'US') {
    const country = countryName('US') ?? 'US';
    return msg(str`${country} (federal)`, {
      id: 'legalBadge.place.federal',
      desc: 'Name for the US federal level. Placeholder: localised name of the United States.',
    });
  }
  if (code === 'EU') {
    return msg('European Union', { id: 'legalBadge.place.eu', desc: 'Name of the European Union (EU-wide rules).' });
  }
  return subdivisionName(code) ?? countryName(code) ?? code;
}
