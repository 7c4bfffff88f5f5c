/**
 * The clinician summary's own language (`summary-lang`, `summary-bilingual`). This controller
 * renders the picker (summary-language-picker.template.ts) and, once a summary language is chosen
 * (the `summary-lang` attribute, or the reader's choice in the picker), fetches the chunk that does
 * the work (summary-language.template.ts: loading the chosen language and the summaries in it), so
 * the checklist's first render neither waits for it nor carries its bytes, and a page where nobody
 * chooses another language never fetches it (issue #25). The chosen language then loads at once, so
 * `beforeprint` stays synchronous. Until it is in, and if it cannot load, the summary is in the page
 * language. In host mode (the host app manages @lit/localize) only the page language is offered: the
 * chunk is not fetched and the host's runtime is never touched.
 */
import { nothing, type ReactiveController } from 'lit';
import { getLocale, isHostManaged } from '../../localization/index.js';
import type { Risk } from '../../content/types.js';
import { printSummary, type HelpOf } from './print-summary.template.js';
import type { SummaryLanguageHost, SummaryLanguageState } from './summary-language.template.js';
import { chosenLocale, summaryLanguagePicker } from './summary-language-picker.template.js';

let views: Promise<typeof import('./summary-language.template.js')> | undefined;

export class SummaryLanguageController implements ReactiveController {
  private state: SummaryLanguageState | undefined;

  constructor(
    private readonly host: SummaryLanguageHost,
    private readonly warn: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  /** Set while the chunk is loading for this element. */
  private loading = false;

  hostConnected(): void {
    if (this.state) return;
    if (isHostManaged()) {
      if (this.host.summaryLang) this.warn('summary-lang', 'summary-lang is ignored in host mode (page language).');
      return;
    }
    this.loadWhenChosen();
  }

  hostUpdate(): void {
    this.loadWhenChosen();
    this.state?.update();
  }

  /** Fetches the chunk once a summary language is chosen (see the module comment). */
  private loadWhenChosen(): void {
    if (this.state || this.loading || !this.host.summaryLang?.trim() || isHostManaged()) return;
    this.loading = true;
    views ??= import('./summary-language.template.js');
    views.then(
      (m) => {
        this.loading = false;
        this.state ??= new m.SummaryLanguageState(this.host, this.warn);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = false;
        views = undefined;
        this.warn('summary-views', `could not load the summary-language picker (${String(error)}).`);
      },
    );
  }

  /** The picker (nothing in host mode), the same before and after the lazy chunk is in, so nothing moves. */
  picker(): unknown {
    if (isHostManaged()) return nothing;
    return summaryLanguagePicker({
      chosen: chosenLocale(this.host.summaryLang),
      page: getLocale(),
      bilingual: this.host.summaryBilingual,
      failed: this.state?.failed,
      onLang: this.onLang,
      onBilingual: this.onBilingual,
    });
  }

  private readonly onLang = (event: Event): void => {
    this.host.summaryLang = (event.target as HTMLSelectElement).value || null;
  };

  private readonly onBilingual = (event: Event): void => {
    this.host.summaryBilingual = (event.target as HTMLInputElement).checked;
  };

  /** The clinician summary in its language(s); the page language until the chunk is in. */
  summaries(checked: readonly Risk[], level: number, number: string, pageDir: 'ltr' | 'rtl', help: HelpOf): unknown {
    return this.state
      ? this.state.summaries(checked, level, number, pageDir, help)
      : printSummary(checked, level, {
          ...{ number, lang: getLocale(), dir: pageDir, suffix: '', languages: '', note: '' },
          help: help(true, 0),
        });
  }
}
