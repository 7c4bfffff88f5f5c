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
  canRenderInLocale,
  getLocale,
  loadLocaleForRender,
  localeDirection,
  renderInLocale,
} from '../../localization/index.js';
import { autonym } from '../../localization/autonyms.js';
import { formatList } from '../../shared/format.js';
import type { Risk } from '../../content/types.js';
import { printSummary, type HelpOf } from './print-summary.template.js';
import { chosenLocale, failedNote } from './summary-language-picker.template.js';

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
  /** The chosen locale whose strings could not load (the summary then uses the page language; the picker says so). */
  failed: string | undefined;
  private loading: string | undefined;

  constructor(
    private readonly host: SummaryLanguageHost,
    private readonly warn: (key: string, message: string) => void,
  ) {}

  /** The chosen locale, resolved like the page language; `null`: the page language. */
  private get chosen(): string | null {
    return chosenLocale(this.host.summaryLang);
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
}
