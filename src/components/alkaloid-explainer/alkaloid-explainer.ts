import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { pageSetsDirection } from '../../shared/direction.js';
import { KratomElement } from '../../shared/kratom-element.js';
import { LazyPanelsController } from '../../shared/controllers/lazy-panels.js';
import { claimEvidenceChip } from '../../shared/claim-evidence-chip.js';
import { translationNotice } from '../../shared/translation-notice.js';
import { formatList, isPastReview } from '../../shared/format.js';
import { indexForKey } from '../../shared/keyboard.js';
import { DEFAULT_HEADING_LEVEL, headingLevel, headingLevelWarning } from '../../shared/heading.js';
import { disclosureToggle } from '../../shared/disclosure.js';
import { warnDeprecated } from '../../shared/deprecation.js';
import { ALKALOIDS } from '../../content/alkaloids.js';
import { REVIEWS } from '../../content/review.js';
import type { Alkaloid } from '../../content/types.js';
import { hasStructure, loadStructureDrawing, type StructureDrawing } from './structures-loader.js';
import { citations, nameOf, type ClaimTemplate } from './blocks.template.js';
import { panel } from './panel.template.js';
import { chart } from './chart.template.js';
import { pain } from './pain.template.js';
import { footer } from './footer.template.js';
import { hasSlottedContent, structureFigure } from './structure-figure.template.js';
import { alkaloidExplainerStyles } from './alkaloid-explainer.styles.js';

/** `full` shows everything; `compact` only the selector and the short role of each alkaloid. */
export type AlkaloidExplainerVariant = 'full' | 'compact';

/** Detail of the `kratom-alkaloid-change` event. */
export interface AlkaloidChangeDetail {
  /** Canonical id of the alkaloid the reader selected, e.g. `7-hydroxymitragynine`. */
  id: string;
}

/** @deprecated Detail of the deprecated `kratom-alkaloid-select` event: use `AlkaloidChangeDetail`; removed in 0.3. */
export type AlkaloidSelectDetail = AlkaloidChangeDetail;

declare global {
  interface HTMLElementEventMap {
    'kratom-alkaloid-change': CustomEvent<AlkaloidChangeDetail>;
    /** @deprecated Use `kratom-alkaloid-change`; removed in 0.3. */
    'kratom-alkaloid-select': CustomEvent<AlkaloidChangeDetail>;
  }
}

/**
 * Resolves an `alkaloid` attribute value to a canonical alkaloid id: case-insensitive, surrounding
 * spaces ignored, ids and aliases (`7-oh`, `mp`, …) accepted. Returns `undefined` when nothing matches.
 */
export function resolveAlkaloid(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  if (!key) return undefined;
  return ALKALOIDS.find((a) => a.id === key || a.aliases.includes(key) || a.name.toLowerCase() === key)?.id;
}

type Section = 'sources' | 'legend' | 'corrections';

const VARIANTS: readonly string[] = ['full', 'compact'] satisfies AlkaloidExplainerVariant[];

/**
 * Explains the alkaloids of kratom to a lay reader without overselling. A keyboard-complete tab
 * list (WAI-ARIA tabs pattern, automatic activation) selects one of the eight alkaloids; the panel
 * shows its plain role, formula (real subscripts, always left to right), molar mass, share of the
 * leaf's alkaloids as a range with its basis, what it acts on, and the key caveat. Below, a leaf
 * composition chart (with a table equivalent) and "What the evidence says about pain and
 * inflammation" answer the popular claims honestly. Every statement carries an evidence-level chip
 * and links to its sources; a "Sources" disclosure lists every bibliography entry used.
 *
 * Unverified facts are shown as such: a formula not confirmed in a primary database, a share that
 * rests on vendor or secondary pages, or no reliable figure at all.
 *
 * Right to left: the layout, the arrow keys and the chart axis mirror with the text direction (0 % at
 * the inline start, on the right in RTL; the chart's SVG tracks are mirrored by CSS `:dir(rtl)` so
 * bars and axis labels always agree). Chemical formulas stay left to right in `dir="ltr"` spans.
 *
 * @summary The eight kratom alkaloids, what they do, how much the leaf holds, and what the evidence says.
 * @tag kratom-alkaloid-explainer
 *
 * @fires kratom-alkaloid-change - Fired when the reader selects an alkaloid (click or keyboard; not when the attribute changes). Detail: `{ id: string }` (`AlkaloidChangeDetail`).
 * @fires kratom-alkaloid-select - Deprecated: use kratom-alkaloid-change; removed in 0.3. Fired right after it, with the same detail.
 *
 * @slot structure - Optional replacement for the built-in 2D structure drawing (RDKit-generated at build time, shown for alkaloids with a confirmed structure). Update it on `kratom-alkaloid-change`.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart tablist - The list of alkaloid tabs.
 * @csspart tab - Each alkaloid tab.
 * @csspart tab-selected - The selected tab (in addition to `tab`).
 * @csspart panel - The detail panel of the selected alkaloid.
 * @csspart heading - Every heading the element renders.
 * @csspart role - The one-sentence role of the alkaloid.
 * @csspart identity - The formula, molar mass and database facts.
 * @csspart formula - The chemical formula (left to right, with subscripts).
 * @csspart molar-mass - The molar mass.
 * @csspart identity-note - The note shown when formula and mass are not confirmed in a primary database.
 * @csspart structure - The figure that holds the structure drawing (hidden when there is neither a drawing nor slotted content).
 * @csspart share - The share-of-leaf-alkaloids block.
 * @csspart share-value - The share figure (range, trace bound, or "no reliable figure").
 * @csspart share-note - The note on an unverified share figure.
 * @csspart receptors - The list of receptors and enzymes it acts on.
 * @csspart receptor - Each receptor row.
 * @csspart receptor-action - The action at the receptor (agonist, antagonist …).
 * @csspart caveat - The key caveat.
 * @csspart claim - Each statement with its evidence chip and sources.
 * @csspart claim-caveat - The caveat under a statement.
 * @csspart claim-sources - The source links after a statement.
 * @csspart evidence-chip - Each evidence-level chip.
 * @csspart evidence-icon - The icon inside an evidence chip; each level has its own shape.
 * @csspart chart - The leaf composition figure.
 * @csspart chart-bar - Each range bar in the chart.
 * @csspart chart-table - The table equivalent of the chart (visually hidden).
 * @csspart pain - The "What the evidence says about pain and inflammation" section.
 * @csspart correction - Each popular claim with its correction.
 * @csspart toggle - Each disclosure button (popular claims, evidence labels, sources).
 * @csspart evidence-legend - The list explaining the evidence levels.
 * @csspart sources - The list of bibliography entries.
 * @csspart source - Each entry of that list.
 * @csspart source-link - Each source link (after statements and in the list).
 * @csspart external-icon - The "opens in a new tab" icon in the list of sources.
 * @csspart review - The review footer.
 * @csspart publisher-review - The footer line "Reviewed for {publisher} by {reviewer}, {role}, on {date}." when the page declares its own medical review (`publisherReview`), or the notice that it was of an earlier content version.
 * @csspart publisher-review-outdated - That line when the review was of another content version (marked like `stale`).
 * @csspart translation-notice - The line shown near the top while the active translation is not yet reviewed by a medical translator.
 * @csspart stale - The "may be out of date" marker.
 *
 * @cssproperty --kratom-alkaloid-bar-color - Fill of the chart's range bars (default: `--kratom-color-accent`).
 * @cssproperty --kratom-color-accent - Accent colour: selected tab, range bars.
 * @cssproperty --kratom-color-text - Text colour.
 * @cssproperty --kratom-color-text-muted - Secondary text (notes, source details).
 * @cssproperty --kratom-color-surface - Background colour.
 * @cssproperty --kratom-color-surface-raised - Background of tabs, chips and chart tracks.
 * @cssproperty --kratom-color-border - Borders and chart grid lines.
 * @cssproperty --kratom-color-restricted - Marker colour of the key caveat and of unverified notes.
 * @cssproperty --kratom-color-link - Link colour.
 * @cssproperty --kratom-color-focus - Focus ring colour.
 * @cssproperty --kratom-radius - Corner radius.
 * @cssproperty --kratom-space-1 - Smallest spacing step (also `--kratom-space-2` … `-4`).
 * @cssproperty --kratom-font-family - Font family (inherits the page font by default).
 * @cssproperty --kratom-color-scheme - `light`, `dark` or `light dark` (default: follow the reader).
 *
 * @cssstate compact - Deprecated: use :host([variant="compact"]); removed in 0.3.
 * @cssstate stale - The alkaloid content is past its next review date.
 * @cssstate sources-open - The sources disclosure is open.
 */
export class KratomAlkaloidExplainer extends KratomElement {
  static override styles = alkaloidExplainerStyles;
  /** @internal */
  protected static override localePart = 'alkaloid-explainer';

  /**
   * The alkaloid to show: an id (`mitragynine`, `7-hydroxymitragynine`, `speciogynine`, `paynantheine`,
   * `speciociliatine`, `corynantheidine`, `mitraphylline`, `mitragynine-pseudoindoxyl`) or an alias
   * (`7-oh`, `mp` …); case-insensitive. Unknown values show the first alkaloid and log one warning.
   * Reflects the canonical id when the reader selects another alkaloid.
   */
  @property({ reflect: true, useDefault: true }) alkaloid: string | null = null;

  /**
   * `full` (default) or `compact`: only the selector and the short role of each alkaloid. Unknown
   * values show `full` and log one warning.
   */
  @property({ reflect: true, useDefault: true }) variant: AlkaloidExplainerVariant = 'full';

  /**
   * Same as `variant="compact"` (one console warning per page).
   * @deprecated Use `variant="compact"`; removed in 0.3.
   */
  @property({ type: Boolean, reflect: true, useDefault: true }) compact = false;

  /** Level (1–6) of the element's top headings; sub-headings use the next level. Invalid values use 3 (one warning). */
  @property({ type: Number, attribute: 'heading-level', reflect: true, useDefault: true })
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  @state() private sourcesOpen = false;
  @state() private legendOpen = false;
  @state() private correctionsOpen = false;
  @state() private hasStructure = false;
  /** The RDKit-generated drawing of the selected alkaloid, loaded lazily (not in the compact variant). */
  @state() private drawing: { id: string; drawing: StructureDrawing } | undefined;
  /** The closed disclosures render once first opened (or while the page prints). */
  private readonly panels = new LazyPanelsController(this);

  /** Canonical id of the alkaloid shown (read-only). */
  get selectedId(): string {
    return this.current.id;
  }

  private get current(): Alkaloid {
    const id = resolveAlkaloid(this.alkaloid);
    return ALKALOIDS.find((a) => a.id === id) ?? ALKALOIDS[0]!;
  }

  /** The compact variant, asked for with `variant` or the deprecated `compact`. */
  private get isCompact(): boolean {
    return this.variant === 'compact' || this.compact;
  }

  private get baseLevel(): number {
    return headingLevel(this.headingLevel);
  }

  private loadDrawing(): void {
    const id = this.current.id;
    if (this.isCompact || !hasStructure(id) || this.drawing?.id === id) return;
    loadStructureDrawing(id).then(
      (drawing) => {
        if (drawing && this.current.id === id) this.drawing = { id, drawing };
      },
      (error: unknown) => this.warnOnce('structure', `could not load the structure drawing (${String(error)}).`),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('alkaloid') || changed.has('variant') || changed.has('compact')) {
      this.loadDrawing();
    }
    if (changed.has('alkaloid')) {
      const raw = this.alkaloid;
      if (typeof raw === 'string' && raw.trim() && !resolveAlkaloid(raw)) {
        this.warnOnce(
          'alkaloid',
          `alkaloid="${raw.slice(0, 40)}" is not known; showing ${ALKALOIDS[0]!.id}. ` +
            `Known: ${formatList(
              ALKALOIDS.map((a) => a.id),
              'unit',
              'en',
            )} (aliases such as 7-oh and mp work too).`,
        );
      }
    }
    if (changed.has('variant') && !VARIANTS.includes(this.variant)) {
      this.warnOnce(
        'variant',
        `variant="${String(this.variant).slice(0, 40)}" is not "full" or "compact"; using full.`,
      );
    }
    if (changed.has('compact') && this.compact) {
      warnDeprecated('the compact attribute of <kratom-alkaloid-explainer>', 'variant="compact"');
    }
    const badLevel = changed.has('headingLevel') && headingLevelWarning(this.headingLevel);
    if (badLevel) this.warnOnce('heading-level', badLevel);
  }

  protected override updated(): void {
    this.syncStates();
  }

  private syncStates(): void {
    const wanted = new Set<string>();
    if (this.isCompact) wanted.add('compact');
    if (isPastReview(REVIEWS.alkaloids.nextReview)) wanted.add('stale');
    if (this.sourcesOpen && !this.isCompact) wanted.add('sources-open');
    this.setStates(wanted);
  }

  // ── Selection ────────────────────────────────────────────────────────────────────────────

  private select(id: string): void {
    if (id === this.current.id) return;
    this.alkaloid = id;
    this.emit<AlkaloidChangeDetail>('kratom-alkaloid-change', { id });
    this.emit<AlkaloidChangeDetail>('kratom-alkaloid-select', { id });
  }

  private tabs(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
  }

  private onTabClick(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (id) this.select(id);
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const tabs = this.tabs();
    const from = tabs.indexOf(event.target as HTMLElement);
    if (from < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const list = event.currentTarget as HTMLElement;
    const rtl = getComputedStyle(list).direction === 'rtl';
    // Enter and Space re-select the focused tab; arrows wrap around the tab list.
    const to = event.key === 'Enter' || event.key === ' ' ? from : indexForKey(event.key, from, tabs.length, rtl);
    if (to === undefined) return;
    event.preventDefault();
    const target = tabs[(to + tabs.length) % tabs.length]!;
    target.focus();
    const id = target.dataset.id;
    if (id) this.select(id);
  }

  // ── Disclosures and the structure slot ───────────────────────────────────────────────────

  private onToggle(event: Event): void {
    const section = (event.currentTarget as HTMLElement).dataset.section as Section;
    if (section === 'sources') this.sourcesOpen = !this.sourcesOpen;
    else if (section === 'legend') this.legendOpen = !this.legendOpen;
    else if (section === 'corrections') this.correctionsOpen = !this.correctionsOpen;
  }

  private onSlotChange(event: Event): void {
    this.hasStructure = hasSlottedContent(event.target as HTMLSlotElement);
  }

  /**
   * A disclosure. Its body is built only once it has been opened (or the page prints), so the
   * closed sections (sources, legend, checked claims) cost nothing on first render.
   */
  private disclosure(section: Section, label: string, content: () => unknown): TemplateResult {
    const open = { sources: this.sourcesOpen, legend: this.legendOpen, corrections: this.correctionsOpen }[section];
    const body = this.panels.rendered(section, open) ? content() : nothing;
    return html`<div class="disclosure">
      ${disclosureToggle({
        expanded: open,
        controls: `${section}-body`,
        label: html`<span>${label}</span>`,
        onClick: this.onToggle,
        chevronAt: 'start',
        section,
      })}
      <div id="${section}-body" class="disclosure-body" ?hidden=${!open}>${body}</div>
    </div>`;
  }

  // ── Templates that need the element ──────────────────────────────────────────────────────

  /**
   * A statement with its caveat, evidence chip and sources. `chip: false` for a "no data found"
   * statement: it reports an absence, so no evidence level is shown for it.
   */
  private readonly claimBlock: ClaimTemplate = (claim, extraClass = '', chip = true) =>
    html`<div class="claim ${extraClass}" part="claim" data-claim-id=${claim.id} data-level=${claim.level}>
      <p class="claim-text">${claim.text()}</p>
      ${claim.caveat ? html`<p class="claim-caveat" part="claim-caveat">${claim.caveat()}</p>` : nothing}
      <div class="claim-meta">${chip ? claimEvidenceChip(claim) : nothing} ${citations(claim.sources)}</div>
    </div>`;

  private renderStructure(a: Alkaloid): TemplateResult {
    return structureFigure({
      alkaloid: a,
      drawing: this.drawing?.id === a.id ? this.drawing.drawing : undefined,
      slotted: this.hasStructure,
      direction: this.direction,
      onSlotChange: this.onSlotChange,
    });
  }

  // ── Whole element ────────────────────────────────────────────────────────────────────────

  protected renderContent(): unknown {
    const a = this.current;
    const tablist = html`<div
      class="tablist"
      role="tablist"
      part="tablist"
      aria-label=${msg('Kratom alkaloids', {
        id: 'alkaloidExplainer.tab.label',
        desc: 'Accessible name of the list of alkaloid tabs (read by screen readers).',
      })}
      @keydown=${this.onTabKeydown}
    >
      ${ALKALOIDS.map((item) => {
        const selected = item.id === a.id;
        return html`<button
          type="button"
          role="tab"
          id="tab-${item.id}"
          class="tab"
          part=${selected ? 'tab tab-selected' : 'tab'}
          data-id=${item.id}
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls=${selected ? 'panel' : nothing}
          tabindex=${selected ? '0' : '-1'}
          @click=${this.onTabClick}
        >
          ${nameOf(item)}
        </button>`;
      })}
    </div>`;
    // Without a `dir` on the page, follow the locale's direction; with one, inherit it (live).
    const dir = !pageSetsDirection(this) && this.direction === 'rtl' ? 'rtl' : nothing;
    const compact = this.isCompact;
    const level = this.baseLevel;
    const figure = () => this.renderStructure(a);
    return html`<div class="root${compact ? ' is-compact' : ''}" part="base" dir=${dir}>
      ${translationNotice()} ${tablist} ${panel({ alkaloid: a, level, compact, claim: this.claimBlock, figure })}
      ${
        compact
          ? nothing
          : html`${chart(a, level)}
            ${pain(level, this.claimBlock, (label, body) => this.disclosure('corrections', label, body))}
            ${footer(a, (section, label, body) => this.disclosure(section, label, body))}`
      }
    </div>`;
  }
}
