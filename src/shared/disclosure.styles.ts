/** Styles of the shared disclosure button's chevron (disclosure.ts): 1em, turned when open. */
import { css } from 'lit';

export const disclosureStyles = css`
  button > .chevron {
    inline-size: 1em;
    block-size: 1em;
    transition: transform 150ms ease;
  }
  button[aria-expanded='true'] > .chevron {
    transform: rotate(180deg);
  }
`;
