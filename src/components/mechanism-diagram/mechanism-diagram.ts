import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { KratomElement } from '../../shared/kratom-element.js';
import { indexForKey } from '../../shared/keyboard.js';
import { DEFAULT_HEADING_LEVEL, headingLevel, headingLevelWarning } from '../../shared/heading.js';
import { reviewFooter } from '../../shared/review-footer.js';
import { translationNotice } from '../../shared/translation-notice.js';
import { REVIEWS } from '../../content/review.js';
import type { PathwayId } from '../../content/types.js';
import { renderBanner } from './banner.template.js';
import { renderCaption } from './caption.template.js';
import { renderControls } from './controls.template.js';
import { renderLane } from './lane.template.js';
import { renderLegend } from './legend.template.js';
import { stepSummary, summaryText } from './mechanism-diagram.messages.js';
import { renderList } from './step-list.template.js';
import { lanesFor, mechanismStepOrder, type MechanismPathway, type OrderedStep } from './step-order.js';
import { mechanismDiagramStyles } from './mechanism-diagram.styles.js';

export { mechanismStepOrder, type MechanismPathway, type OrderedStep };

/** How the diagram is shown: the SVG diagram with step-through, or the ordered list of steps. */
export type MechanismView = 'diagram' | 'list';

/** Detail of the `kratom-step-change` event. */
export interface MechanismStepChangeDetail {
  /** The lane the new current step belongs to. */
  pathway: PathwayId;
  /** The new 0-based step index (same as the `step` property). */
  step: number;
  /** The content id of the step, e.g. `opioid.mu-receptor`. */
  id: string;
}

/** Detail of the `kratom-view-change` event. */
export interface MechanismViewChangeDetail {
  view: MechanismView;
}

// In GlobalEventHandlersEventMap, which HTMLElementEventMap (and the document's and window's maps)
// extend: the events bubble and are composed, so listeners on ancestors are typed too.
declare global {
  interface GlobalEventHandlersEventMap {
    'kratom-step-change': CustomEvent<MechanismStepChangeDetail>;
    'kratom-view-change': CustomEvent<MechanismViewChangeDetail>;
  }
}

/**
 * Shows how kratom's alkaloids are thought to act — the mu-opioid pathway and the claimed
 * anti-inflammatory pathway — and how strong the evidence for every step is. Each box and arrow is
 * drawn in the line style of its evidence level (sparse dots for lab tests, dots for animal
 * studies, dashes for case reports, long dashes for surveys, solid for controlled trials, the
 * strongest kind of study; a health authority's statement, which is not a study, has its own
 * dash-dot line, never a stronger one) and carries the evidence icon; a legend explains both, and
 * every box says how far its evidence reaches ("Cells only", "Rodents only", "Lab and rodents only",
 * "People", "No human evidence").
 *
 * **Step-through.** Previous/Next, the arrow keys (on the focused diagram) and Home/End move through
 * the steps; the current box is highlighted (outline ring, not colour alone), its caption and sources
 * appear below the diagram, and the step is announced politely. Order: lane by lane (opioid first
 * when both are shown), each lane's main chain top to bottom, each main step followed at once by the
 * side steps that hang from it.
 *
 * **Text alternative.** The figure caption is a short description; the full description is an
 * ordered list of every step with its evidence level, always in the accessibility tree and shown
 * to everyone with "Show as list".
 *
 * **Layout.** Lanes sit side by side when the element is at least 560 px wide and stack below that
 * (container query on the element, so give it a width inside flex or grid layouts). Each lane is a
 * scalable SVG (`viewBox`) that stays legible down to 320 px.
 *
 * **Right to left.** The diagram mirrors: the chain's arrows run down the start (right) edge and
 * side steps are indented towards the end (left), so reading order follows `dir`. The chain's
 * arrows point down in both directions, so conversions such as mitragynine → 7-OH never read
 * backwards; side-step connectors have no arrowhead (they mark findings at a step, not a further
 * step). Arrow keys follow the reading direction: in RTL, ArrowLeft is "next".
 *
 * @summary Mechanism diagram of kratom's opioid and inflammation pathways, with the evidence level of every step.
 * @tag kratom-mechanism-diagram
 *
 * @fires kratom-step-change - Fired when the reader moves to another step (buttons, keys or a click on a box); not for changes made by the page. Detail: `{ pathway: 'opioid' | 'inflammation', step: number, id: string }` — the lane of the new step, its 0-based index, its content id.
 * @fires kratom-view-change - Fired when the reader switches between diagram and list. Detail: `{ view: 'diagram' | 'list' }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart banner - The "how it may work is not proof" banner.
 * @csspart banner-icon - The warning icon in the banner.
 * @csspart summary - The short description (figure caption).
 * @csspart view-toggle - The "Show as list" / "Show as diagram" button.
 * @csspart diagram - The focusable step-through region that holds the lanes.
 * @csspart lane - Each lane (title and SVG).
 * @csspart lane-title - The title of each lane.
 * @csspart lane-svg - The SVG drawing of each lane.
 * @csspart node - Each step box in the SVG (a `<g>`); the current one also has `current-node`.
 * @csspart current-node - The highlighted step box.
 * @csspart edge - Each arrow or side connector in the SVG (a `<g>`).
 * @csspart edge-label - The label on an arrow (e.g. the liver enzyme).
 * @csspart evidence-icon - The evidence-level icon (in boxes, chips and the legend).
 * @csspart controls - The Previous / counter / Next bar.
 * @csspart nav-button - The Previous and Next buttons (also `previous` or `next`).
 * @csspart previous - The Previous button.
 * @csspart next - The Next button.
 * @csspart counter - The "Step 3 of 19" counter.
 * @csspart caption - The caption of the current step, below the diagram.
 * @csspart sources - The list of sources (caption and list view).
 * @csspart source-link - Each source link.
 * @csspart external-icon - The "opens in a new tab" icon of a source link.
 * @csspart source - Each entry of a list of sources.
 * @csspart evidence-chip - The evidence-level chip (icon and name).
 * @csspart list - The long description: the ordered list of steps (shown by "Show as list").
 * @csspart legend - The legend of line styles, icons and connectors.
 * @csspart review - The review footer.
 * @csspart publisher-review - The footer line "Reviewed for {publisher} by {reviewer}, {role}, on {date}." when the page declares its own medical review (`publisherReview`), or the notice that it was of an earlier content version.
 * @csspart publisher-review-outdated - That line when the review was of another content version (marked like `stale`).
 * @csspart translation-notice - The line shown near the top while the active translation is not yet reviewed by a medical translator.
 * @csspart stale - The "may be out of date" marker.
 *
 * @cssproperty --kratom-color-text - Text, box outlines and lines.
 * @cssproperty --kratom-color-text-muted - Arrow labels and secondary text.
 * @cssproperty --kratom-color-surface - Background.
 * @cssproperty --kratom-color-surface-raised - Box fill and bars.
 * @cssproperty --kratom-color-border - Borders of panels and buttons.
 * @cssproperty --kratom-color-accent - The current step's outline and ring.
 * @cssproperty --kratom-color-focus - Focus ring.
 * @cssproperty --kratom-color-restricted - Marks "No human evidence" and the banner edge.
 * @cssproperty --kratom-radius - Corner radius of panels.
 * @cssproperty --kratom-space-1 - Small spacing.
 * @cssproperty --kratom-space-2 - Medium spacing.
 * @cssproperty --kratom-space-3 - Large spacing.
 * @cssproperty --kratom-font-family - Font family (inherits the page font by default).
 * @cssproperty --kratom-color-scheme - `light`, `dark` or `light dark` (default: follow the reader).
 *
 * @cssstate first-step - The first step is current.
 * @cssstate last-step - The last step is current.
 * @cssstate list - Deprecated: use :host([view="list"]); removed in 0.3.
 * @cssstate opioid - Deprecated: use :host([pathway="opioid"]); removed in 0.3.
 * @cssstate inflammation - Deprecated: use :host([pathway="inflammation"]); removed in 0.3.
 * @cssstate both - Deprecated: use :host(:not([pathway="opioid"]):not([pathway="inflammation"])); removed in 0.3.
 */
export class KratomMechanismDiagram extends KratomElement {
  static override styles = mechanismDiagramStyles;
  /** @internal */
  protected static override localePart = 'mechanism-diagram';

  /** Which lanes to show: `opioid`, `inflammation` or `both` (default). Anything else shows both, with one console warning. */
  @property({ reflect: true, useDefault: true }) pathway: MechanismPathway = 'both';

  /**
   * The current step, 0-based, in step-through order (see the class description). Reflects the step
   * the reader moved to. Out of range → the nearest valid step; not a whole number → rounded down;
   * not a number → 0; each with one console warning.
   */
  @property({ type: Number, reflect: true, useDefault: true }) step = 0;

  /** `diagram` (default) or `list` (the ordered list of steps, shown to everyone). Anything else → `diagram`, with one warning. */
  @property({ reflect: true, useDefault: true }) view: MechanismView = 'diagram';

  /**
   * The level (1–6) of the diagram's headings: the lane titles, the titles of the current step, the
   * list of steps and the legend; their sub-titles are one level deeper. Anything else → 3, with one
   * console warning.
   */
  @property({ type: Number, attribute: 'heading-level', reflect: true, useDefault: true })
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Set after the reader moved to a step, so the polite live region announces it. */
  @state() private announce = false;

  private scrollPending = false;

  /** The step order of the last pathway asked for: the same for every read until `pathway` changes. */
  private order?: { pathway: MechanismPathway; steps: readonly OrderedStep[] };

  /** The steps in step-through order for the current `pathway` (read-only). */
  get steps(): OrderedStep[] {
    return [...this.orderedSteps];
  }

  /** Number of steps for the current `pathway` (read-only). */
  get stepCount(): number {
    return this.orderedSteps.length;
  }

  /** The content id of the current step (read-only), e.g. `opioid.leaf`. */
  get currentStepId(): string {
    return this.orderedSteps[this.currentIndex]?.step.id ?? '';
  }

  /** The steps in step-through order, computed once per pathway (also right after `pathway` is set). */
  private get orderedSteps(): readonly OrderedStep[] {
    const pathway = this.effectivePathway;
    if (this.order?.pathway !== pathway) this.order = { pathway, steps: mechanismStepOrder(pathway) };
    return this.order.steps;
  }

  private get effectivePathway(): MechanismPathway {
    return this.pathway === 'opioid' || this.pathway === 'inflammation' ? this.pathway : 'both';
  }

  private get isList(): boolean {
    return this.view === 'list';
  }

  private get currentIndex(): number {
    const count = this.orderedSteps.length;
    const n = Number.isFinite(this.step) ? Math.floor(this.step) : 0;
    return Math.min(Math.max(n, 0), Math.max(count - 1, 0));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pathway')) {
      if (this.pathway !== 'opioid' && this.pathway !== 'inflammation' && this.pathway !== 'both') {
        this.warnOnce(
          'pathway',
          `pathway="${String(this.pathway)}" is not "opioid", "inflammation" or "both"; showing both.`,
        );
      }
    }
    if (changed.has('view')) {
      if (this.view !== 'diagram' && this.view !== 'list') {
        this.warnOnce('view', `view="${String(this.view)}" is not "diagram" or "list"; showing the diagram.`);
      }
    }
    const badLevel = changed.has('headingLevel') && headingLevelWarning(this.headingLevel);
    if (badLevel) this.warnOnce('heading-level', badLevel);
    if (changed.has('step') || changed.has('pathway')) {
      const count = this.orderedSteps.length;
      const raw = this.step as unknown;
      const fixed = this.currentIndex;
      if (changed.has('step')) {
        if (typeof raw !== 'number' || !Number.isFinite(raw)) {
          this.warnOnce('step', `step="${String(raw)}" is not a number; showing step 0.`);
        } else if (!Number.isInteger(raw)) {
          this.warnOnce('step', `step="${raw}" is not a whole number; showing step ${fixed}.`);
        } else if (raw !== fixed) {
          this.warnOnce('step', `step="${raw}" is outside 0–${count - 1}; showing step ${fixed}.`);
        }
      }
      if (raw !== fixed) this.step = fixed;
      if (this.hasUpdated) this.announce = true;
    }
  }

  protected override updated(): void {
    this.syncStates();
    if (this.scrollPending) {
      this.scrollPending = false;
      const node = this.renderRoot.querySelector<SVGGElement>('.node.current');
      // Keep the current box in view; `nearest` does nothing when it already is.
      if (node && typeof node.scrollIntoView === 'function')
        node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  private syncStates(): void {
    const last = this.stepCount - 1;
    const wanted = new Set<string>([this.effectivePathway]);
    if (this.isList) wanted.add('list');
    if (this.currentIndex === 0) wanted.add('first-step');
    if (this.currentIndex === last) wanted.add('last-step');
    this.setStates(wanted);
  }

  /** Moves to `index` because the reader asked to; fires `kratom-step-change`. */
  private go(index: number): void {
    const steps = this.orderedSteps;
    const target = Math.min(Math.max(index, 0), steps.length - 1);
    if (target === this.currentIndex || !steps[target]) return;
    this.step = target;
    this.scrollPending = true;
    const { step } = steps[target];
    this.emit<MechanismStepChangeDetail>('kratom-step-change', { pathway: step.pathway, step: target, id: step.id });
  }

  private onPrevious(): void {
    this.go(this.currentIndex - 1);
  }

  private onNext(): void {
    this.go(this.currentIndex + 1);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = this.direction === 'rtl';
    const target = indexForKey(event.key, this.currentIndex, this.stepCount, rtl, true);
    if (target === undefined) return;
    event.preventDefault();
    this.go(target);
  }

  private onDiagramClick(event: MouseEvent): void {
    const node = (event.target as Element | null)?.closest?.('[data-index]');
    if (!node) return;
    const index = Number(node.getAttribute('data-index'));
    if (Number.isInteger(index)) this.go(index);
  }

  private toggleView(): void {
    this.view = this.isList ? 'diagram' : 'list';
    this.emit<MechanismViewChangeDetail>('kratom-view-change', { view: this.view });
  }

  // ---------------------------------------------------------------------------------------------- render

  protected renderContent(): unknown {
    const steps = this.orderedSteps;
    const level = headingLevel(this.headingLevel);
    const total = steps.length;
    const lanes = lanesFor(this.effectivePathway);
    const current = this.currentIndex;
    const ordered = steps[current];
    const rtl = this.direction === 'rtl';
    const list = this.isList;
    if (!ordered) return this.renderFallback();
    // <section> (unnamed, so not a landmark) keeps the review <footer> from becoming a page-level
    // contentinfo landmark, which would repeat for every widget on the page.
    return html`<section class="root" part="base" dir=${rtl ? 'rtl' : 'ltr'} data-pathway=${this.effectivePathway}>
      ${translationNotice()} ${renderBanner(steps)}
      <figure class="figure">
        <figcaption class="summary" part="summary" id="summary">${summaryText(this.effectivePathway)}</figcaption>
        <div class="toolbar">
          <button class="view-toggle" part="view-toggle" type="button" @click=${this.toggleView}>
            ${
              list
                ? msg('Show as diagram', {
                    id: 'mechanismDiagram.view.showDiagram',
                    desc: 'Button that switches from the list of steps back to the diagram. Short.',
                  })
                : msg('Show as list', {
                    id: 'mechanismDiagram.view.showList',
                    desc: 'Button that shows the diagram as an ordered list of steps with their evidence. Short.',
                  })
            }
          </button>
        </div>
        <div class="diagram-wrap" ?hidden=${list}>
          <div
            class="diagram"
            part="diagram"
            role="group"
            tabindex="0"
            aria-roledescription=${msg('step-through diagram', {
              id: 'mechanismDiagram.diagram.roleDescription',
              desc: 'Screen-reader role description of the focusable diagram area (replaces "group"). Lower case, short.',
            })}
            aria-label=${msg('Mechanism diagram', {
              id: 'mechanismDiagram.diagram.label',
              desc: 'Accessible name of the focusable diagram area.',
            })}
            aria-describedby="current-summary keys-hint"
            @keydown=${this.onKeydown}
            @click=${this.onDiagramClick}
          >
            <div class="lanes" data-count=${lanes.length}>
              ${lanes.map((lane) => renderLane(lane, steps, current, rtl, this.locale, level))}
            </div>
            <span class="visually-hidden" id="keys-hint"
              >${msg('Use the arrow keys to move between steps. Home goes to the first step, End to the last.', {
                id: 'mechanismDiagram.diagram.keysHint',
                desc: 'Screen-reader hint read when the diagram gets focus.',
              })}</span
            >
          </div>
          ${renderControls(current, total, this.onPrevious, this.onNext)} ${renderCaption(ordered, total, level)}
        </div>
        ${renderList(steps, lanes, list, level)}
      </figure>
      ${renderLegend(steps, level)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announce && !list ? stepSummary(ordered, total) : nothing}
      </div>
      ${reviewFooter(REVIEWS.mechanism)}
    </section>`;
  }
}
