import { css } from 'lit';

/**
 * The checklist's summary card, the clinician summary's language picker and the printable clinician
 * summary (screen preview and print columns). Interpolated into riskChecklistStyles' one stylesheet
 * at this point, so the rules and their order are those of a single sheet.
 */
export const summaryStyles = css`
  /* ------------------------------------------------------------------------------ summary */
  .summary {
    display: grid;
    gap: var(--_k-space-2);
    padding: var(--_k-space-4);
    border: 2px solid var(--_sev-color, var(--_k-color-border));
    border-radius: var(--_k-radius);
    background: var(--_k-color-surface);
  }
  .summary[data-severity='none'] {
    border-style: dashed;
  }
  .status {
    display: grid;
    gap: var(--_k-space-1);
  }
  .count {
    font-weight: 600;
  }
  .severity-line {
    display: flex;
    align-items: flex-start;
    gap: var(--_k-space-2);
    font-weight: 700;
  }
  .limits {
    font-size: 0.9375em;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-2);
  }
  .actions button {
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-2);
    min-block-size: 2.5em;
    padding-block: var(--_k-space-2);
    padding-inline: var(--_k-space-3);
    border: 1px solid var(--_k-color-border);
    border-radius: calc(var(--_k-radius) / 2);
    background: var(--_k-color-surface-raised);
  }
  .actions .print-button {
    border: 2px solid var(--_k-color-accent);
    font-weight: 600;
  }

  /* ------------------------------------------------------ language of the clinician summary */
  .summary-language {
    display: grid;
    gap: var(--_k-space-2);
    justify-items: start;
  }
  .summary-language select {
    max-inline-size: 100%;
    min-block-size: 2.5em;
    font: inherit;
  }
  .summary-bilingual {
    display: flex;
    gap: var(--_k-space-2);
  }
  .summary-language-note {
    margin: 0;
  }

  /* -------------------------------------------------------------- clinician summary (print) */
  .print-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
    gap: var(--_k-space-4);
    align-items: start;
  }
  .print-languages,
  .print-language-note {
    font-weight: 600;
  }
  .print {
    display: none;
    gap: var(--_k-space-3);
  }
  .print-list {
    display: grid;
    gap: var(--_k-space-4);
    padding-inline-start: 1.5em;
  }
  .print-list > li {
    display: grid;
    gap: var(--_k-space-2);
    break-inside: avoid;
  }
  :host([print-preview]) .screen {
    display: none;
  }
  :host([print-preview]) .print {
    display: grid;
    padding: var(--_k-space-4);
    border: 1px solid var(--_k-color-border);
    border-radius: var(--_k-radius);
    background: var(--_k-color-surface);
  }
`;
