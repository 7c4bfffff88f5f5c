import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KratomElement } from '../../shared/kratom-element.js';
import { STATUS_SHAPES, type StatusIconKind } from '../../shared/icons.js';
import { sourceList } from '../../shared/source-list.js';
import { formatList, formatNumber, formatPartialDate, isPastReview } from '../../shared/format.js';
import { staleMarker } from '../../shared/review-footer.js';
import { translationNotice } from '../../shared/translation-notice.js';
import {
  confidenceText,
  loadLegalData,
  peekLegalData,
  productName,
  ruleText,
  statusSummary,
  statusWord,
  type LegalData,
} from '../../content/legal/index.js';
import type { Jurisdiction, LegalRule, LegalStatus, Product } from '../../content/types.js';
import { legalBadgeStyles } from './legal-badge.styles.js';

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
 *
 * @csspart badge - The compact badge (icon, status, place, toggle).
 * @csspart icon - The status icon; each status has its own shape.
 * @csspart status - The status word.
 * @csspart place - The place name.
 * @csspart toggle - The details disclosure button.
 * @csspart details - The details panel.
 * @csspart sources - The list of sources.
 * @csspart source-link - Each source link.
 * @csspart external-icon - The "opens in a new tab" icon of a source link.
 * @csspart disclaimer - The "not legal advice" line.
 * @csspart stale - The "may be out of date" marker.
 * @csspart covered - The list of covered places shown for an unknown code.
 * @csspart caveat - The caveat shown when confidence is low.
 * @csspart local-rules - The note that cities or counties may have stricter rules.
 * @csspart source - Each entry of the list of sources.
 * @csspart translation-notice - The line shown when the active translation is not yet reviewed by a medical translator.
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
 * @cssstate unverified - The research found no source for this place.
 * @cssstate unknown - The code is not covered.
 * @cssstate none - No jurisdiction was given.
 * @cssstate stale - The entry is past its next review date.
 * @cssstate open - The details are open.
 */
export class KratomLegalBadge extends KratomElement {
  static override styles = legalBadgeStyles;
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

  @state() private data: LegalData | undefined;
  @state() private loadFailed = false;

  /** The status currently shown (read-only): a legal status or `unverified`, `unknown`, `none`, `loading`. */
  get status(): LegalBadgeStatus {
    const code = normalizeJurisdiction(this.jurisdiction);
    if (!code) return 'none';
    if (!this.data) return this.loadFailed ? 'unknown' : 'loading';
    const entry = this.data.findJurisdiction(code);
    if (entry) return this.productRule(entry).status;
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
      name: statusWord(rule.status),
      description: statusSummary(rule.status, this.data.placeName(code)),
      applicableLocation: { '@type': 'AdministrativeArea', name: this.data.placeName(code), identifier: code },
      dateModified: entry.checked,
      citation: entry.sources.map((id) => this.data!.LEGAL_SOURCES[id]?.url).filter(Boolean),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('jurisdiction')) this.ensureData();
    if (changed.has('product') && this.product !== 'leaf' && this.product !== '7-oh') {
      this.warnOnce('product', `product="${String(this.product)}" is not "leaf" or "7-oh"; showing leaf products.`);
    }
    if (changed.has('variant') && this.variant !== 'compact' && this.variant !== 'full') {
      this.warnOnce('variant', `variant="${String(this.variant)}" is not "compact" or "full"; using compact.`);
    }
  }

  protected override updated(): void {
    this.syncStates();
  }

  private ensureData(): void {
    if (this.data || !normalizeJurisdiction(this.jurisdiction)) return;
    const ready = peekLegalData();
    if (ready) {
      this.data = ready;
      return;
    }
    loadLegalData().then(
      (data) => {
        this.data = data;
        this.loadFailed = false;
      },
      (error: unknown) => {
        this.loadFailed = true;
        this.warnOnce('load', `could not load legal data (${String(error)}).`);
      },
    );
  }

  private get effectiveProduct(): Product {
    return this.product === '7-oh' ? '7-oh' : 'leaf';
  }

  private get isFull(): boolean {
    return this.variant === 'full';
  }

  private productRule(entry: Jurisdiction): { status: LegalStatus; rules: readonly LegalRule[] } {
    const override = this.effectiveProduct === '7-oh' ? entry.products?.['7-oh'] : undefined;
    return override ?? { status: entry.status, rules: entry.rules };
  }

  private syncStates(): void {
    const code = normalizeJurisdiction(this.jurisdiction);
    const entry = code ? this.data?.findJurisdiction(code) : undefined;
    const wanted = new Set<string>([this.status]);
    if (entry && isPastReview(entry.nextReview)) wanted.add('stale');
    if (this.open || this.isFull) wanted.add('open');
    this.setStates(wanted);
  }

  private toggle(): void {
    this.open = !this.open;
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
   * icon frame and chevron, and slots for the place, the stale marker and, for a state with
   * details, the toggle and the details panel (its content built only once shown, or for print).
   * A closed badge is six template instances instead of ten, which matters in a table of 100.
   */
  private shell({
    status,
    kind,
    word,
    place,
    stale = false,
    panel,
  }: {
    status: LegalBadgeStatus;
    kind: StatusIconKind;
    word: string;
    place?: string;
    stale?: boolean;
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
          <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            ${STATUS_SHAPES[kind]}
          </svg>
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
      </div>
      ${stale ? staleMarker() : nothing}
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
    const place = data.placeName(code);
    const product = this.effectiveProduct;
    const rule = this.productRule(entry);
    const stale = isPastReview(entry.nextReview);
    const productsDiffer = Boolean(entry.products?.['7-oh']);
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
    const word = statusWord(rule.status);
    const shownName = product === '7-oh' ? `${place} — ${productName('7-oh')}` : place;
    return this.shell({
      status: rule.status,
      kind: rule.status,
      word,
      place: shownName,
      stale,
      panel: () => html`
        ${this.heading(msg(str`Kratom in ${place}`, { id: 'legalBadge.details.heading', desc: 'Heading of the legal details. Placeholder: place name.' }))}
        <p class="summary">${statusSummary(rule.status, place)}</p>
        <dl class="facts">
          <dt>
            ${msg('What the law covers', { id: 'legalBadge.fact.covers', desc: 'Label for the list of rules that apply.' })}
          </dt>
          <dd>
            <ul>
              ${rule.rules.map((r) => html`<li>${ruleText(r)}</li>`)}
            </ul>
          </dd>
          ${
            productsDiffer
              ? html`<dt>
                    ${msg('By product', { id: 'legalBadge.fact.byProduct', desc: 'Label for the status of each product class, when they differ.' })}
                  </dt>
                  <dd>
                    <ul>
                      <li>${productName('leaf')}: <strong>${statusWord(entry.status)}</strong></li>
                      <li>${productName('7-oh')}: <strong>${statusWord(entry.products!['7-oh']!.status)}</strong></li>
                    </ul>
                  </dd>`
              : nothing
          }
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
                : msg(str`${formatNumber(entry.minimumAge)} years`, {
                    id: 'legalBadge.fact.minimumAgeValue',
                    desc: 'Minimum age value. Placeholder: a number of years.',
                  })
            }
          </dd>
          <dt>
            ${msg('In force since', { id: 'legalBadge.fact.effective', desc: 'Label for the date the rule took effect.' })}
          </dt>
          <dd><time datetime=${entry.effective ?? nothing}>${effective()}</time></dd>
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
          <dd>${formatPartialDate(entry.nextReview)}${stale ? html` ${staleMarker()}` : nothing}</dd>
          <dt>
            ${msg('Confidence', { id: 'legalBadge.fact.confidence', desc: 'Label for how sure the research is.' })}
          </dt>
          <dd>
            ${confidenceText(entry.confidence)}
            ${
              entry.confidence === 'low'
                ? html`<span class="caveat" part="caveat"
                    >${msg('Treat this with care and check the official source before you rely on it.', {
                      id: 'legalBadge.fact.lowConfidenceCaveat',
                      desc: 'Caveat shown when confidence is low.',
                    })}</span
                  >`
                : nothing
            }
          </dd>
        </dl>
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
        <div class="sources-heading">
          ${msg('Sources', { id: 'legalBadge.sources.heading', desc: 'Heading above the list of legal sources.' })}
        </div>
        ${sourceList(data.legalSources(entry.sources))} ${this.disclaimer()}
      `,
    });
  }

  private renderUnverified(data: LegalData, code: string): TemplateResult {
    const place = data.placeName(code);
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
        ${this.disclaimer()}
      `,
    });
  }

  private renderUnknown(data: LegalData | undefined, code: string): TemplateResult {
    const names = data ? data.COVERED_CODES.map((c) => data.placeName(c)) : [];
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

  protected renderContent(): unknown {
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
