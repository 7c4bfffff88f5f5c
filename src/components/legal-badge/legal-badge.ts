import { html, isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { PublisherHelpElement } from '../../shared/publisher-help-element.js';
import { LazyPanelsController } from '../../shared/controllers/lazy-panels.js';
import { formatList } from '../../shared/format.js';
import { DEFAULT_HEADING_LEVEL, heading, headingLevel, headingLevelWarning } from '../../shared/heading.js';
import { disclosureStyles } from '../../shared/disclosure.styles.js';
import type { Product } from '../../content/types.js';
import { legalBadgeStyles } from './legal-badge.styles.js';
import {
  isPickable,
  loadPicker,
  pickerStyles,
  pickerTemplate,
  regionOfLanguage,
  syncPicker,
} from './picker-support.js';
import type { PlaceChangeDetail } from './picker.js';
import { badgeModel, normalizeJurisdiction, sameInputs, type BadgeInputs, type BadgeModel } from './badge-model.js';
import type { LegalBadgeStatus } from './badge-model.js';
import { badgeContent } from './details.template.js';
import { shownStatusSummary, shownStatusWord } from './legal-text.js';
import { placeName } from './place-name.js';
import { LegalPlaceData } from './place-data.js';
import { shell } from './shell.template.js';

export type { PlaceChangeDetail } from './picker.js';
export { normalizeJurisdiction, type LegalBadgeStatus } from './badge-model.js';

export type LegalBadgeProduct = Product;
export type LegalBadgeVariant = 'compact' | 'full';

/** Detail of the `kratom-open-change` event. */
export interface LegalOpenChangeDetail {
  open: boolean;
}

/** @deprecated Detail of the deprecated `kratom-legal-toggle` event: use `LegalOpenChangeDetail`; removed in 0.3. */
export type LegalToggleDetail = LegalOpenChangeDetail;

// In the global map (which HTMLElementEventMap and DocumentEventMap extend), so that
// `el.addEventListener('kratom-open-change', (e) => e.detail.open)` type-checks, on a badge or on
// an ancestor (the events bubble and are composed).
declare global {
  interface GlobalEventHandlersEventMap {
    'kratom-open-change': CustomEvent<LegalOpenChangeDetail>;
    /** @deprecated Use `kratom-open-change`; removed in 0.3. */
    'kratom-legal-toggle': CustomEvent<LegalOpenChangeDetail>;
    'kratom-place-change': CustomEvent<PlaceChangeDetail>;
  }
}

/**
 * Shows the legal status of kratom in one jurisdiction, with scope, dates, sources and confidence.
 * Never pretends to know: uncertain entries say so, stale entries are marked, unsourced ones are
 * "not verified". Legal data loads lazily the first time a badge needs it.
 *
 * @summary Legal status of kratom for a country, US state or US federal level.
 * @tag kratom-legal-badge
 *
 * @fires kratom-open-change - Fired when the reader opens or closes the details. Detail: `{ open: boolean }`.
 * @fires kratom-legal-toggle - Deprecated: use kratom-open-change; removed in 0.3. Fired right after it, with the same detail.
 * @fires kratom-place-change - Fired when the reader chooses a place in the picker (`picker` attribute); `jurisdiction` is already set to it. Detail: `{ jurisdiction: string }`.
 *
 * @csspart base - The root wrapper of the badge (and of its details).
 * @csspart badge - The compact badge (icon, status, place, toggle).
 * @csspart picker - The place picker (`picker` attribute): the country select and, for the US, the state select.
 * @csspart picker-label - Each label of the place picker.
 * @csspart picker-select - Each select of the place picker.
 * @csspart icon - The status icon; each status has its own shape.
 * @csspart status - The status word.
 * @csspart place - The place name.
 * @csspart toggle - The details disclosure button.
 * @csspart details - The details panel.
 * @csspart sources - The list of sources.
 * @csspart sources-loading - The "Loading sources…" line shown in the details while the sources load.
 * @csspart source-link - Each source link.
 * @csspart external-icon - The "opens in a new tab" icon of a source link.
 * @csspart disclaimer - The "not legal advice" line.
 * @csspart stale - The "May have changed; check the official source" note in the badge (past the review date, or a temporary order past its end date).
 * @csspart flags - The short notes in the compact badge, shown without opening: low confidence, change pending, checked date, may have changed.
 * @csspart flag - Each short note in the compact badge (also `low-confidence`, `pending`, `checked` or `stale`).
 * @csspart low-confidence - The "Low confidence" note in the badge.
 * @csspart pending - The "Change pending" note in the badge.
 * @csspart checked - The "Checked <month>" note in the badge.
 * @csspart stale-notice - The details' note saying why the entry may have changed.
 * @csspart temporary - The "Temporary order until about <date>" note in the details.
 * @csspart basis - Where a 7-OH answer comes from (the federal rule, or the state's rules on synthetic alkaloids).
 * @csspart federal - The US federal rules shown in a US state's details.
 * @csspart federal-sources - The disclosure with the sources of the US federal rules.
 * @csspart localities - The list of city or county rules ("Local rules").
 * @csspart history - The list of dated changes ("What changed").
 * @csspart second-hand - The note that the sources were only seen cited, not checked first-hand.
 * @csspart covered - The list of covered places shown for an unknown code.
 * @csspart caveat - The caveat shown when confidence is low.
 * @csspart local-rules - The note that cities or counties may have stricter rules.
 * @csspart source - Each entry of the list of sources.
 * @csspart translation-notice - The line shown when the active translation is not yet reviewed by a medical translator (a short form in the closed badge, the full sentence in the details).
 *
 * @cssproperty --kratom-color-legal - Colour of the "legal" status (icon and border).
 * @cssproperty --kratom-color-regulated - Colour of the "regulated" status.
 * @cssproperty --kratom-color-restricted - Colour of the "restricted" status and of warnings.
 * @cssproperty --kratom-color-banned - Colour of the "banned" status.
 * @cssproperty --kratom-color-unclear - Colour of uncertain, unverified and unknown states.
 * @cssproperty --kratom-color-text - Text colour.
 * @cssproperty --kratom-color-surface - Background colour.
 * @cssproperty --kratom-radius - Corner radius.
 * @cssproperty --kratom-font-family - Font family (inherits the page font by default).
 * @cssproperty --kratom-color-scheme - `light`, `dark` or `light dark` (default: follow the reader).
 *
 * @cssstate legal - The status shown is "legal".
 * @cssstate regulated - The status shown is "regulated".
 * @cssstate restricted - The status shown is "restricted".
 * @cssstate banned - The status shown is "banned".
 * @cssstate unclear - The status is uncertain.
 * @cssstate unverified - The research found no source for this place, or (`product="7-oh"`) no source says what applies to concentrated 7-OH products there.
 * @cssstate unknown - The code is not covered.
 * @cssstate none - No jurisdiction was given.
 * @cssstate stale - The entry may have changed: it is past its next review date, or its temporary order is past its end date.
 * @cssstate no-law - No kratom law was found (shown as "No kratom law found", never "Legal"); set with `legal`.
 * @cssstate low-confidence - The status shown has low confidence.
 * @cssstate pending - A change to the rules shown is pending.
 * @cssstate temporary - The status rests on a temporary or emergency order.
 * @cssstate open - Deprecated: use :host([open]) (and :host([variant="full"]), whose details always show); removed in 0.3. The details are open.
 */
export class KratomLegalBadge extends PublisherHelpElement {
  static override styles = [legalBadgeStyles, disclosureStyles, pickerStyles];
  /** @internal */
  protected static override localePart = 'legal-badge';

  /** ISO 3166-1 alpha-2 (`TH`) or ISO 3166-2 (`US-AL`) code; case-insensitive, spaces ignored. `US` is US federal law, `EU` EU-wide rules. */
  @property({ reflect: true, useDefault: true }) jurisdiction: string | null = null;

  /** Which products to show the status for: `leaf` (default) or `7-oh` (concentrated 7-hydroxymitragynine products). */
  @property({ reflect: true, useDefault: true }) product: LegalBadgeProduct = 'leaf';

  /** `compact` (badge with a details toggle) or `full` (details always shown, for article bodies). */
  @property({ reflect: true, useDefault: true }) variant: LegalBadgeVariant = 'compact';

  /** Whether the details are open (compact variant). Reflects to the `open` attribute. */
  @property({ type: Boolean, reflect: true, useDefault: true }) open = false;

  /** Level (1–6) of the heading rendered in the details; an invalid value falls back to 3 with one console warning. */
  @property({ type: Number, attribute: 'heading-level', reflect: true, useDefault: true }) headingLevel: number =
    DEFAULT_HEADING_LEVEL;

  /**
   * Shows a place picker above the badge: a country or region select and, for the US, a state
   * select ("Federal law only" is `US`), in the active language. It starts from `jurisdiction`, else
   * from the region of the page language (`<html lang="de-AT">` → `AT`), else empty. Choosing a
   * place sets `jurisdiction` and fires `kratom-place-change`. No geolocation, no network beyond the
   * chosen place's data and the picker's own small chunk of this package (fetched only by a badge with
   * `picker`, before its first render).
   */
  @property({ type: Boolean, reflect: true, useDefault: true }) picker = false;

  /** The place's data as loaded so far. */
  private readonly place = new LegalPlaceData(
    this,
    () => normalizeJurisdiction(this.jurisdiction),
    (key, message) => this.warnOnce(key, message),
  );

  /** The details render once first opened (or while the page prints). */
  private readonly panels = new LazyPanelsController(this);

  /** The view model of the current update (`badgeModel`); worked out again when its inputs change. */
  private cached: { readonly inputs: BadgeInputs; readonly model: BadgeModel } | undefined;

  private get model(): BadgeModel {
    const inputs: BadgeInputs = {
      code: normalizeJurisdiction(this.jurisdiction),
      data: this.place.data,
      loadFailed: this.place.loadFailed,
      product: this.effectiveProduct,
      sourcesReady: this.place.sourcesReady,
    };
    if (!this.cached || !sameInputs(this.cached.inputs, inputs)) this.cached = { inputs, model: badgeModel(inputs) };
    return this.cached.model;
  }

  /** The status currently shown (read-only): a legal status or `unverified`, `unknown`, `none`, `loading`. */
  get status(): LegalBadgeStatus {
    return this.model.status;
  }

  /** Schema.org `DrugLegalStatus` data for hosts that want structured data, or `null` when nothing is shown. */
  toStructuredData(): Record<string, unknown> | null {
    const model = this.model;
    if (model.kind !== 'entry') return null;
    const { code, entry, view, data } = model;
    return {
      '@context': 'https://schema.org',
      '@type': 'DrugLegalStatus',
      name: shownStatusWord(view.shown),
      description: shownStatusSummary(view.shown, placeName(code), this.effectiveProduct),
      applicableLocation: { '@type': 'AdministrativeArea', name: placeName(code), identifier: code },
      dateModified: entry.checked,
      // The sources load after the closed badge (when the details open, or on idle): until then
      // `citation` is left out rather than given as an empty list.
      ...(this.place.sourcesReady ? { citation: data.legalSources(entry.sources).map((s) => s.url) } : {}),
    };
  }

  /**
   * Deprecated: use `toStructuredData()` (same data); removed in 0.3. Kept, without a warning, because
   * `JSON.stringify(badge)` calls it implicitly.
   * @deprecated Use `toStructuredData()`; removed in 0.3.
   */
  toJSON(): Record<string, unknown> | null {
    return this.toStructuredData();
  }

  /** The picker's template failed to load: the badge shows without it (warned once), and does not ask again. */
  private pickerFailed = false;

  /**
   * A badge with a picker waits for the picker's chunk before it renders (it loads only for such a
   * badge), as for its strings and its help block, side by side with them: the picker is there from
   * the first frame, so nothing moves.
   */
  protected override updateWait(): Promise<unknown> | undefined {
    const wait = super.updateWait();
    if (!this.picker || pickerTemplate() || this.pickerFailed) return wait;
    const picker = this.optionalCodeWait(
      'picker',
      loadPicker().catch((error: unknown) => {
        this.pickerFailed = true;
        this.warnOnce('picker', `could not load the place picker (${String(error)}).`);
      }),
    );
    if (!picker) return wait;
    return wait ? Promise.all([wait, picker]) : picker;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('picker') && this.picker && !isServer && !normalizeJurisdiction(this.jurisdiction)) {
      const region = regionOfLanguage(document.documentElement.lang);
      if (region && isPickable(region)) this.jurisdiction = region;
    }
    if (changed.has('jurisdiction')) this.place.load();
    // Opening the details after the sources failed to load tries again.
    if (changed.has('open') && this.open && this.place.sourcesFailed) this.place.retrySources();
    if (changed.has('product') && this.product !== 'leaf' && this.product !== '7-oh') {
      this.warnOnce('product', `product="${String(this.product)}" is not "leaf" or "7-oh"; showing leaf products.`);
    }
    const badLevel = changed.has('headingLevel') && headingLevelWarning(this.headingLevel);
    if (badLevel) this.warnOnce('heading-level', badLevel);
    if (changed.has('variant') && this.variant !== 'compact' && this.variant !== 'full') {
      this.warnOnce('variant', `variant="${String(this.variant)}" is not "compact" or "full"; using compact.`);
    }
    this.cached = undefined; // once per update: an entry's "may have changed" depends on today
    const model = this.model;
    if (model.kind === 'unknown' && model.data) {
      this.warnOnce(
        'unknown',
        `no legal information for jurisdiction="${model.code}". Covered: ${formatList(model.data.COVERED_CODES.slice(0, 8), 'unit', 'en')}, …`,
      );
    }
  }

  protected override updated(): void {
    this.syncStates();
    if (this.picker) syncPicker(this.renderRoot, normalizeJurisdiction(this.jurisdiction));
    // The sources load when the details show (open, or the full variant), else on idle.
    this.place.afterRender(this.open || this.isFull);
  }

  private get effectiveProduct(): Product {
    return this.product === '7-oh' ? '7-oh' : 'leaf';
  }

  private get isFull(): boolean {
    return this.variant === 'full';
  }

  private syncStates(): void {
    const model = this.model;
    const wanted = new Set<string>([model.status]);
    if (model.kind === 'entry') {
      const { view, entry } = model;
      if (view.stale) wanted.add('stale');
      if (view.shown === 'no-law') wanted.add('no-law');
      if (view.shown !== 'not-verified' && view.confidence === 'low') wanted.add('low-confidence');
      if (view.pending) wanted.add('pending');
      if (entry.temporary) wanted.add('temporary');
    }
    if (this.open || this.isFull) wanted.add('open');
    this.setStates(wanted);
  }

  /** `kratom-open-change`, then the deprecated `kratom-legal-toggle` (until 0.3) with the same detail. */
  private emitOpenChange(): void {
    this.emit<LegalOpenChangeDetail>('kratom-open-change', { open: this.open });
    this.emit<LegalOpenChangeDetail>('kratom-legal-toggle', { open: this.open });
  }

  private toggle(): void {
    this.open = !this.open;
    if (this.open) this.place.loadSources(true);
    this.emitOpenChange();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open && !this.isFull) {
      this.open = false;
      this.emitOpenChange();
      this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
    }
  }

  /** The reader chose `code` in the picker. */
  private pickPlace(code: string): void {
    if (!code || code === normalizeJurisdiction(this.jurisdiction)) return;
    this.jurisdiction = code;
    this.emit<PlaceChangeDetail>('kratom-place-change', { jurisdiction: code });
  }

  protected renderContent(): unknown {
    const content = badgeContent(this.model, {
      product: this.effectiveProduct,
      headingLevel: headingLevel(this.headingLevel),
      sourcesReady: this.place.sourcesReady,
      sourcesFailed: this.place.sourcesFailed,
    });
    // The publisher's help ends every details panel (the badge has no emergency number).
    const { panel } = content;
    const help = () =>
      this.helpBlock({
        withSlot: true,
        paper: false,
        id: 'help-heading',
        heading: (text, options) => heading(text, headingLevel(this.headingLevel, 1), options),
      });
    const badge = shell(panel ? { ...content, panel: () => html`${panel()}${help()}` } : content, {
      open: this.open,
      full: this.isFull,
      panelRendered: (shown) => this.panels.rendered('details', shown),
      onToggle: () => this.toggle(),
      onKeydown: (event) => this.onKeydown(event),
    });
    const picker = this.picker ? pickerTemplate() : undefined;
    if (!picker) return badge;
    return html`${picker(normalizeJurisdiction(this.jurisdiction), (code) => this.pickPlace(code))}${badge}`;
  }
}
