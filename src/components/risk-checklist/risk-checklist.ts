import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PublisherHelpElement } from '../../shared/publisher-help-element.js';
import { LazyPanelsController } from '../../shared/controllers/lazy-panels.js';
import { DEFAULT_HEADING_LEVEL, headingLevel, headingLevelWarning } from '../../shared/heading.js';
import { warnDeprecated } from '../../shared/deprecation.js';
import { RISKS } from '../../content/risks.js';
import { EVIDENCE_LEVELS, type Risk, type RiskGroup, type Severity } from '../../content/types.js';
import { riskChecklistStyles } from './risk-checklist.styles.js';
import {
  emergencyNumberWarning,
  highestOf,
  regionWarning,
  normalizeEmergencyNumber,
  resolveItems,
  syncFormValue,
} from './risk-checklist.helpers.js';
import { summarySentences } from './risk-checklist.messages.js';
import { urgentBlock } from './urgent.template.js';
import { groups } from './groups.template.js';
import { summary } from './summary.template.js';
import { intro } from './intro.template.js';
import { actions } from './actions.template.js';
import { SummaryLanguageController } from './summary-language.js';
import { PrintDialogController } from './print-dialog-controller.js';
import { checklistHelp } from './help.template.js';

export { choosePlural, normalizeEmergencyNumber, parseItemIds, type PluralForms } from './risk-checklist.helpers.js';

/** Detail of the `change` event. */
export interface RiskChecklistChangeDetail {
  /** Ids of the ticked items, in content order. */
  checked: string[];
  /** The most serious severity among the ticked items, or `null` when nothing is ticked. */
  highestSeverity: Severity | null;
}

/** `full` shows every group open; `compact` collapses each group behind a show/hide button. */
export type RiskChecklistVariant = 'full' | 'compact';

/**
 * A self-check: the reader ticks the statements that are true for them and sees, for each, why it
 * matters (with evidence level and sources) and what to do. The emergency signs are always shown,
 * never behind a checkbox. The component never says kratom is safe for anyone: with nothing ticked it
 * says the list is not complete and does not replace a clinician.
 *
 * Privacy: answers are kept in memory only. The component stores nothing (no storage, no cookies),
 * sends nothing (no network) and tells the reader so. Its checkboxes use `autocomplete="off"` so the
 * browser does not restore answers after a reload, and form state is never restored.
 *
 * Printing: "Print or save for your doctor" sets the `printing` attribute and opens the browser's
 * print dialog. Inside the component, print media (any print, also the browser's own Print command)
 * shows only the clinician summary: the ticked statements, what each means, the sources, the content
 * version and review dates. A component cannot hide the rest of the host page; hosts that want a
 * clean page add, for example:
 * `@media print { body:has(kratom-risk-checklist[printing]) > :not(kratom-risk-checklist) { display: none; } }`
 * (or simply `body > :not(kratom-risk-checklist) { display: none; }` on a page of its own).
 *
 * Forms: the class is form-associated, but it takes part in a host `<form>` only when it has a
 * `name`; then the form data holds one `name=<id>` entry per ticked item, and a form reset clears
 * the answers. Without `name` nothing is submitted.
 *
 * @summary A private self-check of kratom risks: tick what applies, learn why and what to do.
 * @tag kratom-risk-checklist
 *
 * @fires change - Fired when the reader ticks or unticks an item, or clears the answers. Bubbles and
 * is composed. Detail: `{ checked: string[], highestSeverity: 'urgent' | 'prompt' | 'before-use' |
 * 'caution' | null }` (`RiskChecklistChangeDetail`). Privacy note for hosts: the detail is health
 * information the reader gave about themselves. Do not log it, send it to analytics or a server, or
 * store it without the reader's informed consent; the component itself never does.
 *
 * @csspart base - The component's wrapper.
 * @csspart heading - The main heading.
 * @csspart intro - The introduction ("this is not a diagnosis").
 * @csspart privacy - The "Your answers stay on this page" sentence.
 * @csspart urgent - The always-visible emergency signs block.
 * @csspart urgent-heading - The heading of the emergency signs block.
 * @csspart emergency-call - The "call your emergency number" line.
 * @csspart emergency-link - The emergency number link (only with a valid `emergency-number`).
 * @csspart helplines - The US helplines (only with `region="US"`).
 * @csspart helpline-link - Each helpline phone link.
 * @csspart naloxone - The "While you wait for help" guidance.
 * @csspart naloxone-heading - The heading of the "While you wait for help" guidance.
 * @csspart urgent-sources - The sources disclosure of the emergency block.
 * @csspart groups - The container of the item groups.
 * @csspart group - Each group (a fieldset).
 * @csspart group-label - Each group's legend.
 * @csspart group-toggle - Each group's show/hide button (`variant="compact"` only).
 * @csspart item - Each item (checkbox, label and details).
 * @csspart checkbox - Each native checkbox.
 * @csspart label - Each checkbox label.
 * @csspart item-details - The "why it matters / what to do" details of a ticked item.
 * @csspart severity - A severity label (icon and word).
 * @csspart why - "Why it matters" text.
 * @csspart caveat - A caveat about the evidence.
 * @csspart action - "What to do" text.
 * @csspart evidence-chip - An evidence level chip.
 * @csspart evidence-icon - The icon inside an evidence chip.
 * @csspart evidence-legend - The list explaining the evidence levels.
 * @csspart sources - A list of sources.
 * @csspart source - Each source.
 * @csspart sources-loading - "Loading sources…", in a list's place if its entries take a moment to load.
 * @csspart source-link - Each source link.
 * @csspart external-icon - The "opens in a new tab" icon of a source link.
 * @csspart icon - Severity icons.
 * @csspart summary - The summary box.
 * @csspart summary-heading - The heading of the summary box.
 * @csspart summary-status - The polite live region inside the summary.
 * @csspart limits - The "not complete, does not replace a doctor, nurse or pharmacist" sentence.
 * @csspart actions - The row of buttons.
 * @csspart print-button - The "Print or save for your doctor" button.
 * @csspart clear-button - The "Clear answers" button.
 * @csspart print-summary - The clinician summary (shown in print media and with `print-preview`; rendered only then).
 * @csspart print-heading - The heading of the printed summary.
 * @csspart print-columns - The two copies of the summary side by side (`summary-bilingual`); stacked on narrow paper.
 * @csspart print-languages - The line naming the summary's languages (when not simply the page language).
 * @csspart print-language-note - The note that the chosen summary language could not be loaded.
 * @csspart print-urgent - The urgent signs in the printed summary.
 * @csspart print-urgent-heading - Their heading.
 * @csspart summary-language - The summary-language picker near the print button (not in host mode).
 * @csspart summary-language-select - Its select: "Same as this page" and every language, each named in itself.
 * @csspart summary-bilingual - The "Also show it in …" checkbox (when another language is chosen).
 * @csspart summary-language-note - The polite status line of the picker (the failed-load note).
 * @csspart review - The review footer (reviewed, next review, content version).
 * @csspart publisher-review - The footer line "Reviewed for {publisher} by {reviewer}, {role}, on {date}." when the page declares its own medical review (`publisherReview`), or the notice that it was of an earlier content version.
 * @csspart publisher-review-outdated - That line when the review was of another content version (marked like `stale`).
 * @csspart translation-notice - The line shown near the top while the active translation is not yet reviewed by a medical translator.
 * @csspart stale - The "may be out of date" marker.
 *
 * @cssproperty --kratom-color-urgent - Colour of the emergency block and of the "urgent" severity.
 * @cssproperty --kratom-color-prompt - Colour of the "serious" severity.
 * @cssproperty --kratom-color-before-use - Colour of the "talk to a doctor first" severity.
 * @cssproperty --kratom-color-caution - Colour of the "be cautious" severity.
 * @cssproperty --kratom-color-accent - Checkbox and button accent colour.
 * @cssproperty --kratom-color-text - Text colour.
 * @cssproperty --kratom-color-text-muted - Secondary text colour.
 * @cssproperty --kratom-color-surface - Background colour.
 * @cssproperty --kratom-color-surface-raised - Background of boxes and buttons.
 * @cssproperty --kratom-color-border - Border colour.
 * @cssproperty --kratom-color-focus - Focus ring colour.
 * @cssproperty --kratom-color-link - Link colour.
 * @cssproperty --kratom-radius - Corner radius.
 * @cssproperty --kratom-font-family - Font family (inherits the page font by default).
 * @cssproperty --kratom-color-scheme - `light`, `dark` or `light dark` (default: follow the reader).
 *
 * @cssstate empty - Nothing is ticked.
 * @cssstate checked - At least one item is ticked.
 * @cssstate urgent - The most serious ticked item is "urgent".
 * @cssstate prompt - The most serious ticked item is "prompt" (serious).
 * @cssstate before-use - The most serious ticked item is "before-use" (talk to a doctor first).
 * @cssstate caution - The most serious ticked item is "caution".
 * @cssstate compact - Deprecated: use :host([variant="compact"]); removed in 0.3. Groups are collapsed into disclosures.
 * @cssstate printing - Deprecated: use :host([printing]); removed in 0.3. The print dialog was opened from the print button.
 */
export class KratomRiskChecklist extends PublisherHelpElement {
  static override styles = riskChecklistStyles;
  /** @internal */
  protected static override localePart = 'risk-checklist';

  /** Form-associated so a host can place it inside a `<form>`; it submits only when `name` is set. */
  static readonly formAssociated = true;

  /**
   * Comma-separated item ids to show a subset (e.g. `opioids,liver`); items keep the content order.
   * Unknown ids are ignored with one warning; when no id is known, every item is shown.
   * Default (no attribute): every item.
   */
  @property({ reflect: true, useDefault: true }) items: string | null = null;

  /**
   * Local emergency number (e.g. `911`, `112`, `999`): 2–6 digits, optionally with a leading `+`.
   * Shown as a phone link. Default (no attribute) or an invalid value (one warning): the generic
   * wording "your local emergency number".
   */
  @property({ attribute: 'emergency-number', reflect: true, useDefault: true }) emergencyNumber: string | null = null;

  /**
   * ISO 3166-1 alpha-2 region of the reader (case-insensitive). `US` adds the US helplines (Poison
   * Help, the 988 Suicide & Crisis Lifeline and the SAMHSA National Helpline); any other region shows none. A value that is not a
   * two-letter code warns once and shows none.
   */
  @property({ reflect: true, useDefault: true }) region: string | null = null;

  /** Level (1–6) of the main heading; sub-headings follow it. Default 3; invalid values use 3 (one warning). */
  @property({ type: Number, attribute: 'heading-level', reflect: true, useDefault: true }) headingLevel: number =
    DEFAULT_HEADING_LEVEL;

  /**
   * `compact` collapses the items of each group behind a show/hide button; `full` (default) shows
   * them all. The emergency block stays visible in both. Other values use `full` (one warning).
   */
  @property({ reflect: true, useDefault: true }) variant: RiskChecklistVariant = 'full';

  /**
   * Deprecated: use `variant="compact"`; removed in 0.3. When set, the same as `variant="compact"`
   * (one console warning per page).
   * @deprecated Use `variant="compact"`.
   */
  @property({ type: Boolean, reflect: true, useDefault: true }) compact = false;

  /** Shows the clinician summary on screen as it will print, instead of the checklist (for previews). The emergency block stays visible. */
  @property({ type: Boolean, attribute: 'print-preview', reflect: true, useDefault: true }) printPreview = false;

  /** Form field name. Only when it is set does the component add its answers to a host `<form>` (one entry per ticked id). */
  @property({ reflect: true, useDefault: true }) name: string | null = null;

  /**
   * Language of the clinician summary: any BCP 47 tag, resolved like the page language (e.g. `en` on a
   * US site, whatever language the reader reads in). Reflects the reader's choice in the picker near
   * the print button. Default (no attribute): the page language. Host mode: always the page language.
   */
  @property({ attribute: 'summary-lang', reflect: true, useDefault: true }) summaryLang: string | null = null;

  /** With `summary-lang` in another language than the page: also print the summary in the page language, side by side (the reader's "Also show it in …" checkbox). */
  @property({ type: Boolean, attribute: 'summary-bilingual', reflect: true, useDefault: true }) summaryBilingual =
    false;

  /** Set while the print dialog opened by the print button is open (for host print styles). */
  @property({ type: Boolean, reflect: true, useDefault: true }) printing = false;

  @state() private answers: ReadonlySet<string> = new Set();
  @state() private openGroups: ReadonlySet<RiskGroup> = new Set();
  @state() private formDisabled = false;

  private visible: readonly Risk[] = RISKS;
  private readonly printDialog = new PrintDialogController(this, (error) =>
    this.warnOnce('print', `could not open the print dialog (${String(error)}).`),
  );
  private readonly summaryLanguage = new SummaryLanguageController(this, (key, text) => this.warnOnce(key, text));
  /** The clinician summary renders while the page prints (any print, not only from the print button). */
  private readonly panels = new LazyPanelsController(this);

  /** Ids of the ticked items, in content order (read-only; a new array each time). */
  get checked(): string[] {
    return this.visible.filter((r) => this.answers.has(r.id)).map((r) => r.id);
  }

  /** The most serious severity among the ticked items, or `null` when nothing is ticked (read-only). */
  get highestSeverity(): Severity | null {
    return highestOf(this.checkedRisks());
  }

  /** Unticks every item (no `change` event; the "Clear answers" button fires one). */
  clear(): void {
    this.answers = new Set();
  }

  /**
   * Opens the browser's print dialog for the clinician summary. Sets the `printing` attribute
   * while the dialog is open so host print styles can hide the rest of the page.
   */
  print(): Promise<void> {
    return this.printDialog.open();
  }

  /** @internal Host form reset: clear the answers. */
  formResetCallback(): void {
    this.clear();
  }

  /** @internal Answers are never restored from session history (privacy). */
  formStateRestoreCallback(): void {
    // Intentionally empty.
  }

  /** @internal A disabled ancestor fieldset disables the checkboxes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('items')) this.applyItems();
    const badNumber = changed.has('emergencyNumber') && emergencyNumberWarning(this.emergencyNumber);
    if (badNumber) this.warnOnce('emergency-number', badNumber);
    const badRegion = changed.has('region') && regionWarning(this.region);
    if (badRegion) this.warnOnce('region', badRegion);
    const badLevel = changed.has('headingLevel') && headingLevelWarning(this.headingLevel);
    if (badLevel) this.warnOnce('heading-level', badLevel);
    if (changed.has('variant') && this.variant !== 'full' && this.variant !== 'compact') {
      this.warnOnce(
        'variant',
        `variant="${String(this.variant).slice(0, 20)}" is not "full" or "compact"; using full.`,
      );
    }
    if (changed.has('compact') && this.compact) {
      warnDeprecated('the compact attribute of <kratom-risk-checklist>', 'variant="compact"');
    }
  }

  protected override updated(): void {
    this.syncStates();
    syncFormValue(this.internals, this.name, this.checked);
  }

  private applyItems(): void {
    const { visible, warning } = resolveItems(this.items);
    this.visible = visible;
    if (warning) this.warnOnce('items', warning);
    // Answers for items no longer shown are dropped.
    const shown = new Set(this.visible.map((r) => r.id));
    if ([...this.answers].some((id) => !shown.has(id))) {
      this.answers = new Set([...this.answers].filter((id) => shown.has(id)));
    }
  }

  private get regionCode(): string {
    return typeof this.region === 'string' ? this.region.trim().toUpperCase() : '';
  }

  /** Groups collapse: `variant="compact"`, or the deprecated `compact` attribute. */
  private get isCompact(): boolean {
    return this.variant === 'compact' || this.compact;
  }

  private checkedRisks(): Risk[] {
    return this.visible.filter((r) => this.answers.has(r.id));
  }

  private syncStates(): void {
    const highest = this.highestSeverity;
    const wanted = new Set<string>([highest ? 'checked' : 'empty']);
    if (highest) wanted.add(highest);
    if (this.isCompact) wanted.add('compact');
    if (this.printing) wanted.add('printing');
    this.setStates(wanted);
  }

  private setAnswer(id: string, on: boolean): void {
    const next = new Set(this.answers);
    if (on) next.add(id);
    else next.delete(id);
    this.answers = next;
    this.emitChange();
  }

  private emitChange(): void {
    this.emit<RiskChecklistChangeDetail>('change', {
      checked: this.checked,
      highestSeverity: this.highestSeverity,
    });
  }

  private readonly onToggleItem = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id;
    if (id) this.setAnswer(id, input.checked);
  };

  private readonly onClear = (): void => {
    const had = this.answers.size > 0;
    this.clear();
    if (had) this.emitChange();
  };

  private readonly onPrint = (): void => {
    void this.print();
  };

  private readonly onToggleGroup = (group: RiskGroup): void => {
    const next = new Set(this.openGroups);
    if (next.has(group)) next.delete(group);
    else next.add(group);
    this.openGroups = next;
  };

  protected renderContent(): unknown {
    const levels = EVIDENCE_LEVELS.filter((l) => this.visible.some((r) => r.why.level === l));
    const level = headingLevel(this.headingLevel);
    const checked = this.checkedRisks();
    const number = normalizeEmergencyNumber(this.emergencyNumber);
    const paper = this.printing || this.printPreview || this.panels.printing;
    const help = (inSummary: boolean, copy = 0) => this.helpBlock(checklistHelp(level, number, inSummary, paper, copy));
    return html`<section class="root" part="base" dir=${this.direction} aria-labelledby="main-heading">
      ${intro(level)} ${urgentBlock(number, this.regionCode, level, help(false))}
      <div class="screen">
        ${groups({
          visible: this.visible,
          answers: this.answers,
          compact: this.isCompact,
          openGroups: this.openGroups,
          disabled: this.formDisabled,
          onToggleItem: this.onToggleItem,
          onToggleGroup: this.onToggleGroup,
        })}
        ${summary(summarySentences(checked, this.visible.length, this.locale), highestOf(checked), level)}
        ${this.summaryLanguage.picker()} ${actions(levels, this.onPrint, this.onClear)}
      </div>
      ${paper ? this.summaryLanguage.summaries(checked, level, number, this.direction, help) : nothing}
    </section>`;
  }
}
