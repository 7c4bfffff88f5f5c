/**
 * The language of the clinician summary (a lazy chunk, see summary-language.ts): resolves the
 * choice, loads that language's strings as soon as it is chosen (so the synchronous `beforeprint`
 * render is complete), falls back to the page language with a visible note and one warning when
 * they cannot load, and renders the picker shown near the print button and the summary in the
 * chosen language (and the page's, side by side). Strings and dates of each copy follow its
 * language through `renderInLocale`; the checklist around it stays in the page language.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  canRenderInLocale,
  getLocale,
  loadLocaleForRender,
  localeDirection,
  renderInLocale,
  resolveLocale,
} from '../../localization/index.js';
import { autonym } from '../../localization/autonyms.js';
import { formatList } from '../../shared/format.js';
import type { Risk } from '../../content/types.js';
import { printSummary, type HelpOf } from './print-summary.template.js';

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
function failedNote(locale: string): string {
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

/**
 * The summary in each of `locales` (the first is the chosen language, or the page's), side by
 * side when there are two. `pageDir` is the element's direction, used for the page-language copy.
 */
export function printSummaries(
  checked: readonly Risk[],
  level: number,
  number: string,
  help: HelpOf,
  view: { locales: readonly string[]; page: string; pageDir: 'ltr' | 'rtl'; failed: string | undefined },
): TemplateResult {
  const { locales, page } = view;
  const names = locales.map(autonym);
  const copies = locales.map((lang, i) =>
    renderInLocale(lang, () =>
      printSummary(checked, level, {
        number,
        lang,
        dir: lang === page ? view.pageDir : localeDirection(lang),
        suffix: i ? `-${i}` : '',
        languages:
          locales.length > 1 || lang !== page
            ? html`<p class="print-languages" part="print-languages">
                ${msg(str`Languages of this summary: ${formatList(names)}`, {
                  id: 'riskChecklist.print.languages',
                  desc: 'Printed clinician summary, near the top: which languages the summary is printed in. Placeholder: a list of language names, each in its own language (e.g. "English and ไทย").',
                })}
              </p>`
            : nothing,
        help: help(true, i),
        note:
          i === 0 && view.failed
            ? html`<p class="print-language-note" part="print-language-note">${failedNote(view.failed)}</p>`
            : nothing,
      }),
    ),
  );
  return copies.length > 1 ? html`<div class="print-columns" part="print-columns">${copies}</div>` : copies[0]!;
}

const PART = 'risk-checklist';

/** The element the summary language serves. */
export interface SummaryLanguageHost extends ReactiveControllerHost {
  summaryLang: string | null;
  summaryBilingual: boolean;
}

/** The reader's (or the page's) choice of summary language, and its loading. One per element. */
export class SummaryLanguageState {
  /** The chosen locale whose strings could not load (the summary then uses the page language). */
  private failed: string | undefined;
  private loading: string | undefined;

  constructor(
    private readonly host: SummaryLanguageHost,
    private readonly warn: (key: string, message: string) => void,
  ) {}

  /** The chosen locale, resolved like the page language; `null`: the page language. */
  private get chosen(): string | null {
    const tag = this.host.summaryLang;
    return typeof tag === 'string' && tag.trim() ? resolveLocale(tag, SUPPORTED_LOCALES, SOURCE_LOCALE) : null;
  }

  /** Before each render: starts loading the chosen language if it is not ready. */
  update(): void {
    const locale = this.chosen;
    if (this.failed !== locale) this.failed = undefined;
    if (!locale || this.failed || this.loading === locale || canRenderInLocale(locale, PART)) return;
    this.loading = locale;
    loadLocaleForRender(locale, PART)
      .catch((error: unknown) => {
        this.failed = locale;
        this.warn(
          `summary-lang:${locale}`,
          `could not load the "${locale}" translations for the clinician summary (${String(error)}); it uses the page language.`,
        );
      })
      .finally(() => {
        if (this.loading === locale) this.loading = undefined;
        this.host.requestUpdate();
      });
  }

  /** The summary's locales: the chosen one once ready (else the page's), then the page's when side by side. */
  private locales(): string[] {
    const page = getLocale();
    const locale = this.chosen;
    const first = locale && locale !== this.failed && canRenderInLocale(locale, PART) ? locale : page;
    return this.host.summaryBilingual && first !== page ? [first, page] : [first];
  }

  picker(): TemplateResult {
    return summaryLanguagePicker({
      chosen: this.chosen,
      page: getLocale(),
      bilingual: this.host.summaryBilingual,
      failed: this.failed,
      onLang: this.onLang,
      onBilingual: this.onBilingual,
    });
  }

  summaries(
    checked: readonly Risk[],
    level: number,
    number: string,
    pageDir: 'ltr' | 'rtl',
    help: HelpOf,
  ): TemplateResult {
    return printSummaries(checked, level, number, help, {
      locales: this.locales(),
      page: getLocale(),
      pageDir,
      failed: this.failed,
    });
  }

  private readonly onLang = (event: Event): void => {
    this.host.summaryLang = (event.target as HTMLSelectElement).value || null;
  };

  private readonly onBilingual = (event: Event): void => {
    this.host.summaryBilingual = (event.target as HTMLInputElement).checked;
  };
}
