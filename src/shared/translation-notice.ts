/**
 * The notice shown when the active locale's translation is not yet fully approved by a qualified
 * (medical) reviewer. Hidden in English and in fully approved locales. The approval state comes
 * from the XLIFF files (`approved="yes"`), via src/localization/review-status.ts.
 *
 * Where readers see it (translation audit X1, X2): every widget shows it near its top, before the
 * content a reader acts on (the risk checklist above its urgent block); the compact legal badge
 * shows the short form in the closed badge itself, with the full sentence for screen readers.
 * The review footer no longer repeats it; it says the English text was reviewed (X3).
 */
import { html, css, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getLocale, SOURCE_LOCALE } from '../localization/index.js';
import { FULLY_APPROVED } from '../localization/review-status.js';

/** `true` when the active locale is a translation that is not fully reviewed. */
export function translationUnreviewed(locale = getLocale()): boolean {
  return locale !== SOURCE_LOCALE && FULLY_APPROVED[locale] !== true;
}

function fullText(): string {
  return msg('This translation has not yet been reviewed by a medical translator.', {
    id: 'shared.translation.unreviewed',
    desc: 'Notice shown near the top of every widget in a language whose translation has not been checked by a qualified medical translator. Translate it into your language.',
  });
}

/** The full sentence, as its own line near the top of a widget. */
export function translationNotice(): TemplateResult | typeof nothing {
  if (!translationUnreviewed()) return nothing;
  return html`<p class="translation-notice" part="translation-notice">${fullText()}</p>`;
}

/**
 * The short form for a small space (the closed legal badge): a few visible words; screen readers
 * hear the full sentence instead.
 */
export function translationNoticeShort(): TemplateResult | typeof nothing {
  if (!translationUnreviewed()) return nothing;
  return html`<span class="translation-notice translation-notice-short" part="translation-notice"
    ><span aria-hidden="true"
      >${msg('Translation not yet reviewed', {
        id: 'shared.translation.unreviewedShort',
        desc: 'Short note on the closed legal badge: this translation has not been checked by a medical translator yet. Two to five words.',
      })}</span
    ><span class="visually-hidden">${fullText()}</span></span
  >`;
}

export const translationNoticeStyles = css`
  .translation-notice {
    margin: var(--_k-space-2) 0;
    padding-inline-start: var(--_k-space-2);
    border-inline-start: 4px solid var(--_k-color-border);
    font-size: 0.875em;
    color: var(--_k-color-text);
  }
  /* Its own line under the badge's status and notes. */
  .translation-notice-short {
    display: block;
    flex-basis: 100%;
    margin: 0;
    font-size: 0.8125em;
  }
`;
