/**
 * Localised place names, without any legal data: the badge names a place (and the place picker
 * lists every place) before or without loading that place's data chunk. English country names ship
 * in src/content/legal/place-names.ts (no Intl on English pages); other locales use Intl.DisplayNames; US states are
 * messages.
 */
import { msg, str } from '@lit/localize';
import { COUNTRY_NAMES_EN, subdivisionName } from '../../content/legal/place-names.js';
import { regionName } from '../../shared/format.js';
import { getLocale, SOURCE_LOCALE } from '../../localization/index.js';

/** Country name in the active locale (`US` → "United States"): shipped English names, else Intl.DisplayNames. */
export function countryName(code: string): string | undefined {
  return (getLocale() === SOURCE_LOCALE ? COUNTRY_NAMES_EN[code] : undefined) ?? regionName(code);
}

/** Localised place name: countries (see `countryName`), `US` as the federal level, `EU`, US states from messages. */
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
