/**
 * The summary-language picker near the print button (summary-language.ts). In the element's own
 * chunk, not the lazy one, so the server-rendered checklist and the first client render already
 * show it: the checklist keeps its height through hydration instead of growing when the lazy chunk
 * arrives. Only the loading of another language and the summaries in it are lazy.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SOURCE_LOCALE, SUPPORTED_LOCALES, resolveLocale } from '../../localization/index.js';
import { autonym } from '../../localization/autonyms.js';

/** The reader's or the page's `summary-lang`, resolved like the page language; `null`: the page language. */
export function chosenLocale(tag: string | null | undefined): string | null {
  return typeof tag === 'string' && tag.trim() ? resolveLocale(tag, SUPPORTED_LOCALES, SOURCE_LOCALE) : null;
}

/** What the picker shows and does. */
export interface SummaryLanguagePicker {
  /** The chosen locale, or `null` for "Same as this page". */
  chosen: string | null;
  /** The page's locale. */
  page: string;
  bilingual: boolean;
  /** The locale that could not be loaded, if any. */
  failed: string | undefined;
  onLang: (event: Event) => void;
  onBilingual: (event: Event) => void;
}

/** The visible note after the chosen language failed to load (on screen and in the summary). */
export function failedNote(locale: string): string {
  return msg(str`The summary could not be loaded in ${autonym(locale)}, so it is shown in the language of this page.`, {
    id: 'riskChecklist.summaryLanguage.failed',
    desc: 'Shown under the summary-language picker and in the printed summary when the chosen language could not be loaded. Placeholder: the name of the chosen language, in that language (e.g. "ไทย"). Calm, plain.',
  });
}

/** The labelled select ("Same as this page" and every language, each named in itself) and the side-by-side checkbox. */
export function summaryLanguagePicker(p: SummaryLanguagePicker): TemplateResult {
  const other = p.chosen !== null && p.chosen !== p.page && p.chosen !== p.failed;
  return html`<div class="summary-language" part="summary-language">
    <label for="summary-lang"
      >${msg('Language of the summary for your doctor', {
        id: 'riskChecklist.summaryLanguage.label',
        desc: 'Label of a select near the print button: the reader picks the language of the printed summary for a doctor, nurse or pharmacist, independent of the page language.',
      })}</label
    >
    <select id="summary-lang" part="summary-language-select" .value=${p.chosen ?? ''} @change=${p.onLang}>
      <option value="" ?selected=${p.chosen === null}>
        ${msg('Same as this page', {
          id: 'riskChecklist.summaryLanguage.samePage',
          desc: 'First option of the summary-language select: print the summary in the language of this page.',
        })}
      </option>
      ${SUPPORTED_LOCALES.map(
        (code) => html`<option value=${code} lang=${code} ?selected=${code === p.chosen}>${autonym(code)}</option>`,
      )}
    </select>
    ${
      other
        ? html`<label class="summary-bilingual"
            ><input type="checkbox" part="summary-bilingual" .checked=${p.bilingual} @change=${p.onBilingual} /> ${msg(
              str`Also show it in ${autonym(p.page)}`,
              {
                id: 'riskChecklist.summaryLanguage.alsoPage',
                desc: 'Checkbox under the summary-language select: also print the summary in the page language, side by side. Placeholder: the name of the page language in that language (e.g. "Deutsch").',
              },
            )}</label
          >`
        : nothing
    }
    <p class="summary-language-note" part="summary-language-note" role="status">
      ${p.failed ? failedNote(p.failed) : nothing}
    </p>
  </div>`;
}
