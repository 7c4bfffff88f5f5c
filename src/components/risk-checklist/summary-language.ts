/**
 * The clinician summary's own language (`summary-lang`, `summary-bilingual`): resolves the choice,
 * loads that language's strings as soon as it is chosen (so the synchronous `beforeprint` render
 * is complete), falls back to the page language with a visible note and one warning when they
 * cannot load, and gives the picker and the summaries what they show. In host mode (the host app
 * manages @lit/localize) only the page language is offered: the host's runtime is never touched.
 * The picker and the other-language rendering are their own chunk, fetched when the element
 * connects (the checklist's first render does not wait for it); until then, and if it cannot
 * load, the summary is in the page language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  canRenderInLocale,
  getLocale,
  isHostManaged,
  loadLocaleForRender,
  resolveLocale,
} from '../../localization/index.js';
import type { Risk } from '../../content/types.js';
import { printSummary } from './print-summary.template.js';

const PART = 'risk-checklist';

type Views = typeof import('./summary-language.template.js');
/** The lazily loaded picker and summaries (one load per page). */
let views: Views | undefined;
let viewsLoad: Promise<Views> | undefined;

/** The element a SummaryLanguageController serves. */
export interface SummaryLanguageHost extends ReactiveControllerHost {
  summaryLang: string | null;
  summaryBilingual: boolean;
}

export class SummaryLanguageController implements ReactiveController {
  /** The chosen locale whose strings could not load (the summary then uses the page language). */
  private failed: string | undefined;
  private loading: string | undefined;

  constructor(
    private readonly host: SummaryLanguageHost,
    private readonly warn: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  /** The chosen locale, resolved like the page language; `null`: the page language. */
  private get chosen(): string | null {
    const tag = this.host.summaryLang;
    if (typeof tag !== 'string' || !tag.trim()) return null;
    if (isHostManaged()) {
      this.warn(
        'summary-lang',
        'summary-lang is ignored because the host app manages @lit/localize; the summary uses the page language.',
      );
      return null;
    }
    return resolveLocale(tag, SUPPORTED_LOCALES, SOURCE_LOCALE);
  }

  hostConnected(): void {
    if (views || isHostManaged()) return;
    viewsLoad ??= import('./summary-language.template.js');
    viewsLoad.then(
      (loaded) => {
        views = loaded;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        viewsLoad = undefined;
        this.warn('summary-views', `could not load the summary-language picker (${String(error)}).`);
      },
    );
  }

  /** Before each render: starts loading the chosen language if it is not ready. */
  hostUpdate(): void {
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

  /** The picker (nothing in host mode or before its chunk is in). */
  picker(): unknown {
    if (!views || isHostManaged()) return undefined;
    return views.summaryLanguagePicker({
      chosen: this.chosen,
      page: getLocale(),
      bilingual: this.host.summaryBilingual,
      failed: this.failed,
      onLang: this.onLang,
      onBilingual: this.onBilingual,
    });
  }

  /** The clinician summary in its language(s). */
  summaries(checked: readonly Risk[], level: number, number: string, pageDir: 'ltr' | 'rtl'): unknown {
    const page = getLocale();
    if (!views)
      return printSummary(checked, level, { number, lang: page, dir: pageDir, suffix: '', languages: '', note: '' });
    return views.printSummaries(checked, level, number, {
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
