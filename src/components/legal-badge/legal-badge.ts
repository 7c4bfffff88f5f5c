import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KratomElement } from '../../shared/kratom-element.js';
import { STATUS_SHAPES, type StatusIconKind } from '../../shared/icons.js';
import { sourceList } from '../../shared/source-list.js';
import { formatList, formatNumber, formatPartialDate } from '../../shared/format.js';
import { translationNotice, translationNoticeShort } from '../../shared/translation-notice.js';
import {
  hasLegalPlaceRecords,
  hasLegalPlaceSources,
  legalLookup,
  legalPlaceRecord,
  loadLegalPlaceRecords,
  loadLegalPlaceSources,
  type LegalLookup as LegalData,
} from '../../content/legal/index.js';
import {
  byProductWord,
  confidenceText,
  productName,
  ruleText,
  shownStatusSummary,
  shownStatusWord,
} from './legal-text.js';
import { placeName } from './place-name.js';
import { sortByTier } from '../../content/legal/tiers.js';
import type { Jurisdiction, LegalStatus, Product, Source } from '../../content/types.js';
import { legalBadgeStyles } from './legal-badge.styles.js';
import {
  isPickable,
  pickerStyles,
  placePicker,
  regionOfLanguage,
  syncPicker,
  type PlaceChangeDetail,
} from './picker.js';

export type { PlaceChangeDetail } from './picker.js';
import { entryView, shownRule, type EntryView, type ShownRule } from './entry-view.js';
import {
  badgeFlags,
  federalLayer,
  FLAGS_ID,
  history,
  localities,
  NO_LAW_SHAPE,
  sevenOhBasisNote,
  sourcesOrLoading,
  staleReason,
  temporaryNote,
} from './entry-parts.js';

/** What the badge currently shows: a legal status, or one of its own states. */
export type LegalBadgeStatus = LegalStatus | 'unverified' | 'unknown' | 'none' | 'loading';

export type LegalBadgeProduct = Product;
export type LegalBadgeVariant = 'compact' | 'full';

/** Detail of the `kratom-legal-toggle` event. */
export interface LegalToggleDetail {
  open: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kratom-legal-toggle': CustomEvent<LegalToggleDetail>;
    'kratom-place-change': CustomEvent<PlaceChangeDetail>;
  }
}

const CODE_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** Normalises an attribute value to an upper-case ISO 3166 code, or `''`. */
export function normalizeJurisdiction(value: string | null | undefined): string {
  return typeof value === 'string' ? value.trim().toUpperCase() : '';
}

/**
 * Shows the legal status of kratom in one jurisdiction, with scope, dates, sources and confidence.
 * Never pretends to know: uncertain entries say so, stale entries are marked, unsourced ones are
 * "not verified". Legal data loads lazily the first time a badge needs it.
 *
 * @summary Legal status of kratom for a country, US state or US federal level.
 * @tag kratom-legal-badge
 *
 * @fires kratom-legal-toggle - Fired when the details open or close. Detail: `{ open: boolean }`.
 * @fires kratom-place-change - Fired when the reader chooses a place in the picker (`picker` attribute); `jurisdiction` is already set to it. Detail: `{ jurisdiction: string }`.
 *
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
 * @cssstate open - The details are open.
 */
export class KratomLegalBadge extends KratomElement {
  static override styles = [legalBadgeStyles, pickerStyles];
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

  /** Level (1–6) of the heading rendered in the details. */
  @property({ type: Number, attribute: 'heading-level', reflect: true, useDefault: true }) headingLevel = 3;

  /**
   * Shows a place picker above the badge: a country or region select and, for the US, a state
   * select ("Federal law only" is `US`), in the active language. It starts from `jurisdiction`, else
   * from the region of the page language (`<html lang="de-AT">` → `AT`), else empty. Choosing a
   * place sets `jurisdiction` and fires `kratom-place-change`. No geolocation, no network beyond the
   * chosen place's data.
   */
  @property({ type: Boolean, reflect: true, useDefault: true }) picker = false;

  @state() private data: LegalData | undefined;
  @state() private loadFailed = false;
  /** The sources of the place shown (and its parents) have loaded. */
  @state() private sourcesReady = false;
  /** The sources chunk failed to load (the details say so; opening them again retries). */
  @state() private sourcesFailed = false;
  /** Code whose sources are loading or scheduled to load on idle. */
  private sourcesWanted = '';

  /** The status currently shown (read-only): a legal status or `unverified`, `unknown`, `none`, `loading`. */
  get status(): LegalBadgeStatus {
    const code = normalizeJurisdiction(this.jurisdiction);
    if (!code) return 'none';
    if (!this.data) return this.loadFailed ? 'unknown' : 'loading';
    const entry = this.data.findJurisdiction(code);
    if (entry) {
      const rule = this.productRule(entry);
      return rule.status === 'not-verified' ? 'unverified' : rule.status;
    }
    if (this.data.findUnsourced(code)) return 'unverified';
    return 'unknown';
  }

  /** Schema.org `DrugLegalStatus` data for hosts that want structured data, or `null` when nothing is shown. */
  toJSON(): Record<string, unknown> | null {
    const code = normalizeJurisdiction(this.jurisdiction);
    const entry = code && this.data?.findJurisdiction(code);
    if (!entry || !this.data) return null;
    const rule = this.productRule(entry);
    return {
      '@context': 'https://schema.org',
      '@type': 'DrugLegalStatus',
      name: shownStatusWord(rule.shown),
      description: shownStatusSummary(rule.shown, placeName(code), this.effectiveProduct),
      applicableLocation: { '@type': 'AdministrativeArea', name: placeName(code), identifier: code },
      dateModified: entry.checked,
      // The sources load after the closed badge (when the details open, or on idle): until then
      // `citation` is left out rather than given as an empty list.
      ...(this.sourcesReady ? { citation: this.data.legalSources(entry.sources).map((s) => s.url) } : {}),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('picker') && this.picker && !isServer && !normalizeJurisdiction(this.jurisdiction)) {
      const region = regionOfLanguage(document.documentElement.lang);
      if (region && isPickable(region)) this.jurisdiction = region;
    }
    if (changed.has('jurisdiction')) this.ensureData();
    // Opening the details after the sources failed to load tries again.
    if (changed.has('open') && this.open && this.sourcesFailed) this.sourcesFailed = false;
    if (changed.has('product') && this.product !== 'leaf' && this.product !== '7-oh') {
      this.warnOnce('product', `product="${String(this.product)}" is not "leaf" or "7-oh"; showing leaf products.`);
    }
    if (changed.has('variant') && this.variant !== 'compact' && this.variant !== 'full') {
      this.warnOnce('variant', `variant="${String(this.variant)}" is not "compact" or "full"; using compact.`);
    }
  }

  protected override updated(): void {
    this.syncStates();
    if (this.picker) syncPicker(this.renderRoot, normalizeJurisdiction(this.jurisdiction));
    // The sources load when the details show (open, or the full variant), else on idle after the
    // first render, so that printing (a synchronous `beforeprint`) finds them.
    // After a failed load it waits for the reader to open the details again (no retry loop).
    if (this.data && !this.sourcesReady && !this.sourcesFailed && !isServer)
      this.ensureSources(this.open || this.isFull);
  }

  /**
   * Reads the place's records if they (and its parents') already loaded, else loads only those
   * (`loadLegalPlaceRecords`): all the closed badge needs. While they load, the badge shows its
   * loading state. The sources follow (`ensureSources`).
   */
  private ensureData(): void {
    const code = normalizeJurisdiction(this.jurisdiction);
    if (!code) return;
    this.sourcesReady = hasLegalPlaceSources(code);
    this.sourcesFailed = false;
    if (hasLegalPlaceRecords(code)) {
      this.data = legalLookup();
      this.loadFailed = false;
      return;
    }
    this.data = undefined;
    this.loadFailed = false;
    loadLegalPlaceRecords(code).then(
      () => {
        if (normalizeJurisdiction(this.jurisdiction) !== code) return; // a newer place is loading
        this.data = legalLookup();
      },
      (error: unknown) => {
        if (normalizeJurisdiction(this.jurisdiction) !== code) return;
        this.loadFailed = true;
        this.warnOnce('load', `could not load legal data for ${code} (${String(error)}).`);
      },
    );
  }

  /** Loads the sources of the place shown and its parents: now, or (`now` false) when the browser is idle. */
  private ensureSources(now: boolean): void {
    const code = normalizeJurisdiction(this.jurisdiction);
    if (!code || this.sourcesReady) return;
    if (this.sourcesWanted === code && !now) return; // already loading or scheduled
    const first = this.sourcesWanted !== code;
    this.sourcesWanted = code;
    const load = (): void => {
      if (normalizeJurisdiction(this.jurisdiction) !== code) {
        // The badge shows another place now: forget this request, so coming back to `code` asks again.
        if (this.sourcesWanted === code) this.sourcesWanted = '';
        return;
      }
      loadLegalPlaceSources(code).then(
        () => {
          if (normalizeJurisdiction(this.jurisdiction) !== code) return;
          this.sourcesReady = true;
          this.sourcesFailed = false;
          this.data = legalLookup();
        },
        (error: unknown) => {
          if (this.sourcesWanted === code) this.sourcesWanted = '';
          if (normalizeJurisdiction(this.jurisdiction) === code) this.sourcesFailed = true;
          this.warnOnce('load-sources', `could not load the legal sources for ${code} (${String(error)}).`);
        },
      );
    };
    if (now) load();
    else if (first) {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
      else setTimeout(load, 200);
    }
  }

  private get effectiveProduct(): Product {
    return this.product === '7-oh' ? '7-oh' : 'leaf';
  }

  private get isFull(): boolean {
    return this.variant === 'full';
  }

  /** The US federal entry, for a US state (its 7-OH layer and the federal rules in the details). */
  private federalFor(entry: Jurisdiction): Jurisdiction | undefined {
    return entry.code.startsWith('US-') ? this.data?.findJurisdiction('US') : undefined;
  }

  /** The rule shown for the product: leaf from the entry, 7-OH from `sevenOhRule` (never from leaf). */
  private productRule(entry: Jurisdiction): ShownRule {
    return shownRule(entry, this.effectiveProduct, this.federalFor(entry));
  }

  private entryView(entry: Jurisdiction): EntryView {
    return entryView(
      entry,
      this.effectiveProduct,
      this.sourcesReady ? (this.data?.legalSources(entry.sources) ?? []) : [],
      this.federalFor(entry),
      legalPlaceRecord(entry.code),
    );
  }

  /** The sources of `entry`, best tier first, or `undefined` while they load. */
  private sourcesOf(entry: Jurisdiction): readonly Source[] | undefined {
    return this.sourcesReady && this.data ? sortByTier(this.data.legalSources(entry.sources)) : undefined;
  }

  private syncStates(): void {
    const code = normalizeJurisdiction(this.jurisdiction);
    const entry = code ? this.data?.findJurisdiction(code) : undefined;
    const wanted = new Set<string>([this.status]);
    if (entry) {
      const view = this.entryView(entry);
      if (view.stale) wanted.add('stale');
      if (view.shown === 'no-law') wanted.add('no-law');
      if (view.shown !== 'not-verified' && view.confidence === 'low') wanted.add('low-confidence');
      if (view.pending) wanted.add('pending');
      if (entry.temporary) wanted.add('temporary');
    }
    if (this.open || this.isFull) wanted.add('open');
    this.setStates(wanted);
  }

  private toggle(): void {
    this.open = !this.open;
    if (this.open) this.ensureSources(true);
    this.emit<LegalToggleDetail>('kratom-legal-toggle', { open: this.open });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open && !this.isFull) {
      this.open = false;
      this.emit<LegalToggleDetail>('kratom-legal-toggle', { open: false });
      this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
    }
  }

  private heading(text: string): TemplateResult {
    const level =
      Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 3;
    return html`<div class="heading" role="heading" aria-level=${level}>${text}</div>`;
  }

  /**
   * Every state of the badge renders through this template: the root, the badge with its status
   * icon frame and chevron, and slots for the place, the short notes shown without opening (which
   * also describe the toggle) and, for a state with details, the toggle and the details panel (its
   * content built only once shown, or for print).
   * A closed badge is six template instances instead of ten, which matters in a table of 100.
   */
  private shell({
    status,
    kind,
    shape = STATUS_SHAPES[kind],
    word,
    place,
    flags,
    panel,
  }: {
    status: LegalBadgeStatus;
    kind: StatusIconKind;
    /** The icon's shape, when it is not the one of `kind`. */
    shape?: TemplateResult;
    word: string;
    place?: string;
    flags?: TemplateResult;
    panel?: () => TemplateResult;
  }): TemplateResult {
    const expanded = this.open;
    const hidden = !this.isFull && !expanded;
    const body = panel && this.panelRendered('details', !hidden) ? panel() : nothing;
    return html`<div
      class="root"
      data-status=${status}
      aria-busy=${status === 'loading' ? 'true' : nothing}
      @keydown=${this.onKeydown}
    >
      <div class="badge" part="badge">
        <span class="label">
          <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>
          <span class="status" part="status">${word}</span>
          ${place ? html`<span aria-hidden="true">·</span><span class="place" part="place">${place}</span>` : nothing}
        </span>
        ${
          panel && !this.isFull
            ? html`<button
                class="toggle"
                part="toggle"
                type="button"
                aria-expanded=${expanded ? 'true' : 'false'}
                aria-controls="details"
                aria-describedby=${flags ? FLAGS_ID : nothing}
                @click=${this.toggle}
              >
                ${msg('Details', { id: 'legalBadge.toggle.label', desc: 'Button that shows or hides the legal details. Short.' })}<span
                  class="visually-hidden"
                  >${place ? `: ${place}` : nothing}</span
                >
                <svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="M6 9l6 6 6-6" />
                </svg>
              </button>`
            : nothing
        }
        ${flags ?? nothing} ${status === 'loading' ? nothing : translationNoticeShort()}
      </div>
      ${panel ? html`<div id="details" class="details" part="details" ?hidden=${hidden}>${body}</div>` : nothing}
    </div>`;
  }

  private disclaimer(): TemplateResult {
    return html`<p class="disclaimer" part="disclaimer">
        ${msg('Not legal advice. Laws change; check the official source.', {
          id: 'legalBadge.disclaimer',
          desc: 'Disclaimer at the end of the legal details. Keep it short and clear.',
        })}
      </p>
      ${translationNotice()}`;
  }

  private renderEntry(data: LegalData, code: string, entry: Jurisdiction): TemplateResult {
    const place = placeName(code);
    const product = this.effectiveProduct;
    const view = this.entryView(entry);
    const federal = view.federal ? this.federalFor(entry) : undefined;
    const kind: StatusIconKind = view.status === 'not-verified' ? 'unverified' : view.status;
    const leaf = product === 'leaf' ? view : shownRule(entry, 'leaf');
    const sevenOh = product === '7-oh' ? view : shownRule(entry, '7-oh', this.federalFor(entry));
    const effective = (): string =>
      entry.effective
        ? entry.effectiveApproximate
          ? msg(str`${formatPartialDate(entry.effective)} (date not confirmed)`, {
              id: 'legalBadge.fact.effectiveApprox',
              desc: 'In-force date that the research could not confirm exactly. Placeholder: formatted date.',
            })
          : formatPartialDate(entry.effective)
        : msg('No date found', {
            id: 'legalBadge.fact.effectiveNone',
            desc: 'Shown when no in-force date is known (e.g. no specific law).',
          });
    const minimumAge = (age: number): string =>
      entry.minimumAgeUnverified
        ? msg(str`${formatNumber(age)} (not confirmed)`, {
            id: 'legalBadge.fact.minimumAgeUnverified',
            desc: 'Minimum age that the research could not confirm (e.g. it may be 21). Placeholder: a number of years.',
          })
        : msg(str`${formatNumber(age)} years`, {
            id: 'legalBadge.fact.minimumAgeValue',
            desc: 'Minimum age value. Placeholder: a number of years.',
          });
    const shownName = product === '7-oh' ? `${place} — ${productName('7-oh')}` : place;
    return this.shell({
      status: view.status === 'not-verified' ? 'unverified' : view.status,
      kind,
      shape: view.shown === 'no-law' ? NO_LAW_SHAPE : undefined,
      word: shownStatusWord(view.shown),
      place: shownName,
      flags: badgeFlags(view, entry.checked),
      panel: () => html`
        ${this.heading(msg(str`Kratom in ${place}`, { id: 'legalBadge.details.heading', desc: 'Heading of the legal details. Placeholder: place name.' }))}
        ${staleReason(view, entry)}
        <p class="summary">${shownStatusSummary(view.shown, place, product)}</p>
        ${product === '7-oh' ? sevenOhBasisNote(view) : nothing}
        <dl class="facts">
          ${
            view.rules.length > 0
              ? html`<dt>
                    ${msg('What the law covers', { id: 'legalBadge.fact.covers', desc: 'Label for the list of rules that apply.' })}
                  </dt>
                  <dd>
                    <ul>
                      ${view.rules.map((r) => html`<li>${ruleText(r)}</li>`)}
                    </ul>
                  </dd>`
              : nothing
          }
          <dt>
            ${msg('By product', { id: 'legalBadge.fact.byProduct', desc: 'Label for the status of each product class, when they differ.' })}
          </dt>
          <dd>
            <ul>
              <li>${productName('leaf')}: <strong>${byProductWord(leaf.shown)}</strong></li>
              <li>${productName('7-oh')}: <strong>${byProductWord(sevenOh.shown)}</strong></li>
            </ul>
          </dd>
          <dt>
            ${msg('Minimum age', { id: 'legalBadge.fact.minimumAge', desc: 'Label for the minimum age to buy kratom.' })}
          </dt>
          <dd>
            ${
              entry.minimumAge === null
                ? msg('None set in law, or not confirmed', {
                    id: 'legalBadge.fact.minimumAgeNone',
                    desc: 'Shown when no minimum age is set by law or it is not verified.',
                  })
                : minimumAge(entry.minimumAge)
            }
          </dd>
          <dt>
            ${msg('In force since', { id: 'legalBadge.fact.effective', desc: 'Label for the date the rule took effect.' })}
          </dt>
          <dd><time datetime=${entry.effective ?? nothing}>${effective()}</time>${temporaryNote(entry)}</dd>
          <dt>
            ${msg('Checked', { id: 'legalBadge.fact.checked', desc: 'Label for when the research was checked.' })}
          </dt>
          <dd>
            ${msg(str`${formatPartialDate(entry.checked)}; newest evidence found: ${formatPartialDate(entry.asOf)}`, {
              id: 'legalBadge.fact.checkedValue',
              desc: 'When sources were checked, and the date of the newest evidence found. Placeholders: two formatted dates.',
            })}
          </dd>
          <dt>
            ${msg('Next review', { id: 'legalBadge.fact.nextReview', desc: 'Label for the date this entry is due to be checked again.' })}
          </dt>
          <dd>${formatPartialDate(entry.nextReview)}</dd>
          ${
            view.shown === 'not-verified'
              ? nothing
              : html`<dt>
                    ${msg('Confidence', { id: 'legalBadge.fact.confidence', desc: 'Label for how sure the research is.' })}
                  </dt>
                  <dd>
                    ${confidenceText(view.confidence)}
                    ${
                      view.confidence === 'low'
                        ? html`<span class="caveat" part="caveat"
                            >${msg('Treat this with care and check the official source before you rely on it.', {
                              id: 'legalBadge.fact.lowConfidenceCaveat',
                              desc: 'Caveat shown when confidence is low.',
                            })}</span
                          >`
                        : nothing
                    }
                  </dd>`
          }
        </dl>
        ${federal ? federalLayer(view.federal!, federal, product, this.sourcesOf(federal), this.sourcesFailed) : nothing}
        ${localities(entry.localities, this.sourcesReady ? (ids) => data.legalSources(ids) : undefined)}
        ${
          entry.localRules
            ? html`<p class="local" part="local-rules">
                ${msg('This is state law. Cities or counties may have stricter rules.', {
                  id: 'legalBadge.localRules',
                  desc: 'Note shown when local (city/county) rules exist inside the state.',
                })}
              </p>`
            : nothing
        }
        ${history(entry.history)}
        <div class="sources-heading">
          ${msg('Sources', { id: 'legalBadge.sources.heading', desc: 'Heading above the list of legal sources.' })}
        </div>
        ${
          view.secondHandOnly
            ? html`<p class="caveat" part="second-hand">
                ${msg(
                  'We could not open these sources ourselves: we found them cited in other documents and did not check them first-hand.',
                  {
                    id: 'legalBadge.sources.secondHand',
                    desc: 'Note above the legal sources when every source was only seen cited by another document and not opened by the researchers.',
                  },
                )}
              </p>`
            : nothing
        }
        ${this.sourcesReady ? sourceList(view.sources) : sourcesOrLoading(undefined, this.sourcesFailed)}
        ${this.disclaimer()}
      `,
    });
  }

  private renderUnverified(data: LegalData, code: string): TemplateResult {
    const place = placeName(code);
    // Federal rules apply in a US state the research found nothing about, too.
    const federal = code.startsWith('US-') ? data.findJurisdiction('US') : undefined;
    return this.shell({
      status: 'unverified',
      kind: 'unverified',
      word: msg('Not verified', {
        id: 'legalBadge.status.unverified',
        desc: 'Badge status word when research found no source for this place. Must not sound like legal. Short.',
      }),
      place,
      panel: () => html`
        ${this.heading(msg(str`Kratom in ${place}`, { id: 'legalBadge.details.heading', desc: 'Heading of the legal details. Placeholder: place name.' }))}
        <p class="summary">
          ${msg(
            str`We found no source about kratom law in ${place}. That does not mean it is legal. Check local law.`,
            {
              id: 'legalBadge.summary.unverified',
              desc: 'Details text for a place where the research found no source at all. Must not suggest it is legal.',
            },
          )}
        </p>
        ${
          federal
            ? federalLayer(
                shownRule(federal, this.effectiveProduct),
                federal,
                this.effectiveProduct,
                this.sourcesOf(federal),
                this.sourcesFailed,
              )
            : nothing
        }
        ${this.disclaimer()}
      `,
    });
  }

  private renderUnknown(data: LegalData | undefined, code: string): TemplateResult {
    const names = data ? data.COVERED_CODES.map((c) => placeName(c)) : [];
    return this.shell({
      status: 'unknown',
      kind: 'unknown',
      word: msg(str`No information for ${code}`, {
        id: 'legalBadge.status.unknown',
        desc: 'Badge text when the jurisdiction code is not covered. Placeholder: the code the page gave, e.g. "XX".',
      }),
      panel:
        names.length > 0
          ? () => html`
              ${this.heading(msg('Places we cover', { id: 'legalBadge.covered.heading', desc: 'Heading above the list of places with legal information.' }))}
              <p class="summary">
                ${msg(str`We cover ${formatNumber(names.length)} places:`, {
                  id: 'legalBadge.covered.intro',
                  desc: 'Intro to the list of covered places. Placeholder: a number.',
                })}
              </p>
              <ul class="covered" part="covered">
                ${names.map((n) => html`<li>${n}</li>`)}
              </ul>
              ${this.disclaimer()}
            `
          : undefined,
    });
  }

  /** The reader chose `code` in the picker. */
  private pickPlace(code: string): void {
    if (!code || code === normalizeJurisdiction(this.jurisdiction)) return;
    this.jurisdiction = code;
    this.emit<PlaceChangeDetail>('kratom-place-change', { jurisdiction: code });
  }

  protected renderContent(): unknown {
    const badge = this.renderBadge();
    if (!this.picker) return badge;
    return html`${placePicker(normalizeJurisdiction(this.jurisdiction), (code) => this.pickPlace(code))}${badge}`;
  }

  private renderBadge(): unknown {
    const code = normalizeJurisdiction(this.jurisdiction);
    if (!code) {
      return this.shell({
        status: 'none',
        kind: 'none',
        word: msg('Choose a place', {
          id: 'legalBadge.status.none',
          desc: 'Neutral prompt shown when no jurisdiction is set.',
        }),
      });
    }
    if (!this.data) {
      if (this.loadFailed) return this.renderUnknown(undefined, code);
      return this.shell({
        status: 'loading',
        kind: 'unknown',
        word: msg('Loading legal status…', {
          id: 'legalBadge.status.loading',
          desc: 'Shown briefly while legal data loads.',
        }),
      });
    }
    const entry = CODE_PATTERN.test(code) ? this.data.findJurisdiction(code) : undefined;
    if (entry) {
      return this.renderEntry(this.data, code, entry);
    }
    if (CODE_PATTERN.test(code) && this.data.findUnsourced(code)) return this.renderUnverified(this.data, code);
    this.warnOnce(
      'unknown',
      `no legal information for jurisdiction="${code}". Covered: ${formatList(this.data.COVERED_CODES.slice(0, 8), 'unit', 'en')}, …`,
    );
    return this.renderUnknown(this.data, code.length > 12 ? `${code.slice(0, 12)}…` : code);
  }
}
