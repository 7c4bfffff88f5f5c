import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KratomElement } from '../../shared/kratom-element.js';
import { evidenceLegend } from '../../shared/evidence-chip.js';
import { sourceList, sourcesSummaryLabel } from '../../shared/source-list.js';
import { reviewFooter } from '../../shared/review-footer.js';
import { translationNotice } from '../../shared/translation-notice.js';
import { keepWhole } from '../../shared/keep-whole.js';
import { severityIcon } from '../../shared/icons.js';
import { formatList, formatNumber, formatPartialDate, pluralCategory, todayIso } from '../../shared/format.js';
import { RISKS, severityRank } from '../../content/risks.js';
import { NALOXONE_GUIDANCE, URGENT_SIGNS } from '../../content/urgent-signs.js';
import { US_HELPLINES } from '../../content/helplines.js';
import { resolveSources, sourceIdsOf } from '../../content/bibliography.js';
import { claimEvidenceChip } from '../../shared/claim-evidence-chip.js';
import { REVIEWS } from '../../content/review.js';
import { EVIDENCE_LEVELS, RISK_GROUPS, type Risk, type RiskGroup, type Severity } from '../../content/types.js';
import { riskChecklistStyles } from './risk-checklist.styles.js';

/** Detail of the `change` event. */
export interface RiskChecklistChangeDetail {
  /** Ids of the ticked items, in content order. */
  checked: string[];
  /** The most serious severity among the ticked items, or `null` when nothing is ticked. */
  highestSeverity: Severity | null;
}

/** One function per CLDR plural category, each returning the localised message for that category. */
export type PluralForms = Readonly<Record<Intl.LDMLPluralRule, () => string>>;

/**
 * Picks the message for `count` by the plural rules of `locale` (default: the active locale), so
 * each language gets its own forms (Polish `few`/`many`, Arabic `zero`/`two` …). Never concatenates.
 */
export function choosePlural(count: number, forms: PluralForms, locale?: string): string {
  return forms[pluralCategory(count, locale)]();
}

/** Digits only, 2–6 of them, with an optional leading `+`. */
const EMERGENCY_NUMBER = /^\+?\d{2,6}$/;
const REGION_CODE = /^[A-Z]{2}$/;
const DEFAULT_HEADING_LEVEL = 2;

/** Normalises the `emergency-number` attribute: a valid number, or `''` (generic wording). */
export function normalizeEmergencyNumber(value: string | null | undefined): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return EMERGENCY_NUMBER.test(trimmed) ? trimmed : '';
}

/** Parses the `items` attribute into known ids (in content order) and unknown ids (as given). */
export function parseItemIds(value: string | null | undefined): { known: string[]; unknown: string[] } {
  const wanted = (typeof value === 'string' ? value : '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids = new Set(RISKS.map((r) => r.id));
  const unknown = [...new Set(wanted.filter((id) => !ids.has(id)))];
  const known = RISKS.map((r) => r.id).filter((id) => wanted.includes(id));
  return { known, unknown };
}

/** The most serious severity among `risks`, or `null`. */
function highestOf(risks: readonly Risk[]): Severity | null {
  let best: Severity | null = null;
  for (const r of risks) if (best === null || severityRank(r.severity) > severityRank(best)) best = r.severity;
  return best;
}

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
 * @csspart group-toggle - Each group's show/hide button (`compact` only).
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
 * @csspart review - The review footer (reviewed, next review, content version).
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
 * @cssstate compact - Groups are collapsed into disclosures.
 * @cssstate printing - The print dialog was opened from the print button.
 */
export class KratomRiskChecklist extends KratomElement {
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

  /** Level (1–6) of the main heading; sub-headings follow it. Invalid values use 2 (one warning). */
  @property({ type: Number, attribute: 'heading-level', reflect: true, useDefault: true }) headingLevel: number =
    DEFAULT_HEADING_LEVEL;

  /** Collapses the items of each group behind a show/hide button. The emergency block stays visible. */
  @property({ type: Boolean, reflect: true, useDefault: true }) compact = false;

  /** Shows the clinician summary on screen as it will print, instead of the checklist (for previews). The emergency block stays visible. */
  @property({ type: Boolean, attribute: 'print-preview', reflect: true, useDefault: true }) printPreview = false;

  /** Form field name. Only when it is set does the component add its answers to a host `<form>` (one entry per ticked id). */
  @property({ reflect: true, useDefault: true }) name: string | null = null;

  /** Set while the print dialog opened by the print button is open (for host print styles). */
  @property({ type: Boolean, reflect: true, useDefault: true }) printing = false;

  @state() private answers: ReadonlySet<string> = new Set();
  @state() private openGroups: ReadonlySet<RiskGroup> = new Set();
  @state() private formDisabled = false;

  private visible: readonly Risk[] = RISKS;
  private printTimer: ReturnType<typeof setTimeout> | undefined;

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
  async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    const done = (): void => {
      window.removeEventListener('afterprint', done);
      if (this.printTimer !== undefined) clearTimeout(this.printTimer);
      this.printTimer = undefined;
      this.printing = false;
    };
    window.addEventListener('afterprint', done);
    try {
      window.print();
    } catch (error) {
      this.warnOnce('print', `could not open the print dialog (${String(error)}).`);
      done();
      return;
    }
    // Engines where print() does not block and `afterprint` never fires: reset soon after.
    if (this.printing) this.printTimer = setTimeout(done, 1000);
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.printTimer !== undefined) clearTimeout(this.printTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.applyItems();
    if (changed.has('emergencyNumber')) {
      const raw = this.emergencyNumber;
      if (raw !== null && raw !== undefined && !normalizeEmergencyNumber(raw)) {
        this.warnOnce(
          'emergency-number',
          `emergency-number="${String(raw).slice(0, 20)}" is not 2–6 digits (optional leading +); showing "your local emergency number".`,
        );
      }
    }
    if (changed.has('region')) {
      const code = this.regionCode;
      if (this.region !== null && this.region !== undefined && this.region.trim() !== '' && !REGION_CODE.test(code)) {
        this.warnOnce(
          'region',
          `region="${String(this.region).slice(0, 20)}" is not a two-letter ISO 3166-1 code; showing no helplines.`,
        );
      }
    }
    if (changed.has('headingLevel')) {
      if (!this.validHeadingLevel) {
        this.warnOnce(
          'heading-level',
          `heading-level="${String(this.headingLevel)}" is not 1–6; using ${DEFAULT_HEADING_LEVEL}.`,
        );
      }
    }
  }

  protected override updated(): void {
    this.syncStates();
    this.syncFormValue();
  }

  private applyItems(): void {
    const items =
      typeof this.items === 'string'
        ? this.items
        : this.items === null || this.items === undefined
          ? ''
          : String(this.items);
    if (items.trim() === '') {
      this.visible = RISKS;
    } else {
      const { known, unknown } = parseItemIds(items);
      this.visible = known.length ? RISKS.filter((r) => known.includes(r.id)) : RISKS;
      if (unknown.length) {
        this.warnOnce(
          'items',
          `unknown item id(s) ignored: ${formatList(unknown.slice(0, 8), 'unit', 'en')}` +
            `${known.length ? '' : '; no known id left, showing every item'}. ` +
            `Known ids: ${formatList(
              RISKS.map((r) => r.id),
              'unit',
              'en',
            )}.`,
        );
      }
    }
    // Answers for items no longer shown are dropped.
    const shown = new Set(this.visible.map((r) => r.id));
    if ([...this.answers].some((id) => !shown.has(id))) {
      this.answers = new Set([...this.answers].filter((id) => shown.has(id)));
    }
  }

  private get regionCode(): string {
    return typeof this.region === 'string' ? this.region.trim().toUpperCase() : '';
  }

  private get validHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6;
  }

  private level(offset = 0): number {
    const base = this.validHeadingLevel ? this.headingLevel : DEFAULT_HEADING_LEVEL;
    return Math.min(6, base + offset);
  }

  private checkedRisks(): Risk[] {
    return this.visible.filter((r) => this.answers.has(r.id));
  }

  private syncStates(): void {
    const highest = this.highestSeverity;
    const wanted = new Set<string>([highest ? 'checked' : 'empty']);
    if (highest) wanted.add(highest);
    if (this.compact) wanted.add('compact');
    if (this.printing) wanted.add('printing');
    this.setStates(wanted);
  }

  private syncFormValue(): void {
    const internals = this.internals;
    if (!internals || typeof internals.setFormValue !== 'function') return;
    try {
      const name = typeof this.name === 'string' ? this.name.trim() : '';
      if (!name) {
        internals.setFormValue(null);
        return;
      }
      const data = new FormData();
      for (const id of this.checked) data.append(name, id);
      // No separate state: answers are never restored by the browser.
      internals.setFormValue(data);
    } catch {
      // Not associated with a form in this engine: nothing to do.
    }
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

  private onToggleItem(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id;
    if (id) this.setAnswer(id, input.checked);
  }

  private onClear(): void {
    const had = this.answers.size > 0;
    this.clear();
    if (had) this.emitChange();
  }

  private onPrint(): void {
    void this.print();
  }

  private toggleGroup(group: RiskGroup): void {
    const next = new Set(this.openGroups);
    if (next.has(group)) next.delete(group);
    else next.add(group);
    this.openGroups = next;
  }

  // ------------------------------------------------------------------------------------ labels

  private groupLabel(group: RiskGroup): string {
    switch (group) {
      case 'substances':
        return msg('Other medicines and substances', {
          id: 'riskChecklist.group.substances',
          desc: 'Risk self-check: heading of the group of statements about medicines, alcohol and drugs taken with kratom.',
        });
      case 'conditions':
        return msg('Health conditions', {
          id: 'riskChecklist.group.conditions',
          desc: 'Risk self-check: heading of the group of statements about illnesses (liver, heart, seizures, mental health).',
        });
      case 'life-stage':
        return msg('Pregnancy and age', {
          id: 'riskChecklist.group.lifeStage',
          desc: 'Risk self-check: heading of the group of statements about pregnancy, breastfeeding and being under 18.',
        });
      case 'use':
        return msg('How you use it', {
          id: 'riskChecklist.group.use',
          desc: 'Risk self-check: heading of the group of statements about how and why the reader uses kratom.',
        });
      case 'product':
        return msg('The product', {
          id: 'riskChecklist.group.product',
          desc: 'Risk self-check: heading of the group of statements about the kratom product itself (strength, 7-OH, contamination).',
        });
    }
  }

  private severityLabel(severity: Severity): string {
    switch (severity) {
      case 'urgent':
        return msg('Get help now', {
          id: 'riskChecklist.severity.urgent',
          desc: 'Risk self-check: severity label of an item that needs emergency help. Short (max ~30 characters).',
        });
      case 'prompt':
        return msg('Serious: act now', {
          id: 'riskChecklist.severity.prompt',
          desc: 'Risk self-check: severity label of a serious item (do not combine, avoid, or see a doctor promptly). Short (max ~30 characters).',
        });
      case 'before-use':
        return msg('Talk to a doctor first', {
          id: 'riskChecklist.severity.beforeUse',
          desc: 'Risk self-check: severity label of an item where the reader should talk to a doctor before any use. Short (max ~30 characters).',
        });
      case 'caution':
        return msg('Be cautious', {
          id: 'riskChecklist.severity.caution',
          desc: 'Risk self-check: severity label of an item that calls for caution. Short (max ~30 characters).',
        });
    }
  }

  // ----------------------------------------------------------------------------- plural messages

  /** "n of total statements apply to you", one message per plural category. */
  private countForms(n: string, total: string): PluralForms {
    return {
      zero: () =>
        msg(str`${n} of ${total} statements apply to you.`, {
          id: 'riskChecklist.summary.count.zero',
          desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "zero" (used by e.g. Arabic for 0; English never uses it). The category follows the first number.',
        }),
      one: () =>
        msg(str`${n} of ${total} statements applies to you.`, {
          id: 'riskChecklist.summary.count.one',
          desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "one" (e.g. 1 in English). The category follows the first number.',
        }),
      two: () =>
        msg(str`${n} of ${total} statements apply to you.`, {
          id: 'riskChecklist.summary.count.two',
          desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "two" (used by e.g. Arabic; English never uses it). The category follows the first number.',
        }),
      few: () =>
        msg(str`${n} of ${total} statements apply to you.`, {
          id: 'riskChecklist.summary.count.few',
          desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "few" (e.g. 2–4 in Polish; English never uses it). The category follows the first number.',
        }),
      many: () =>
        msg(str`${n} of ${total} statements apply to you.`, {
          id: 'riskChecklist.summary.count.many',
          desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "many" (e.g. 5–21 in Polish; English never uses it). The category follows the first number.',
        }),
      other: () =>
        msg(str`${n} of ${total} statements apply to you.`, {
          id: 'riskChecklist.summary.count.other',
          desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "other" (e.g. 0, 2, 3 … in English). The category follows the first number.',
        }),
    };
  }

  /** What the most serious ticked answers mean, for `n` answers at that severity. */
  private severityForms(severity: Severity, n: string): PluralForms {
    switch (severity) {
      case 'urgent':
        return {
          zero: () =>
            msg(str`${n} of your answers mean you should get medical help now.`, {
              id: 'riskChecklist.summary.urgent.zero',
              desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "zero" (used by e.g. Arabic for 0; English never uses it).',
            }),
          one: () =>
            msg(str`${n} of your answers means you should get medical help now.`, {
              id: 'riskChecklist.summary.urgent.one',
              desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "one" (e.g. 1 in English).',
            }),
          two: () =>
            msg(str`${n} of your answers mean you should get medical help now.`, {
              id: 'riskChecklist.summary.urgent.two',
              desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "two" (used by e.g. Arabic; English never uses it).',
            }),
          few: () =>
            msg(str`${n} of your answers mean you should get medical help now.`, {
              id: 'riskChecklist.summary.urgent.few',
              desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "few" (e.g. 2–4 in Polish; English never uses it).',
            }),
          many: () =>
            msg(str`${n} of your answers mean you should get medical help now.`, {
              id: 'riskChecklist.summary.urgent.many',
              desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "many" (e.g. 5–21 in Polish; English never uses it).',
            }),
          other: () =>
            msg(str`${n} of your answers mean you should get medical help now.`, {
              id: 'riskChecklist.summary.urgent.other',
              desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "other" (e.g. 0, 2, 3 … in English).',
            }),
        };
      case 'prompt':
        return {
          zero: () =>
            msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
              id: 'riskChecklist.summary.prompt.zero',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "zero" (used by e.g. Arabic for 0; English never uses it).',
            }),
          one: () =>
            msg(str`${n} of your answers is serious: do what it says now, and talk to a doctor promptly.`, {
              id: 'riskChecklist.summary.prompt.one',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "one" (e.g. 1 in English).',
            }),
          two: () =>
            msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
              id: 'riskChecklist.summary.prompt.two',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "two" (used by e.g. Arabic; English never uses it).',
            }),
          few: () =>
            msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
              id: 'riskChecklist.summary.prompt.few',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "few" (e.g. 2–4 in Polish; English never uses it).',
            }),
          many: () =>
            msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
              id: 'riskChecklist.summary.prompt.many',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "many" (e.g. 5–21 in Polish; English never uses it).',
            }),
          other: () =>
            msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
              id: 'riskChecklist.summary.prompt.other',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "other" (e.g. 0, 2, 3 … in English).',
            }),
        };
      case 'before-use':
        return {
          zero: () =>
            msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
              id: 'riskChecklist.summary.beforeUse.zero',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "zero" (used by e.g. Arabic for 0; English never uses it).',
            }),
          one: () =>
            msg(str`${n} of your answers means you should talk to a doctor before using kratom.`, {
              id: 'riskChecklist.summary.beforeUse.one',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "one" (e.g. 1 in English).',
            }),
          two: () =>
            msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
              id: 'riskChecklist.summary.beforeUse.two',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "two" (used by e.g. Arabic; English never uses it).',
            }),
          few: () =>
            msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
              id: 'riskChecklist.summary.beforeUse.few',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "few" (e.g. 2–4 in Polish; English never uses it).',
            }),
          many: () =>
            msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
              id: 'riskChecklist.summary.beforeUse.many',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "many" (e.g. 5–21 in Polish; English never uses it).',
            }),
          other: () =>
            msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
              id: 'riskChecklist.summary.beforeUse.other',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "other" (e.g. 0, 2, 3 … in English).',
            }),
        };
      case 'caution':
        return {
          zero: () =>
            msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
              id: 'riskChecklist.summary.caution.zero',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "zero" (used by e.g. Arabic for 0; English never uses it).',
            }),
          one: () =>
            msg(str`${n} of your answers means you should be cautious and ask a doctor or pharmacist.`, {
              id: 'riskChecklist.summary.caution.one',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "one" (e.g. 1 in English).',
            }),
          two: () =>
            msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
              id: 'riskChecklist.summary.caution.two',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "two" (used by e.g. Arabic; English never uses it).',
            }),
          few: () =>
            msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
              id: 'riskChecklist.summary.caution.few',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "few" (e.g. 2–4 in Polish; English never uses it).',
            }),
          many: () =>
            msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
              id: 'riskChecklist.summary.caution.many',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "many" (e.g. 5–21 in Polish; English never uses it).',
            }),
          other: () =>
            msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
              id: 'riskChecklist.summary.caution.other',
              desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "other" (e.g. 0, 2, 3 … in English).',
            }),
        };
    }
  }

  /** The summary sentences for the current answers, in the active locale. */
  private summarySentences(): { count: string; severity: string } | null {
    const ticked = this.checkedRisks();
    const highest = highestOf(ticked);
    if (!highest) return null;
    const atHighest = ticked.filter((r) => r.severity === highest).length;
    return {
      count: choosePlural(
        ticked.length,
        this.countForms(formatNumber(ticked.length), formatNumber(this.visible.length)),
        this.locale,
      ),
      severity: choosePlural(atHighest, this.severityForms(highest, formatNumber(atHighest)), this.locale),
    };
  }

  // ------------------------------------------------------------------------------------ render

  private heading(text: string, level: number, id?: string, part = 'heading'): TemplateResult {
    return html`<div class="heading h${level}" role="heading" aria-level=${level} id=${id ?? nothing} part=${part}>
      ${text}
    </div>`;
  }

  private severityTag(severity: Severity): TemplateResult {
    return html`<span class="severity" part="severity" data-severity=${severity}
      >${severityIcon(severity)}<span>${this.severityLabel(severity)}</span></span
    >`;
  }

  private renderUrgent(): TemplateResult {
    const emergency = URGENT_SIGNS.filter((s) => s.urgency === 'emergency');
    const sameDay = URGENT_SIGNS.filter((s) => s.urgency === 'same-day');
    const number = normalizeEmergencyNumber(this.emergencyNumber);
    const us = this.regionCode === 'US';
    const sources = resolveSources([
      ...URGENT_SIGNS.flatMap((s) => s.sources),
      ...sourceIdsOf(NALOXONE_GUIDANCE),
      ...(us ? US_HELPLINES.flatMap((h) => h.sources) : []),
    ]);
    return html`<section class="urgent" part="urgent" aria-labelledby="urgent-heading">
      <div class="urgent-title">
        ${severityIcon('urgent')}
        ${this.heading(
          msg('Get help now', {
            id: 'riskChecklist.urgent.heading',
            desc: 'Heading of the always-visible emergency signs block. Short and urgent.',
          }),
          this.level(1),
          'urgent-heading',
          'urgent-heading',
        )}
      </div>
      <p class="urgent-intro">
        ${msg('Call for help now if you, or someone with you, has any of these signs:', {
          id: 'riskChecklist.urgent.intro',
          desc: 'Intro to the list of emergency signs in the always-visible block. Direct, urgent tone.',
        })}
      </p>
      <ul class="signs">
        ${emergency.map((s) => html`<li data-sign=${s.id}>${keepWhole(s.text())}</li>`)}
      </ul>
      <p class="call" part="emergency-call">
        ${
          number
            ? html`<strong
                  >${msg('Call this emergency number now:', {
                    id: 'riskChecklist.urgent.callNumber',
                    desc: 'Emergency block: shown before the emergency phone number the page set (e.g. 911, 112). The number follows as a link.',
                  })}</strong
                >
                <a class="tel ltr" part="emergency-link" href=${`tel:${number}`}>${number}</a>`
            : html`<strong
                >${msg('Call your local emergency number now.', {
                  id: 'riskChecklist.urgent.callGeneric',
                  desc: 'Emergency block: shown when the page did not set an emergency phone number. Do not add a number.',
                })}</strong
              >`
        }
      </p>
      ${
        sameDay.length
          ? html`<p class="same-day-intro">
                ${msg('Get medical care the same day if:', {
                  id: 'riskChecklist.urgent.sameDayIntro',
                  desc: 'Emergency block: intro to signs that need urgent care the same day but not an emergency call.',
                })}
              </p>
              <ul class="signs same-day">
                ${sameDay.map((s) => html`<li data-sign=${s.id}>${keepWhole(s.text())}</li>`)}
              </ul>`
          : nothing
      }
      <div class="naloxone" part="naloxone">
        ${this.heading(
          msg('While you wait for help', {
            id: 'riskChecklist.urgent.waitHeading',
            desc: 'Emergency block: heading above what to do (naloxone, recovery position) while waiting for help.',
          }),
          this.level(2),
          undefined,
          'naloxone-heading',
        )}
        <ul>
          ${NALOXONE_GUIDANCE.map((c) => html`<li data-claim=${c.id}>${keepWhole(c.text())} ${claimEvidenceChip(c)}</li>`)}
        </ul>
      </div>
      ${
        us
          ? html`<div class="helplines" part="helplines">
              <p>
                ${msg('In the US, you can also call:', {
                  id: 'riskChecklist.helpline.intro',
                  desc: 'Emergency block, US readers only: intro to the national helpline phone numbers.',
                })}
              </p>
              <ul>
                ${US_HELPLINES.map(
                  (h) =>
                    html`<li data-helpline=${h.id}>
                      ${h.name()}
                      <a class="tel ltr" part="helpline-link" href=${`tel:${h.tel}`}>${h.display}</a>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      <details class="sources-disclosure" part="urgent-sources">
        <summary>${sourcesSummaryLabel(sources.length)}</summary>
        ${sourceList(sources)}
      </details>
    </section>`;
  }

  private renderItemDetails(risk: Risk): TemplateResult {
    return html`${this.severityTag(risk.severity)}
      <p class="why" part="why">
        <strong
          >${msg('Why it matters:', {
            id: 'riskChecklist.item.why',
            desc: 'Risk self-check: label before the "why it matters" text of a ticked statement.',
          })}</strong
        >
        ${risk.why.text()} ${claimEvidenceChip(risk.why)}
      </p>
      ${risk.why.caveat ? html`<p class="caveat" part="caveat">${risk.why.caveat()}</p>` : nothing}
      <p class="action" part="action">
        <strong
          >${msg('What to do:', {
            id: 'riskChecklist.item.action',
            desc: 'Risk self-check: label before the "what to do" text of a ticked statement.',
          })}</strong
        >
        ${risk.action()}
      </p>
      <div class="sources-label">
        ${msg('Sources', {
          id: 'riskChecklist.item.sources',
          desc: 'Risk self-check: label above the sources of a ticked statement, and in the printed summary.',
        })}
      </div>
      ${sourceList(resolveSources(risk.why.sources))}`;
  }

  private renderItem(risk: Risk): TemplateResult {
    const on = this.answers.has(risk.id);
    return html`<li class="item" part="item" data-id=${risk.id} data-severity=${risk.severity} ?data-checked=${on}>
      <div class="choice">
        <input
          id=${`cb-${risk.id}`}
          part="checkbox"
          type="checkbox"
          autocomplete="off"
          data-id=${risk.id}
          .checked=${on}
          ?disabled=${this.formDisabled}
          @change=${this.onToggleItem}
        />
        <label for=${`cb-${risk.id}`} part="label">${risk.question()}</label>
      </div>
      <div id=${`det-${risk.id}`} class="details" part="item-details" ?hidden=${!on}>
        ${on ? this.renderItemDetails(risk) : nothing}
      </div>
    </li>`;
  }

  private renderGroups(): TemplateResult {
    const groups = RISK_GROUPS.map((g) => ({ group: g, risks: this.visible.filter((r) => r.group === g) })).filter(
      (g) => g.risks.length > 0,
    );
    return html`<div class="groups" part="groups">
      ${groups.map(({ group, risks }) => {
        const open = !this.compact || this.openGroups.has(group);
        const label = this.groupLabel(group);
        return html`<fieldset class="group" part="group" data-group=${group}>
          <legend part="group-label">
            ${
              this.compact
                ? html`<button
                    class="group-toggle"
                    part="group-toggle"
                    type="button"
                    aria-expanded=${open ? 'true' : 'false'}
                    aria-controls=${`group-${group}`}
                    @click=${() => this.toggleGroup(group)}
                  >
                    <span>${label}</span>
                    <svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                      <path d="M6 9l6 6 6-6"></path>
                    </svg>
                  </button>`
                : html`<span class="group-name">${label}</span>`
            }
          </legend>
          <ul class="items" id=${`group-${group}`} ?hidden=${!open}>
            ${risks.map((r) => this.renderItem(r))}
          </ul>
        </fieldset>`;
      })}
    </div>`;
  }

  private renderSummary(): TemplateResult {
    const sentences = this.summarySentences();
    const highest = this.highestSeverity;
    return html`<div class="summary" part="summary" data-severity=${highest ?? 'none'}>
      ${this.heading(
        msg('Your summary', {
          id: 'riskChecklist.summary.heading',
          desc: 'Risk self-check: heading above the live summary of the ticked statements.',
        }),
        this.level(1),
        undefined,
        'summary-heading',
      )}
      <div class="status" part="summary-status" role="status" aria-live="polite" aria-atomic="true">
        ${
          sentences && highest
            ? html`<p class="count">${sentences.count}</p>
                <p class="severity-line">${severityIcon(highest)}<span>${sentences.severity}</span></p>`
            : html`<p class="none">
                ${msg('You have not ticked anything. An empty list does not mean kratom is safe for you.', {
                  id: 'riskChecklist.summary.none',
                  desc: 'Risk self-check summary when nothing is ticked. Must never read as "kratom is safe"; keep the second sentence.',
                })}
              </p>`
        }
      </div>
      <p class="limits" part="limits">
        ${msg('This list is not complete and does not replace a doctor, nurse or pharmacist.', {
          id: 'riskChecklist.summary.limits',
          desc: 'Risk self-check: always-visible sentence under the summary. Keep both parts.',
        })}
      </p>
    </div>`;
  }

  private renderPrint(): TemplateResult {
    const ticked = [...this.checkedRisks()].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    const review = REVIEWS.risks;
    return html`<section class="print" part="print-summary" aria-labelledby="print-heading">
      ${this.heading(
        msg('Kratom self-check: summary for your doctor', {
          id: 'riskChecklist.print.heading',
          desc: 'Heading of the printed page the reader can take to a doctor, nurse or pharmacist.',
        }),
        this.level(),
        'print-heading',
        'print-heading',
      )}
      <p class="print-intro">
        ${msg(
          'These are the statements I ticked in a kratom self-check. It is not a diagnosis, and the list is not complete.',
          {
            id: 'riskChecklist.print.intro',
            desc: 'Printed clinician summary: first-person intro written by the reader to the clinician.',
          },
        )}
      </p>
      <p class="print-date">
        ${msg(str`Printed on ${formatPartialDate(todayIso())}`, {
          id: 'riskChecklist.print.date',
          desc: 'Printed clinician summary: the date it was printed. Placeholder: a formatted date.',
        })}
      </p>
      ${translationNotice()}
      ${
        ticked.length
          ? html`<ol class="print-list">
              ${ticked.map(
                (r) =>
                  html`<li data-id=${r.id}>
                    <p class="print-question"><strong>${r.question()}</strong></p>
                    ${this.renderItemDetails(r)}
                  </li>`,
              )}
            </ol>`
          : html`<p class="print-none">
              ${msg('No statements were ticked. That does not mean kratom is safe: the list is not complete.', {
                id: 'riskChecklist.print.none',
                desc: 'Printed clinician summary when nothing was ticked. Must never read as "kratom is safe".',
              })}
            </p>`
      }
      ${reviewFooter(review)}
    </section>`;
  }

  protected renderContent(): unknown {
    const levels = EVIDENCE_LEVELS.filter((l) => this.visible.some((r) => r.why.level === l));
    return html`<section class="root" part="base" dir=${this.direction} aria-labelledby="main-heading">
      <div class="screen">
        ${this.heading(
          msg('Kratom risks: what applies to you?', {
            id: 'riskChecklist.heading',
            desc: 'Main heading of the risk self-check. Must not suggest kratom is safe or approved.',
          }),
          this.level(),
          'main-heading',
        )}
        <p class="intro" part="intro">
          ${msg(
            'Tick each statement that is true for you to see why it matters and what to do. This is not a diagnosis, and it cannot tell you that kratom is safe for you.',
            {
              id: 'riskChecklist.intro',
              desc: 'Risk self-check: introduction under the heading. Keep "not a diagnosis" and that it cannot say kratom is safe.',
            },
          )}
        </p>
        <p class="privacy" part="privacy">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="5" y="11" width="14" height="10" rx="2"></rect>
            <path d="M8 11V7.5a4 4 0 0 1 8 0V11"></path>
          </svg>
          <span
            >${msg('Your answers stay on this page: nothing is saved or sent.', {
              id: 'riskChecklist.privacy',
              desc: 'Risk self-check: one sentence telling the reader their ticks are not stored or sent anywhere.',
            })}</span
          >
        </p>
        ${translationNotice()}
      </div>
      ${this.renderUrgent()}
      <div class="screen">
        ${this.renderGroups()} ${this.renderSummary()}
        <div class="actions" part="actions">
          <button type="button" class="print-button" part="print-button" @click=${this.onPrint}>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M7 9V3h10v6M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2"></path>
              <rect x="7" y="14" width="10" height="7"></rect>
            </svg>
            <span
              >${msg('Print or save for your doctor', {
                id: 'riskChecklist.action.print',
                desc: 'Button that opens the print dialog for a one-page summary to show a doctor, nurse or pharmacist (printing or saving as PDF).',
              })}</span
            >
          </button>
          <button type="button" class="clear-button" part="clear-button" @click=${this.onClear}>
            ${msg('Clear answers', {
              id: 'riskChecklist.action.clear',
              desc: 'Button that unticks every statement.',
            })}
          </button>
        </div>
        <details class="legend-disclosure">
          <summary>
            ${msg('What the evidence labels mean', {
              id: 'riskChecklist.legend.summary',
              desc: 'Disclosure that explains the evidence-level labels shown with each statement.',
            })}
          </summary>
          ${evidenceLegend(levels)}
        </details>
        ${reviewFooter(REVIEWS.risks)}
      </div>
      ${this.printing || this.printPreview || this.printRequested ? this.renderPrint() : nothing}
    </section>`;
  }
}
