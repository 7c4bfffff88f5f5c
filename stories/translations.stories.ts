/**
 * Translation status per locale, from locales/status.json (generated from the XLIFF files by
 * `npm run locales:extract`), and what a reader sees in a locale that is not yet reviewed.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import status from '../locales/status.json' with { type: 'json' };
import { SOURCE_LOCALE, SUPPORTED_LOCALES, localeDirection } from '../src/localization/index.js';

interface LocaleStatus {
  units: number;
  translated: number;
  approved: number;
  needsReview: number;
  fullyApproved: boolean;
}

const meta: Meta = {
  title: 'Content/Translations',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

function nameOf(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function stateOf(code: string, s: LocaleStatus | undefined): string {
  if (code === SOURCE_LOCALE) return 'source language (in the code)';
  if (!s || s.translated === 0) return 'not translated yet: readers see English';
  if (s.fullyApproved) return 'approved by a medical translator';
  if (s.translated < s.units) return 'partly translated: missing messages fall back to English; review notice shown';
  return 'draft: every message translated, review notice shown';
}

/** Every supported locale with its message counts and what readers see. */
export const LocaleStatusTable: Story = {
  name: 'Status per locale',
  render: () =>
    html`<div class="kratom-doc" role="region" tabindex="0" aria-label="Translation status per locale (scrollable)">
      <table class="kratom-table">
        <caption>
          Translation status per locale (locales/status.json)
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Language</th>
            <th scope="col">Direction</th>
            <th scope="col">Messages</th>
            <th scope="col">Translated</th>
            <th scope="col">Approved</th>
            <th scope="col">Needs review</th>
            <th scope="col">What readers see</th>
          </tr>
        </thead>
        <tbody>
          ${SUPPORTED_LOCALES.map((code) => {
            const s = (status as Record<string, LocaleStatus>)[code];
            return html`<tr>
              <th scope="row"><code>${code}</code></th>
              <td lang=${code}>${nameOf(code)}</td>
              <td>${localeDirection(code)}</td>
              <td>${s?.units ?? '–'}</td>
              <td>${s?.translated ?? '–'}</td>
              <td>${s?.approved ?? '–'}</td>
              <td>${s?.needsReview ?? '–'}</td>
              <td>${stateOf(code, s)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`,
};

/** A draft locale: every element shows the quiet "not yet reviewed by a medical translator" line. */
export const ReviewNotice: Story = {
  name: 'Draft locale: review notice (Thai)',
  globals: { locale: 'th' },
  render: () =>
    html`<div class="kratom-stack">
      <kratom-legal-badge jurisdiction="TH" variant="full"></kratom-legal-badge>
      <kratom-alkaloid-explainer alkaloid="mitragynine" variant="compact"></kratom-alkaloid-explainer>
    </div>`,
};
