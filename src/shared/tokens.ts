/**
 * Design tokens. Every public token is a `--kratom-*` custom property with a default here; the
 * components read only the private `--_k-*` aliases so a host can override any token on the element,
 * a wrapper, or `:root`. Colours meet 4.5:1 (text) and 3:1 (non-text) against the surface in light
 * and dark (checked by test/tokens.test.ts).
 *
 * Colour scheme: widgets follow the reader's `prefers-color-scheme`. A host pins them with
 * `--kratom-color-scheme: light` (or `dark`) on `:root` or on the element.
 *
 * Sizes follow the host's text, never the page root: the base size is `1em` (the text size where
 * the widget sits), with a readable floor of `--kratom-min-font-size` (16px), so a page with
 * `html { font-size: 62.5% }` still gets 16px text. Every other length is in `em` of the text it
 * sits in (spaces, radius, widths), so the widget scales with the host text. No `rem` anywhere.
 */
import { css, unsafeCSS } from 'lit';

/** Light palette: token → default value. Exported so tests and docs can read the real values. */
export const LIGHT_COLORS = {
  '--kratom-color-text': '#1a1a1a',
  '--kratom-color-text-muted': '#4d4d57',
  '--kratom-color-surface': '#ffffff',
  '--kratom-color-surface-raised': '#f4f4f6',
  '--kratom-color-border': '#767682',
  '--kratom-color-accent': '#1f5fa8',
  '--kratom-color-focus': '#1f5fa8',
  '--kratom-color-link': '#1d55a0',
  '--kratom-color-legal': '#1b6e3a',
  '--kratom-color-regulated': '#1f5fa8',
  '--kratom-color-restricted': '#8a4b00',
  '--kratom-color-banned': '#b3261e',
  '--kratom-color-unclear': '#5b5670',
  '--kratom-color-urgent': '#b3261e',
  '--kratom-color-prompt': '#8a4b00',
  '--kratom-color-before-use': '#1f5fa8',
  '--kratom-color-caution': '#4d4d57',
} as const;

/** Dark palette: token → default value. */
export const DARK_COLORS = {
  '--kratom-color-text': '#f2f2f4',
  '--kratom-color-text-muted': '#c4c4cc',
  '--kratom-color-surface': '#1c1c20',
  '--kratom-color-surface-raised': '#2a2a30',
  '--kratom-color-border': '#9a9aa6',
  '--kratom-color-accent': '#8fbcff',
  '--kratom-color-focus': '#8fbcff',
  '--kratom-color-link': '#9cc3ff',
  '--kratom-color-legal': '#7fd69b',
  '--kratom-color-regulated': '#8fbcff',
  '--kratom-color-restricted': '#ffb85c',
  '--kratom-color-banned': '#ff8a80',
  '--kratom-color-unclear': '#cdc6e6',
  '--kratom-color-urgent': '#ff8a80',
  '--kratom-color-prompt': '#ffb85c',
  '--kratom-color-before-use': '#8fbcff',
  '--kratom-color-caution': '#c4c4cc',
} as const;

export type ColorToken = keyof typeof LIGHT_COLORS;

/** Non-colour tokens with their defaults. */
export const OTHER_TOKENS = {
  '--kratom-color-scheme': 'light dark',
  '--kratom-font-family': 'inherit',
  '--kratom-font-size': '1em',
  '--kratom-min-font-size': '16px',
  '--kratom-line-height': '1.5',
  '--kratom-radius': '0.5em',
  '--kratom-space-1': '0.25em',
  '--kratom-space-2': '0.5em',
  '--kratom-space-3': '0.75em',
  '--kratom-space-4': '1em',
  '--kratom-focus-ring-width': '3px',
} as const;

const colorNames = Object.keys(LIGHT_COLORS) as ColorToken[];

/** `--_k-x: var(--kratom-x, <default>)` declarations for one palette. */
function colorDeclarations(value: (name: ColorToken) => string): string {
  return colorNames.map((name) => `${name.replace('--kratom-', '--_k-')}: var(${name}, ${value(name)});`).join('\n');
}

/**
 * Host baseline shared by every kratom element. Colours use `light-dark()` where the engine has it
 * (one rule for both schemes, following `color-scheme`); older engines get the light palette.
 * The values are this module's own constants, never user input.
 */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(colorDeclarations((name) => LIGHT_COLORS[name]))}
    color-scheme: var(--kratom-color-scheme, light dark);
    --_k-font-family: var(--kratom-font-family, inherit);
    /* Resolved where it is used: on the host, 1em is the text size around the widget. */
    --_k-font-size: max(var(--kratom-font-size, 1em), var(--kratom-min-font-size, 16px));
    --_k-min-font-size: var(--kratom-min-font-size, 16px);
    --_k-line-height: var(--kratom-line-height, 1.5);
    --_k-radius: var(--kratom-radius, 0.5em);
    --_k-space-1: var(--kratom-space-1, 0.25em);
    --_k-space-2: var(--kratom-space-2, 0.5em);
    --_k-space-3: var(--kratom-space-3, 0.75em);
    --_k-space-4: var(--kratom-space-4, 1em);
    --_k-focus-ring-width: var(--kratom-focus-ring-width, 3px);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(colorDeclarations((name) => `light-dark(${LIGHT_COLORS[name]}, ${DARK_COLORS[name]})`))}
    }
  }
`;
