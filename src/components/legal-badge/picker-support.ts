/**
 * What `<kratom-legal-badge picker>` needs besides the picker's template: the rules (which codes can
 * be picked, the region of the page language), putting the selects on the current place after a
 * render, the picker's styles, and the loader of the template itself (picker.ts: the selects, every
 * covered place named and sorted in the active language). The template is a chunk of its own, fetched
 * only by a badge that shows a picker (issue #25): such a badge waits for it before its first render, as
 * for its strings, so the picker is there from the first frame and nothing moves. On the server the
 * chunk starts loading when this module loads (`isServer`), so a server render finds it.
 */
import { css, isServer } from 'lit';
import { PLACE_CODES } from '../../content/legal/place-loader.js';
import { serverPreload } from '../../content/server-preloads.js';

/** The country or region part of a code: `US-AL` → `US`. */
export function countryOf(code: string): string {
  return code.split('-')[0] ?? '';
}

/**
 * The region of a BCP 47 language tag, upper case (`de-AT` → `AT`, `zh-Hant-TW` → `TW`), or
 * `undefined` when the tag names none (`de`, `es-419`).
 */
export function regionOfLanguage(lang: string): string | undefined {
  const match = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(lang.trim().replace(/_/g, '-'));
  return match ? match[1]!.toUpperCase() : undefined;
}

/** `true` when `code` can be shown by the picker (a covered country/region or US state). */
export function isPickable(code: string): boolean {
  return PLACE_CODES.includes(code);
}

/**
 * Puts the selects on `code` after a render: the `selected` attributes only decide the first
 * render, and a host may change `jurisdiction` after the reader used the lists.
 */
export function syncPicker(root: ParentNode, code: string): void {
  const country = root.querySelector<HTMLSelectElement>('#picker-country');
  if (country) country.value = isPickable(code) ? countryOf(code) : '';
  const state = root.querySelector<HTMLSelectElement>('#picker-state');
  if (state) state.value = code.startsWith('US') ? code : 'US';
}

export const pickerStyles = css`
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-2) var(--_k-space-4);
    margin-block-end: var(--_k-space-2);
    max-inline-size: 100%;
  }
  .picker-field {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-1);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .picker label {
    font-weight: 600;
  }
  .picker select {
    font: inherit;
    color: var(--_k-color-text);
    background-color: var(--_k-color-surface);
    border: 1px solid var(--_k-color-border);
    border-radius: var(--_k-radius);
    padding-block: var(--_k-space-1);
    padding-inline: var(--_k-space-2);
    min-block-size: 44px;
    inline-size: 18em;
    max-inline-size: 100%;
  }
  .picker select:focus {
    outline: var(--_k-focus-ring-width) solid var(--_k-color-focus);
    outline-offset: 2px;
  }
`;

type PickerModule = typeof import('./picker.js');
let loaded: PickerModule | undefined;
let loading: Promise<PickerModule> | undefined;

/** The picker's template once its chunk has loaded, else `undefined`. */
export function pickerTemplate(): PickerModule['placePicker'] | undefined {
  return loaded?.placePicker;
}

/** Loads the picker's template (once; after a failure the next call tries again). */
export function loadPicker(): Promise<PickerModule> {
  return (loading ??= import('./picker.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

// A server renders synchronously: have the template ready by the time it renders a badge (the
// server's preloads wait for it: content/server-preloads.ts).
if (isServer) serverPreload(loadPicker());
