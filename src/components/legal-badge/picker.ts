/**
 * The place picker of `<kratom-legal-badge picker>`: a native `<select>` for the country or region
 * and, when the country is the US, a second one for the state ("Federal law only" = `US`). Native
 * selects are complete for keyboard and screen-reader users on every platform; option names are in
 * the active language and sorted for it (Intl.Collator). The list is the places the legal data
 * covers (`PLACE_CODES`), so choosing fetches nothing but that place's chunk. A chunk of its own,
 * loaded only by a badge that shows a picker (picker-support.ts holds the rest: rules, styles, loader).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { PLACE_CODES } from '../../content/legal/place-loader.js';
import { countryName, placeName } from './place-name.js';
import { getLocale } from '../../localization/index.js';
import { countryOf, isPickable } from './picker-support.js';

/** Detail of the `kratom-place-change` event. */
export interface PlaceChangeDetail {
  /** The code the reader chose: a country or region (`AT`, `EU`), `US` (federal law only) or a US state (`US-AL`). */
  jurisdiction: string;
}

interface Choice {
  readonly code: string;
  readonly name: string;
}

const sorted = new Map<string, { countries: readonly Choice[]; states: readonly Choice[] }>();

/** Covered countries/regions and US states, named and sorted for the active locale (cached per locale). */
function choices(): { countries: readonly Choice[]; states: readonly Choice[] } {
  const locale = getLocale();
  let lists = sorted.get(locale);
  if (!lists) {
    const collator = new Intl.Collator(locale);
    const byName = (a: Choice, b: Choice): number => collator.compare(a.name, b.name);
    const countries = PLACE_CODES.filter((code) => !code.includes('-')).map((code) => ({
      code,
      // "United States", not "United States (federal)": the state select says which level.
      name: code === 'US' ? (countryName('US') ?? placeName('US')) : placeName(code),
    }));
    const states = PLACE_CODES.filter((code) => code.startsWith('US-')).map((code) => ({
      code,
      name: placeName(code),
    }));
    lists = { countries: countries.sort(byName), states: states.sort(byName) };
    sorted.set(locale, lists);
  }
  return lists;
}

const valueOf = (event: Event): string => (event.target as HTMLSelectElement).value;

/**
 * The picker's template. `code` is the current upper-case jurisdiction (or `''`); `pick` is called
 * with the chosen code.
 */
export function placePicker(code: string, pick: (code: string) => void): TemplateResult {
  const { countries, states } = choices();
  const country = isPickable(code) ? countryOf(code) : '';
  return html`<div class="picker" part="picker">
    <div class="picker-field">
      <label for="picker-country" part="picker-label"
        >${msg('Country or region', {
          id: 'legalBadge.picker.country',
          desc: 'Label of the list where the reader chooses the country or region to see the kratom law for. Short.',
        })}</label
      >
      <select id="picker-country" part="picker-select" @change=${(e: Event) => pick(valueOf(e))}>
        <option value="" disabled ?selected=${!country}>
          ${msg('Choose a country or region', {
            id: 'legalBadge.picker.prompt',
            desc: 'First, empty entry of the country list, shown until the reader chooses a place. Short.',
          })}
        </option>
        ${countries.map((c) => html`<option value=${c.code} ?selected=${c.code === country}>${c.name}</option>`)}
      </select>
    </div>
    ${
      country === 'US'
        ? html`<div class="picker-field">
            <label for="picker-state" part="picker-label"
              >${msg('US state', {
                id: 'legalBadge.picker.state',
                desc: 'Label of the list where the reader chooses a US state (shown when the country is the United States). Short.',
              })}</label
            >
            <select id="picker-state" part="picker-select" @change=${(e: Event) => pick(valueOf(e))}>
              <option value="US" ?selected=${code === 'US'}>
                ${msg('Federal law only', {
                  id: 'legalBadge.picker.federalOnly',
                  desc: 'Entry of the US state list that shows US federal law only, without a state. Short.',
                })}
              </option>
              ${states.map((s) => html`<option value=${s.code} ?selected=${s.code === code}>${s.name}</option>`)}
            </select>
          </div>`
        : nothing
    }
  </div>`;
}
