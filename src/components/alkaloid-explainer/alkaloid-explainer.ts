import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { pageSetsDirection } from '../../shared/direction.js';
import { KratomElement } from '../../shared/kratom-element.js';
import { evidenceLegend } from '../../shared/evidence-chip.js';
import { claimEvidenceChip } from '../../shared/claim-evidence-chip.js';
import { safeUrl, sourceList, sourcesSummaryLabel } from '../../shared/source-list.js';
import { reviewFooter } from '../../shared/review-footer.js';
import { translationNotice } from '../../shared/translation-notice.js';
import { formatList, formatNumber, isPastReview } from '../../shared/format.js';
import { ALKALOIDS } from '../../content/alkaloids.js';
import { CORRECTIONS, PAIN_EVIDENCE } from '../../content/corrections.js';
import { resolveSources, sourceIdsOf } from '../../content/bibliography.js';
import { bibliographyCitationParts } from '../../content/citations.js';
import { REVIEWS } from '../../content/review.js';
import { EVIDENCE_LEVELS } from '../../content/evidence-levels.js';
import type { Alkaloid, Claim, EvidenceLevel, LeafShare, ReceptorEffect, Source } from '../../content/types.js';
import { hasStructure, loadStructureDrawing, type StructureDrawing } from '../../content/structures-loader.js';
import { indexForKey } from '../../shared/keyboard.js';
import { actionLabel, receptorLabel } from './labels.js';
import { alkaloidExplainerStyles } from './alkaloid-explainer.styles.js';

/** Detail of the `kratom-alkaloid-select` event. */
export interface AlkaloidSelectDetail {
  /** Canonical id of the alkaloid the reader selected, e.g. `7-hydroxymitragynine`. */
  id: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kratom-alkaloid-select': CustomEvent<AlkaloidSelectDetail>;
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

/** Splits a Hill formula (`C23H30N2O4`) into element symbols and counts. */
function formulaParts(formula: string): [string, string][] {
  return [...formula.matchAll(/([A-Z][a-z]?)(\d*)/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

/** A percentage (0–100) formatted in the active locale. */
function percent(value: number): string {
  return formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
}

const clamp = (value: number): number => Math.min(100, Math.max(0, value));

/** The bar a share draws on a 0–100 % axis, or `undefined` when it has no figure to draw. */
function shareBar(share: LeafShare): { from: number; to: number; openStart: boolean } | undefined {
  if (share.kind === 'range' && (share.min !== null || share.max !== null)) {
    const from = clamp(share.min ?? share.max ?? 0);
    const to = clamp(share.max ?? share.min ?? 0);
    return { from: Math.min(from, to), to: Math.max(from, to), openStart: false };
  }
  if (share.kind === 'trace' && share.max !== null) return { from: 0, to: clamp(share.max), openStart: true };
  return undefined;
}

/** Short, localised text for a share: a range, "up to", "not in the leaf" or "no reliable figure". */
function shareValue(share: LeafShare): string {
  const noFigure = () =>
    msg('No reliable figure', {
      id: 'alkaloidExplainer.share.unknown',
      desc: 'Share of total leaf alkaloids when no reliable figure exists. Shown in the chart, its table and the detail panel. Max ~30 characters.',
    });
  switch (share.kind) {
    case 'range': {
      if (share.min !== null && share.max !== null) {
        const min = percent(share.min);
        const max = percent(share.max);
        return msg(str`${min} to ${max}`, {
          id: 'alkaloidExplainer.share.range',
          desc: 'A reported range of shares, e.g. "12% to 66%". Placeholders: two formatted percentages (lowest, highest). Keep it short.',
        });
      }
      if (share.max !== null) {
        const max = percent(share.max);
        return msg(str`Up to ${max}`, {
          id: 'alkaloidExplainer.share.upTo',
          desc: 'A share known only as an upper bound, e.g. "Up to 2%". Placeholder: a formatted percentage.',
        });
      }
      if (share.min !== null) {
        const min = percent(share.min);
        return msg(str`At least ${min}`, {
          id: 'alkaloidExplainer.share.atLeast',
          desc: 'A share known only as a lower bound, e.g. "At least 5%". Placeholder: a formatted percentage.',
        });
      }
      return noFigure();
    }
    case 'trace': {
      if (share.max === null)
        return msg('Trace only', {
          id: 'alkaloidExplainer.share.trace',
          desc: 'A share that is only a trace (a tiny amount) with no upper figure. Max ~30 characters.',
        });
      const max = percent(share.max);
      return msg(str`Trace only: up to ${max}`, {
        id: 'alkaloidExplainer.share.traceUpTo',
        desc: 'A share that is only a trace, with its upper bound, e.g. "Trace only: up to 2%". Placeholder: a formatted percentage.',
      });
    }
    case 'not-in-leaf':
      return msg('Not a natural part of the leaf', {
        id: 'alkaloidExplainer.share.notInLeaf',
        desc: 'Share text for a substance that does not occur naturally in kratom leaf (it forms in the body or lab). Max ~35 characters.',
      });
    case 'unknown':
      return noFigure();
  }
}

/** An alkaloid's international name, isolated left to right (it is never translated). */
function nameOf(a: Alkaloid): TemplateResult {
  return html`<span class="ltr" dir="ltr" translate="no">${a.name}</span>`;
}

/** `true` when the share shows a figure (a range or a trace bound). */
function showsFigure(share: LeafShare): boolean {
  return shareBar(share) !== undefined;
}

/** A note on how far a shown figure can be trusted, or `''`. */
function shareNote(share: LeafShare): string {
  if (!showsFigure(share) || share.verified) return '';
  return msg('Figure from secondary or vendor pages only; not checked in the original studies.', {
    id: 'alkaloidExplainer.share.unverified',
    desc: 'Caveat under a share figure that rests on secondary or vendor web pages only. Keep "not checked".',
  });
}

/**
 * Short author–year label of a source ("Kruegel 2016", "FDA 2025"), with the letter that tells it
 * apart from another source of the same name and year ("Tanna 2023a"). Letters are given over the
 * whole bibliography, so a source has the same label in every list of the page.
 */
function sourceShortName(source: Source): string {
  const { name: who, year: published, suffix } = bibliographyCitationParts(source);
  const year =
    published === null
      ? `${msg('n.d.', {
          id: 'alkaloidExplainer.cite.noDate',
          desc: 'Short for "no date", shown in place of the year in a short citation of an undated web page (e.g. "NIDA n.d."). Use the usual abbreviation of your citation style.',
        })}${suffix ? `-${suffix}` : ''}`
      : `${formatNumber(published, { useGrouping: false })}${suffix}`;
  return msg(str`${who} ${year}`, {
    id: 'alkaloidExplainer.cite.short',
    desc: 'Short citation shown as a link after a statement: first author (or organisation) and year, e.g. "Kruegel 2016". Placeholders: name, year (the year may end in a letter, "2023a", that tells apart two works of the same author and year, or be "n.d." for no date). Change only the order or punctuation.',
  });
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Every source id the chart uses (the leaf-share sources of all alkaloids). */
function chartSourceIds(): string[] {
  return unique(ALKALOIDS.flatMap((a) => a.share.sources));
}

type Section = 'sources' | 'legend' | 'corrections';

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
 * @fires kratom-alkaloid-select - Fired when the reader selects an alkaloid (click or keyboard; not when the attribute changes). Detail: `{ id: string }` (`AlkaloidSelectDetail`).
 *
 * @slot structure - Optional replacement for the built-in 2D structure drawing (RDKit-generated at build time, shown for alkaloids with a confirmed structure). Update it on `kratom-alkaloid-select`.
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
 * @cssstate compact - The `compact` variant is shown.
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

  /** Show only the selector and the short role of each alkaloid. */
  @property({ type: Boolean, reflect: true, useDefault: true }) compact = false;

  /** Level (1–6) of the element's top headings; sub-headings use the next level. Invalid values use 3 (one warning). */
  @property({ type: Number, attribute: 'heading-level', reflect: true, useDefault: true }) headingLevel = 3;

  @state() private sourcesOpen = false;
  @state() private legendOpen = false;
  @state() private correctionsOpen = false;
  @state() private hasStructure = false;
  /** The RDKit-generated drawing of the selected alkaloid, loaded lazily (not in `compact`). */
  @state() private drawing: { id: string; drawing: StructureDrawing } | undefined;

  /** Canonical id of the alkaloid shown (read-only). */
  get selectedId(): string {
    return this.current.id;
  }

  private get current(): Alkaloid {
    const id = resolveAlkaloid(this.alkaloid);
    return ALKALOIDS.find((a) => a.id === id) ?? ALKALOIDS[0]!;
  }

  private get baseLevel(): number {
    const level = this.headingLevel;
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
  }

  private loadDrawing(): void {
    const id = this.current.id;
    if (this.compact || !hasStructure(id) || this.drawing?.id === id) return;
    loadStructureDrawing(id).then(
      (drawing) => {
        if (drawing && this.current.id === id) this.drawing = { id, drawing };
      },
      (error: unknown) => this.warnOnce('structure', `could not load the structure drawing (${String(error)}).`),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('alkaloid') || changed.has('compact')) this.loadDrawing();
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
    if (changed.has('headingLevel')) {
      const level = this.headingLevel;
      if (!(Number.isInteger(level) && level >= 1 && level <= 6)) {
        this.warnOnce('heading-level', `heading-level="${String(level)}" is not 1–6; using 3.`);
      }
    }
  }

  protected override updated(): void {
    this.syncStates();
  }

  private syncStates(): void {
    const wanted = new Set<string>();
    if (this.compact) wanted.add('compact');
    if (isPastReview(REVIEWS.alkaloids.nextReview)) wanted.add('stale');
    if (this.sourcesOpen && !this.compact) wanted.add('sources-open');
    this.setStates(wanted);
  }

  // ── Selection ────────────────────────────────────────────────────────────────────────────

  private select(id: string): void {
    if (id === this.current.id) return;
    this.alkaloid = id;
    this.emit<AlkaloidSelectDetail>('kratom-alkaloid-select', { id });
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

  // ── Disclosures ──────────────────────────────────────────────────────────────────────────

  private onToggle(event: Event): void {
    const section = (event.currentTarget as HTMLElement).dataset.section as Section;
    if (section === 'sources') this.sourcesOpen = !this.sourcesOpen;
    else if (section === 'legend') this.legendOpen = !this.legendOpen;
    else if (section === 'corrections') this.correctionsOpen = !this.correctionsOpen;
  }

  /** The structure figure: host-slotted content wins; otherwise the generated RDKit drawing. */
  private renderStructure(a: Alkaloid): TemplateResult {
    const drawing = this.drawing?.id === a.id ? this.drawing.drawing : undefined;
    const label = msg(str`${a.name}, ${a.formula}: 2D structure drawing`, {
      id: 'alkaloidExplainer.structure.alt',
      desc: 'Text alternative of the chemical structure drawing. Placeholders: the alkaloid name and its formula (keep both as they are).',
    });
    // The figure keeps the same box before and after the drawing loads (no layout shift, also
    // after server-side rendering, where the drawing is loaded only in the browser).
    const available = hasStructure(a.id);
    return html`<figure class="structure" part="structure" ?hidden=${!this.hasStructure && !available} dir="ltr">
      <slot name="structure" @slotchange=${this.onSlotChange}
        >${
          available
            ? html`<div class="structure-frame">
                ${
                  drawing
                    ? html`<svg
                        class="structure-drawing"
                        viewBox=${drawing.viewBox}
                        width=${drawing.width}
                        height=${drawing.height}
                        role="img"
                        aria-label=${label}
                      >
                        ${drawing.drawing}
                      </svg>`
                    : nothing
                }
              </div>`
            : nothing
        }</slot
      >
      ${
        available && !this.hasStructure
          ? html`<figcaption class="structure-caption" dir=${this.direction}>
              ${msg('2D structure drawing', {
                id: 'alkaloidExplainer.structure.caption',
                desc: 'Caption under the chemical structure drawing of the selected alkaloid.',
              })}
              ${
                drawing && !drawing.confirmed
                  ? html`<span class="note"
                      >${msg('Structure not confirmed by a second record.', {
                        id: 'alkaloidExplainer.structure.unconfirmed',
                        desc: 'Caveat under a structure drawing whose source was not confirmed by a second record.',
                      })}</span
                    >`
                  : nothing
              }
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasStructure = slot
      .assignedNodes({ flatten: true })
      .some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
  }

  /**
   * A disclosure. Its body is built only once it has been opened (or the page prints), so the
   * closed sections (sources, legend, checked claims) cost nothing on first render.
   */
  private disclosure(section: Section, open: boolean, label: string, content: () => unknown): TemplateResult {
    const body = this.panelRendered(section, open) ? content() : nothing;
    return html`<div class="disclosure">
      <button
        class="toggle"
        part="toggle"
        type="button"
        data-section=${section}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${section}-body"
        @click=${this.onToggle}
      >
        <svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 9l6 6 6-6"></path>
        </svg>
        <span>${label}</span>
      </button>
      <div id="${section}-body" class="disclosure-body" ?hidden=${!open}>${body}</div>
    </div>`;
  }

  // ── Building blocks ──────────────────────────────────────────────────────────────────────

  private heading(text: unknown, offset = 0, id?: string): TemplateResult {
    const level = Math.min(6, this.baseLevel + offset);
    return html`<div class="heading h${offset}" part="heading" role="heading" aria-level=${level} id=${id ?? nothing}>
      ${text}
    </div>`;
  }

  /** Links to the given sources, or `nothing` when none resolve. */
  private citations(ids: readonly string[]): TemplateResult | typeof nothing {
    const sources = resolveSources(ids);
    if (sources.length === 0) return nothing;
    return html`<span class="cites" part="claim-sources"
      ><span class="cites-label"
        >${msg('Sources:', {
          id: 'alkaloidExplainer.cite.label',
          desc: 'Label before the short source links that follow a statement (e.g. "Sources: Kruegel 2016"). Short.',
        })}</span
      >
      <ul class="cites-list">
        ${sources.map((s) => {
          const href = safeUrl(s.url);
          const name = sourceShortName(s);
          const title = s.title;
          const hidden = msg(str`: ${title} (opens in a new tab)`, {
            id: 'alkaloidExplainer.cite.linkDetail',
            desc: 'Screen-reader text read after a short source link such as "Kruegel 2016". Placeholder: the source title (not translated). Keep the leading colon or use local punctuation.',
          });
          // One template per item (not an item holding a link template): citations repeat often.
          return href
            ? html`<li>
                <a href=${href} target="_blank" rel="noopener noreferrer" part="source-link" data-source-id=${s.id}
                  >${name}<span class="visually-hidden">${hidden}</span></a
                >
              </li>`
            : html`<li>
                <span data-source-id=${s.id}>${name}</span>
              </li>`;
        })}
      </ul></span
    >`;
  }

  /**
   * A statement with its caveat, evidence chip and sources. `chip: false` for a "no data found"
   * statement: it reports an absence, so no evidence level is shown for it.
   */
  private claimBlock(claim: Claim, extraClass = '', chip = true): TemplateResult {
    return html`<div class="claim ${extraClass}" part="claim" data-claim-id=${claim.id} data-level=${claim.level}>
      <p class="claim-text">${claim.text()}</p>
      ${claim.caveat ? html`<p class="claim-caveat" part="claim-caveat">${claim.caveat()}</p>` : nothing}
      <div class="claim-meta">${chip ? claimEvidenceChip(claim) : nothing} ${this.citations(claim.sources)}</div>
    </div>`;
  }

  private formula(formula: string): TemplateResult {
    return html`<span class="formula ltr" part="formula" dir="ltr" translate="no"
      >${formulaParts(formula).map(([el, n]) => html`${el}${n ? html`<sub>${n}</sub>` : nothing}`)}</span
    >`;
  }

  private molarMass(value: number): string {
    const mass = formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return msg(str`${mass} g/mol`, {
      id: 'alkaloidExplainer.identity.molarMassValue',
      desc: 'Molar mass with its unit, e.g. "398.5 g/mol". Placeholder: a formatted number. Keep the unit "g/mol".',
    });
  }

  private pubchemId(cid: number): string {
    const id = formatNumber(cid, { useGrouping: false });
    return msg(str`CID ${id}`, {
      id: 'alkaloidExplainer.identity.pubchemValue',
      desc: 'PubChem compound id, e.g. "CID 3034396". Placeholder: the number. "CID" (compound identifier) is a database term; usually keep it.',
    });
  }

  // ── Detail panel ─────────────────────────────────────────────────────────────────────────

  private renderIdentity(a: Alkaloid): TemplateResult {
    return html`<div class="identity-row">
      <div class="identity" part="identity">
        <dl class="facts">
          <div>
            <dt>
              ${msg('Formula', { id: 'alkaloidExplainer.identity.formula', desc: 'Label for the chemical formula. Short.' })}
            </dt>
            <dd>${this.formula(a.formula)}</dd>
          </div>
          <div>
            <dt>
              ${msg('Molar mass', {
                id: 'alkaloidExplainer.identity.molarMass',
                desc: 'Label for the molar mass (weight of one mole, in g/mol). Short.',
              })}
            </dt>
            <dd part="molar-mass">${this.molarMass(a.molarMass)}</dd>
          </div>
          ${
            a.pubchemCid !== null
              ? html`<div>
                  <dt>
                    ${msg('PubChem record', {
                      id: 'alkaloidExplainer.identity.pubchem',
                      desc: 'Label for the PubChem compound id (CID). "PubChem" is a database name; keep it.',
                    })}
                  </dt>
                  <dd>
                    <span class="ltr" dir="ltr" translate="no">${this.pubchemId(a.pubchemCid)}</span>
                  </dd>
                </div>`
              : nothing
          }
        </dl>
        ${
          a.identityVerified
            ? nothing
            : html`<p class="note" part="identity-note">
                ${msg('Formula and molar mass are not confirmed in a primary database.', {
                  id: 'alkaloidExplainer.identity.unverified',
                  desc: 'Caveat when the formula and molar mass were not checked in a primary chemical database (such as PubChem). Keep "not confirmed".',
                })}
              </p>`
        }
        ${this.citations(a.identitySources)}
      </div>
      ${this.renderStructure(a)}
    </div>`;
  }

  private renderShare(a: Alkaloid): TemplateResult {
    const share = a.share;
    const note = shareNote(share);
    const sources = resolveSources(share.sources);
    return html`<div class="share block" part="share">
      ${this.heading(
        msg('Share of the alkaloids in the leaf', {
          id: 'alkaloidExplainer.share.heading',
          desc: 'Heading: how much of the total alkaloids in kratom leaf this alkaloid makes up.',
        }),
        1,
      )}
      <p class="share-value" part="share-value" data-kind=${share.kind}>${shareValue(share)}</p>
      ${note ? html`<p class="note" part="share-note">${note}</p>` : nothing}
      <p class="share-basis">${share.basis()}</p>
      ${
        sources.length
          ? this.citations(share.sources)
          : html`<p class="note">
              ${msg('No source in our bibliography supports a figure.', {
                id: 'alkaloidExplainer.share.noSource',
                desc: 'Shown when the only share figures come from vendor or blog pages that are not in the bibliography.',
              })}
            </p>`
      }
    </div>`;
  }

  private renderReceptor(effect: ReceptorEffect): TemplateResult {
    return html`<li class="receptor" part="receptor" data-receptor=${effect.receptor} data-action=${effect.action}>
      <div class="receptor-head">
        <strong class="receptor-name">${receptorLabel(effect.receptor)}</strong>
        <span class="receptor-action" part="receptor-action">${actionLabel(effect.action)}</span>
      </div>
      ${this.claimBlock(effect.claim, '', effect.action !== 'no-data')}
    </li>`;
  }

  private renderPanel(a: Alkaloid): TemplateResult {
    const role = html`<div class="role" part="role">${this.claimBlock(a.role)}</div>`;
    if (this.compact) {
      return html`<div id="panel" class="panel" role="tabpanel" part="panel" aria-labelledby="tab-${a.id}" tabindex="0">
        ${role}
      </div>`;
    }
    return html`<div id="panel" class="panel" role="tabpanel" part="panel" aria-labelledby="tab-${a.id}" tabindex="0">
      ${this.heading(nameOf(a), 0, 'panel-heading')} ${role} ${this.renderIdentity(a)} ${this.renderShare(a)}
      <div class="block">
        ${this.heading(
          msg('What it acts on', {
            id: 'alkaloidExplainer.receptors.heading',
            desc: 'Heading above the receptors and liver enzymes this alkaloid acts on.',
          }),
          1,
        )}
        <ul class="receptors" part="receptors">
          ${a.receptors.map((r) => this.renderReceptor(r))}
        </ul>
      </div>
      <div class="caveat block" part="caveat">
        ${this.heading(
          msg('Keep in mind', {
            id: 'alkaloidExplainer.caveat.heading',
            desc: 'Heading above the key caveat for this alkaloid. Short, calm.',
          }),
          1,
        )}
        ${this.claimBlock(a.caveat)}
      </div>
    </div>`;
  }

  // ── Chart ────────────────────────────────────────────────────────────────────────────────

  /**
   * One SVG track per alkaloid on a 0–100 % axis. Geometry is in viewBox units (= percent), as SVG
   * attributes, drawn left to right; the stylesheet mirrors the track with `:dir(rtl)`, so bars and
   * the (HTML) axis labels always follow the same text direction, even when it changes live.
   */
  private chartTrack(a: Alkaloid): TemplateResult {
    const bar = shareBar(a.share);
    const grid = [25, 50, 75].map(
      (x) => svg`<line class="grid" x1=${x} x2=${x} y1="0" y2="14" vector-effect="non-scaling-stroke"></line>`,
    );
    let shape: unknown = nothing;
    if (bar) {
      const width = Math.max(bar.to - bar.from, 0.5);
      shape = svg`<rect class="bar" part="chart-bar" x=${bar.from} y="4" width=${width} height="6"></rect>
        ${bar.openStart ? nothing : svg`<line class="cap" x1=${bar.from} x2=${bar.from} y1="1" y2="13" vector-effect="non-scaling-stroke"></line>`}
        <line class="cap" x1=${bar.to} x2=${bar.to} y1="1" y2="13" vector-effect="non-scaling-stroke"></line>`;
    }
    return html`<svg class="track" viewBox="0 0 100 14" preserveAspectRatio="none" focusable="false">
      <rect class="track-bg" x="0" y="0" width="100" height="14"></rect>
      ${grid}${shape}
    </svg>`;
  }

  private renderChart(selected: Alkaloid): TemplateResult {
    const noteCol = msg('Note', {
      id: 'alkaloidExplainer.chart.colNote',
      desc: 'Column header in the chart table: notes on how reliable each figure is.',
    });
    return html`<div class="chart-section block">
      ${this.heading(
        msg('Leaf composition', {
          id: 'alkaloidExplainer.chart.heading',
          desc: 'Heading of the chart of typical shares of each alkaloid in kratom leaf.',
        }),
        0,
      )}
      <figure class="chart" part="chart">
        <figcaption>
          <p>
            ${msg(
              'Typical share of each alkaloid in all the alkaloids of kratom leaf. Bars show reported ranges, not exact amounts: they vary by plant and product.',
              {
                id: 'alkaloidExplainer.chart.caption',
                desc: 'Caption of the leaf composition chart. Keep "ranges, not exact amounts".',
              },
            )}
          </p>
          ${this.citations(chartSourceIds())}
        </figcaption>
        <div class="chart-visual" aria-hidden="true">
          ${ALKALOIDS.map((a) => {
            const note = shareNote(a.share);
            const isSelected = a.id === selected.id;
            return html`<div class="chart-row${isSelected ? ' is-selected' : ''}" data-alkaloid=${a.id}>
              <span class="chart-name">${nameOf(a)}</span>
              ${this.chartTrack(a)}
              <span class="chart-value"
                >${shareValue(a.share)}${
                  note
                    ? html`<span class="chart-note"
                        >${msg('not checked', {
                          id: 'alkaloidExplainer.chart.unverifiedShort',
                          desc: 'Very short note under a chart figure that rests on secondary or vendor pages only. Max ~15 characters.',
                        })}</span
                      >`
                    : nothing
                }</span
              >
            </div>`;
          })}
          <div class="chart-row chart-axis">
            <span class="chart-name"></span>
            <span class="axis"><span>${percent(0)}</span><span>${percent(50)}</span><span>${percent(100)}</span></span>
            <span class="chart-value"></span>
          </div>
          <p class="chart-legend">
            ${msg('A bar with end marks shows a reported range. No bar: no reliable figure, or not in the leaf.', {
              id: 'alkaloidExplainer.chart.legend',
              desc: 'Legend under the chart explaining how ranges and missing figures are drawn.',
            })}
          </p>
        </div>
        <div class="visually-hidden">
          <table part="chart-table">
            <caption>
              ${msg('Share of all leaf alkaloids, by alkaloid', {
                id: 'alkaloidExplainer.chart.tableCaption',
                desc: 'Caption of the screen-reader table that repeats the chart data.',
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  ${msg('Alkaloid', { id: 'alkaloidExplainer.chart.colAlkaloid', desc: 'Column header: alkaloid name.' })}
                </th>
                <th scope="col">
                  ${msg('Typical share', {
                    id: 'alkaloidExplainer.chart.colShare',
                    desc: 'Column header: typical share of all leaf alkaloids.',
                  })}
                </th>
                <th scope="col">${noteCol}</th>
              </tr>
            </thead>
            <tbody>
              ${ALKALOIDS.map(
                (a) =>
                  html`<tr data-alkaloid=${a.id}>
                    <th scope="row">${nameOf(a)}</th>
                    <td>${shareValue(a.share)}</td>
                    <td>${shareNote(a.share)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </figure>
    </div>`;
  }

  // ── Pain and inflammation ────────────────────────────────────────────────────────────────

  private renderPain(): TemplateResult {
    const corrections = (): TemplateResult =>
      html`<ul class="corrections">
        ${CORRECTIONS.map(
          (c) =>
            html`<li class="correction" part="correction" data-correction=${c.id}>
              <p class="popular">
                <span class="popular-label"
                  >${msg('People say:', {
                    id: 'alkaloidExplainer.corrections.popularLabel',
                    desc: 'Label before a popular claim quoted as something people say (not our view). Short.',
                  })}</span
                >
                <q>${c.popular()}</q>
              </p>
              <p class="answer-label">
                ${msg('What the evidence says:', {
                  id: 'alkaloidExplainer.corrections.answerLabel',
                  desc: 'Label before the evidence-based answer to a popular claim. Short.',
                })}
              </p>
              ${this.claimBlock(c.correction, 'correction-answer')}
              <ul class="points">
                ${c.points.map((p) => html`<li>${this.claimBlock(p)}</li>`)}
              </ul>
            </li>`,
        )}
      </ul>`;
    return html`<div class="pain block" part="pain">
      ${this.heading(
        msg('What the evidence says about pain and inflammation', {
          id: 'alkaloidExplainer.pain.heading',
          desc: 'Heading of the section that answers popular claims about kratom, pain and inflammation honestly.',
        }),
        0,
      )}
      <ul class="claims">
        ${PAIN_EVIDENCE.map((c) => html`<li>${this.claimBlock(c)}</li>`)}
      </ul>
      ${this.disclosure(
        'corrections',
        this.correctionsOpen,
        msg('Popular claims, checked', {
          id: 'alkaloidExplainer.corrections.toggle',
          desc: 'Button that shows popular claims about kratom with what the evidence says instead. Short.',
        }),
        corrections,
      )}
    </div>`;
  }

  // ── Whole element ────────────────────────────────────────────────────────────────────────

  /** Claims rendered for the selected alkaloid and the shared sections, in reading order. */
  private renderedClaims(a: Alkaloid): Claim[] {
    return [
      a.role,
      ...a.receptors.map((r) => r.claim),
      a.caveat,
      ...PAIN_EVIDENCE,
      ...CORRECTIONS.flatMap((c) => [c.correction, ...c.points]),
    ];
  }

  private renderFooter(a: Alkaloid): TemplateResult {
    const claims = this.renderedClaims(a);
    const ids = unique([
      ...sourceIdsOf([a.role]),
      ...a.identitySources,
      ...a.share.sources,
      ...sourceIdsOf(claims),
      ...chartSourceIds(),
    ]);
    const sources = resolveSources(ids);
    const levels: EvidenceLevel[] = EVIDENCE_LEVELS.filter((level) => claims.some((c) => c.level === level));
    return html`<div class="end">
      ${this.disclosure(
        'legend',
        this.legendOpen,
        msg('What the evidence labels mean', {
          id: 'alkaloidExplainer.legend.toggle',
          desc: 'Button that shows what each evidence-level chip means. Short.',
        }),
        () => evidenceLegend(levels),
      )}
      ${this.disclosure('sources', this.sourcesOpen, sourcesSummaryLabel(sources.length), () => sourceList(sources))}
      ${reviewFooter(REVIEWS.alkaloids)}
    </div>`;
  }

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
    return html`<div class="root${this.compact ? ' is-compact' : ''}" part="base" dir=${dir}>
      ${translationNotice()} ${tablist} ${this.renderPanel(a)}
      ${this.compact ? nothing : html`${this.renderChart(a)} ${this.renderPain()} ${this.renderFooter(a)}`}
    </div>`;
  }
}
