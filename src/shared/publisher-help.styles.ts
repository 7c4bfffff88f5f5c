/**
 * The styles of the publisher's help block (publisher-help.ts). Static, in the element's own styles,
 * so the block is styled the moment it renders; the block's code loads only when the element has help
 * (publisher-help-element.ts).
 */
import { css } from 'lit';

export const publisherHelpStyles = css`
  .help {
    container-type: inline-size;
    display: grid;
    gap: var(--_k-space-2);
    padding: var(--_k-space-3);
    border: 1px solid var(--_k-color-border);
    border-radius: var(--_k-radius);
    background: var(--_k-color-surface-raised);
    min-inline-size: 0;
  }
  .help[hidden] {
    display: none;
  }
  .help .heading,
  .help p,
  .help-facts {
    margin: 0;
  }
  .help-name {
    font-weight: 700;
  }
  .help-facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_k-space-1) var(--_k-space-3);
  }
  .help-facts dt {
    font-weight: 600;
  }
  .help-facts dd {
    margin: 0;
    min-inline-size: 0;
  }
  .help-link {
    display: inline-block;
    min-block-size: 24px;
    max-inline-size: 100%;
    font-weight: 700;
  }
  .help-url {
    overflow-wrap: anywhere;
  }
  .help-link .icon {
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-start: 0.2em;
  }
  @container (max-width: 20em) {
    .help-facts {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
