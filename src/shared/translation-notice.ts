/**
 * One quiet line shown when the active locale's translation is not yet fully approved by a
 * qualified (medical) reviewer. Hidden in English and in fully approved locales. The approval
 * state comes from the XLIFF files (`approved="yes"`), via src/localization/review-status.ts.
 */
import { html, css, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getLocale, SOURCE_LOCALE } from '../localization/index.js';
import { FULLY_APPROVED } from '../localization/review-status.js';

/** `true` when the active locale is a translation that is not fully reviewed. */
export function translationUnreviewed(locale = getLocale()): boolean {
  return locale !== SOURCE_LOCALE && FULLY_APPROVED[locale] !== true;
}

export function translationNotice(): TemplateResult | typeof nothing {
  if (!translationUnreviewed()) return nothing;
  return html`<p class="translation-notice" part="translation-notice">
    ${msg('This translation has not yet been reviewed by a medical translator.', {
      id: 'shared.translation.unreviewed',
      desc: 'Quiet one-line notice shown in a language whose translation has not been checked by a qualified medical translator. Translate it into your language.',
    })}
  </p>`;
}

export const translationNoticeStyles = css`
  .translation-notice {
    margin: var(--_k-space-2) 0 0;
    font-size: 0.8125em;
    font-style: italic;
    color: var(--_k-color-text-muted);
  }
`;
