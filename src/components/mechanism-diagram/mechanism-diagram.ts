import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KratomElement } from '../../shared/kratom-element.js';
import { indexForKey } from '../../shared/keyboard.js';
import { evidenceChip } from '../../shared/evidence-chip.js';
import { claimEvidenceChip } from '../../shared/claim-evidence-chip.js';
import { EVIDENCE_SHAPES, severityIcon } from '../../shared/icons.js';
import { sourceList } from '../../shared/source-list.js';
import { reviewFooter } from '../../shared/review-footer.js';
import { translationNotice } from '../../shared/translation-notice.js';
import { formatNumber, pluralCategory } from '../../shared/format.js';
import { PATHWAY_STEPS } from '../../content/pathways.js';
import { resolveSources } from '../../content/bibliography.js';
import { REVIEWS } from '../../content/review.js';
import { EVIDENCE_LEVELS, evidenceLevelExplanation, evidenceLevelLabel } from '../../content/evidence-levels.js';
import {
  PATHWAYS,
  type EvidenceLevel,
  type EvidenceScope,
  type PathwayId,
  type PathwayStep,
} from '../../content/types.js';
import { mechanismDiagramStyles } from './mechanism-diagram.styles.js';

/** Which lanes the diagram shows. */
export type MechanismPathway = PathwayId | 'both';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'kratom-step-change': CustomEvent<MechanismStepChangeDetail>;
    'kratom-view-change': CustomEvent<MechanismViewChangeDetail>;
  }
}

/** One step in step-through order, with its 0-based position. */
export interface OrderedStep {
  readonly step: PathwayStep;
  readonly index: number;
  /** The main step a branch hangs from (branches only). */
  readonly parent?: PathwayStep;
  /** The main step before this one in its lane (main steps after the first only). */
  readonly previousMain?: PathwayStep;
}

function lanesFor(pathway: MechanismPathway): readonly PathwayId[] {
  return pathway === 'opioid' || pathway === 'inflammation' ? [pathway] : PATHWAYS;
}

/**
 * The step-through order: lane by lane (opioid first when both are shown); in each lane the main
 * chain in order, each main step followed right away by the side steps that hang from it (in
 * content order). Side steps whose parent is missing come last in their lane.
 */
export function mechanismStepOrder(pathway: MechanismPathway = 'both'): OrderedStep[] {
  const out: OrderedStep[] = [];
  for (const lane of lanesFor(pathway)) {
    const steps = PATHWAY_STEPS.filter((s) => s.pathway === lane);
    const mains = steps.filter((s) => s.kind === 'main');
    const placed = new Set<string>();
    let previousMain: PathwayStep | undefined;
    for (const main of mains) {
      out.push({ step: main, index: out.length, previousMain });
      placed.add(main.id);
      for (const branch of steps.filter((s) => s.kind === 'branch' && s.from === main.id)) {
        out.push({ step: branch, index: out.length, parent: main });
        placed.add(branch.id);
      }
      previousMain = main;
    }
    for (const orphan of steps.filter((s) => !placed.has(s.id))) out.push({ step: orphan, index: out.length });
  }
  return out;
}

const HUMAN_LEVELS: ReadonlySet<EvidenceLevel> = new Set([
  'human-case-reports',
  'human-observational',
  'human-controlled',
]);

// ------------------------------------------------------------------------------------------------
// Text wrapping for SVG labels. SVG text cannot be measured before it is drawn (and measuring
// would tie layout to the page font), so labels are wrapped by an estimate of their width in ems,
// deliberately generous so that wide fonts still fit inside the boxes.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ijlI.,:;'!|()[\]{} \u00a0ftr1-]/u;

const WIDE_LATIN = /[A-Z0-9mwMW@%&]/u;

/**
 * Text in which every code point is a grapheme of its own, so no segmenter is needed: printable
 * ASCII, Latin-1 and Latin Extended-A/B, Greek, general punctuation, arrows and mathematical
 * operators, none of which joins its neighbours (test/format.test.ts checks that against
 * Intl.Segmenter). English labels stay within it, and the first Intl.Segmenter a page constructs
 * makes the engine load its locale tables, 12 to 17 ms of main thread on this machine class.
 */
export const SINGLE_GRAPHEMES = /^[\x20-\x7e\xa0-\u024f\u0370-\u03ff\u2010-\u2027\u2030-\u205e\u2190-\u22ff]*$/;

/** Segmenters are costly to construct: one per granularity and locale, reused for every label. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(granularity: 'grapheme' | 'word', locale?: string): Intl.Segmenter {
  const key = `${granularity}:${locale ?? ''}`;
  let hit = segmenters.get(key);
  if (!hit) {
    hit = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, hit);
  }
  return hit;
}

function graphemes(text: string): string[] {
  if (SINGLE_GRAPHEMES.test(text)) return Array.from(text);
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(segmenter('grapheme').segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** Adds the estimated width of `text` (in ems) to `em`, grapheme by grapheme. */
function addEm(em: number, text: string): number {
  for (const g of SINGLE_GRAPHEMES.test(text) ? text : graphemes(text)) {
    if (WIDE.test(g)) em += 1;
    else if (NARROW.test(g)) em += 0.36;
    else if (WIDE_LATIN.test(g)) em += 0.74;
    else em += 0.6;
  }
  return em;
}

/** Estimated width of `text` in ems. */
function estimateEm(text: string): number {
  return addEm(0, text);
}

interface Piece {
  text: string;
  /** Whether a space separates this piece from the previous one. */
  spaced: boolean;
}

function splitLong(word: string, maxEm: number, locale: string): string[] {
  // 1. After hyphens ("7-hydroxymitragynine" → "7-", "hydroxymitragynine").
  const parts = word.split(/(?<=[-‐/])/u).filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    if (estimateEm(part) <= maxEm) {
      out.push(part);
      continue;
    }
    // 2. Word boundaries for scripts written without spaces (Thai, Chinese …).
    let words = [part];
    if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      words = Array.from(segmenter('word', locale).segment(part), (s) => s.segment);
    }
    // 3. Hard breaks between graphemes as a last resort.
    for (const w of words) {
      if (estimateEm(w) <= maxEm) {
        out.push(w);
        continue;
      }
      let chunk = '';
      for (const g of graphemes(w)) {
        if (chunk && estimateEm(chunk + g) > maxEm) {
          out.push(chunk);
          chunk = '';
        }
        chunk += g;
      }
      if (chunk) out.push(chunk);
    }
  }
  return out;
}

/** A wrapped label: its lines and whether it had to be cut short. */
export interface WrappedText {
  lines: string[];
  truncated: boolean;
}

/** Greedy wrap of `text` into at most `maxLines` lines of at most `maxEm` ems. */
export function wrapText(text: string, maxEm: number, maxLines: number, locale = 'en'): WrappedText {
  const pieces: Piece[] = [];
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const parts = estimateEm(word) <= maxEm ? [word] : splitLong(word, maxEm, locale);
    parts.forEach((p, i) => pieces.push({ text: p, spaced: i === 0 }));
  }
  const lines: string[] = [];
  let line = '';
  // The width of the line so far is carried along (same left-to-right sum as measuring the whole
  // candidate line again), so wrapping a label is linear in its length, not quadratic.
  let lineEm = 0;
  for (const piece of pieces) {
    if (!line) {
      line = piece.text;
      lineEm = estimateEm(line);
      continue;
    }
    const gap = piece.spaced ? ' ' : '';
    const candidateEm = addEm(addEm(lineEm, gap), piece.text);
    if (candidateEm > maxEm) {
      lines.push(line);
      line = piece.text;
      lineEm = estimateEm(line);
    } else {
      line = `${line}${gap}${piece.text}`;
      lineEm = candidateEm;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && estimateEm(`${last}…`) > maxEm) last = graphemes(last).slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return { lines: kept, truncated: true };
}

// ------------------------------------------------------------------------------------------------
// Lane layout. A lane is a vertical tree: main steps in one column, the chain's arrows running
// down the start edge, side steps indented under the step they hang from. Coordinates are in SVG
// user units and computed for left-to-right, then mirrored for right-to-left.

const LANE_WIDTH = 280;
const MARGIN = 8;
const MAIN_X = 8;
const MAIN_W = 264;
const MAIN_SPINE = 20;
const BRANCH_SPINE = 36;
const BRANCH_X = 52;
const BRANCH_W = 220;
const ICON = 18;
const ICON_INSET = 9;
/** Space reserved for the icon on the start side of a label, and padding on the end side. */
const TEXT_START = 32;
const TEXT_END = 8;
const PAD_TOP = 10;
const PAD_BOTTOM = 9;
const SCOPE_SIZE = 12;
const SCOPE_LINE = 15;
const EDGE_SIZE = 12;
const EDGE_LINE = 15;
const ARROW_GAP = 30;
const BRANCH_GAP = 12;
const LABEL_SIZES = [14, 12.5] as const;
const MAX_LINES = 3;

interface NodeLayout {
  readonly ordered: OrderedStep;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly fontSize: number;
  readonly label: WrappedText;
  readonly fullLabel: string;
  readonly scope: string;
}

interface EdgeLayout {
  readonly ordered: OrderedStep;
  readonly kind: 'main' | 'branch';
  readonly d: string;
  /** Arrowhead polygon points (main edges only). */
  readonly head?: string;
  readonly label?: { lines: string[]; x: number; y: number };
}

interface LaneLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: NodeLayout[];
  readonly edges: EdgeLayout[];
}

function fitLabel(text: string, boxWidth: number, locale: string): { fontSize: number; label: WrappedText } {
  const inner = boxWidth - TEXT_START - TEXT_END;
  let result: { fontSize: number; label: WrappedText } | undefined;
  for (const fontSize of LABEL_SIZES) {
    result = { fontSize, label: wrapText(text, inner / fontSize, MAX_LINES, locale) };
    if (!result.label.truncated) return result;
  }
  return result!;
}

/**
 * Lane layouts depend only on the steps shown, the direction and the locale (label text), not on
 * the current step: computed once per combination and shared by every instance, so stepping
 * through the diagram re-renders without re-measuring and re-wrapping every label.
 */
const laneLayouts = new Map<string, LaneLayout>();

function cachedLaneLayout(steps: readonly OrderedStep[], rtl: boolean, locale: string): LaneLayout {
  const key = `${rtl ? 'rtl' : 'ltr'}|${locale}|${steps.map((o) => `${o.index}:${o.step.id}`).join(',')}`;
  let hit = laneLayouts.get(key);
  if (!hit) {
    if (laneLayouts.size > 64) laneLayouts.clear();
    hit = layoutLane(steps, rtl, locale);
    laneLayouts.set(key, hit);
  }
  return hit;
}

function layoutLane(steps: readonly OrderedStep[], rtl: boolean, locale: string): LaneLayout {
  const X = (x: number) => (rtl ? LANE_WIDTH - x : x);
  const boxX = (x: number, w: number) => (rtl ? LANE_WIDTH - x - w : x);
  const nodes: NodeLayout[] = [];
  const edges: EdgeLayout[] = [];
  let y = MARGIN;
  let lastMain: NodeLayout | undefined;
  let lastBranchMid: number | undefined;

  const makeNode = (ordered: OrderedStep, x: number, w: number, top: number): NodeLayout => {
    const fullLabel = ordered.step.label();
    const { fontSize, label } = fitLabel(fullLabel, w, locale);
    const h = PAD_TOP + label.lines.length * fontSize * 1.25 + 4 + SCOPE_LINE + PAD_BOTTOM;
    return {
      ordered,
      x: boxX(x, w),
      y: top,
      w,
      h: Math.max(h, ICON + 2 * ICON_INSET),
      fontSize,
      label,
      fullLabel,
      scope: scopeLabel(ordered.step.scope),
    };
  };

  for (const ordered of steps) {
    if (ordered.step.kind === 'main' || !lastMain) {
      let top = y;
      let label: EdgeLayout['label'];
      if (lastMain) {
        const text = ordered.step.edgeLabel?.();
        let gap = ARROW_GAP;
        if (text) {
          const width = LANE_WIDTH - MARGIN - (MAIN_SPINE + 12);
          const wrapped = wrapText(text, width / EDGE_SIZE, 2, locale);
          gap = Math.max(ARROW_GAP, 12 + wrapped.lines.length * EDGE_LINE + 10);
          label = {
            lines: wrapped.lines,
            x: X(MAIN_SPINE + 12 + width / 2),
            y: y + 8 + EDGE_SIZE,
          };
        }
        top = y + gap;
        const from = lastMain.y + lastMain.h;
        edges.push({
          ordered,
          kind: 'main',
          d: `M${X(MAIN_SPINE)} ${from}V${top - 7}`,
          head: `${X(MAIN_SPINE) - 5},${top - 8} ${X(MAIN_SPINE) + 5},${top - 8} ${X(MAIN_SPINE)},${top}`,
          label,
        });
      }
      const node = makeNode(ordered, MAIN_X, MAIN_W, top);
      nodes.push(node);
      lastMain = node;
      lastBranchMid = undefined;
      y = top + node.h;
    } else {
      const top = y + BRANCH_GAP;
      const node = makeNode(ordered, BRANCH_X, BRANCH_W, top);
      const mid = top + node.h / 2;
      const start = lastBranchMid ?? lastMain.y + lastMain.h;
      edges.push({
        ordered,
        kind: 'branch',
        d: `M${X(BRANCH_SPINE)} ${start}V${mid}H${X(BRANCH_X)}`,
      });
      nodes.push(node);
      lastBranchMid = mid;
      y = top + node.h;
    }
  }
  return { width: LANE_WIDTH, height: y + MARGIN, nodes, edges };
}

// ------------------------------------------------------------------------------------------------
// Localised words.

function laneName(lane: PathwayId): string {
  return lane === 'opioid'
    ? msg('Opioid pathway', {
        id: 'mechanismDiagram.lane.opioid',
        desc: 'Title of the mechanism diagram lane about the mu-opioid receptor. Short, at most 30 characters.',
      })
    : msg('Inflammation (lab and animal findings only)', {
        id: 'mechanismDiagram.lane.inflammation',
        desc: 'Title of the mechanism diagram lane about inflammation (COX-2, prostaglandins). Keep "lab and animal findings only": nothing in this lane was shown in people. Short, at most 45 characters.',
      });
}

/** Short localised label of how far the evidence for a step reaches (shown inside each box). */
function scopeLabel(scope: EvidenceScope): string {
  switch (scope) {
    case 'cells-only':
      return msg('Cells only', {
        id: 'mechanismDiagram.scope.cells-only',
        desc: 'Tag inside a mechanism diagram box: the evidence for this step comes only from cells in a lab dish. At most 22 characters.',
      });
    case 'rodents-only':
      return msg('Rodents only', {
        id: 'mechanismDiagram.scope.rodents-only',
        desc: 'Tag inside a mechanism diagram box: the evidence for this step comes only from rats or mice. At most 22 characters.',
      });
    case 'lab-and-rodents':
      return msg('Lab and rodents only', {
        id: 'mechanismDiagram.scope.lab-and-rodents',
        desc: 'Tag inside a mechanism diagram box: the evidence for this step comes only from lab tests (cells or enzymes in a dish) and from rats or mice, not from people. At most 22 characters.',
      });
    case 'people':
      return msg('People', {
        id: 'mechanismDiagram.scope.people',
        desc: 'Tag inside a mechanism diagram box: this step concerns people (what people take, or findings in people). At most 22 characters.',
      });
    case 'product-tests':
      return msg('Product lab tests', {
        id: 'mechanismDiagram.scope.product-tests',
        desc: 'Tag inside a mechanism diagram box: this comes from lab analysis of leaves and products (what is in them), not from effects. At most 22 characters.',
      });
    case 'no-human-evidence':
      return msg('No human evidence', {
        id: 'mechanismDiagram.scope.no-human-evidence',
        desc: 'Tag inside a mechanism diagram box: no study in people supports this. Must stay firm. At most 22 characters.',
      });
  }
}

/** "Arrow: …" — the label of the arrow into a step, in the caption and the list. */
function arrowText(label: string): string {
  return msg(str`Arrow: ${label}`, {
    id: 'mechanismDiagram.caption.edge',
    desc: 'Caption and list line giving the label of the arrow into a box. Placeholder: arrow label (e.g. "Enzyme CYP3A4").',
  });
}

/** Words for the line style that marks an evidence level (the legend says it next to a sample). */
function lineStyleName(level: EvidenceLevel): string {
  switch (level) {
    case 'regulator':
      return msg('Dash-dot line', {
        id: 'mechanismDiagram.line.regulator',
        desc: "Legend: the line style used for a health authority's statement (dashes and dots in turn, normal width). Short.",
      });
    case 'human-controlled':
      return msg('Solid line', {
        id: 'mechanismDiagram.line.human-controlled',
        desc: 'Legend: the line style used for controlled-trial evidence. Short.',
      });
    case 'human-observational':
      return msg('Long dashes', {
        id: 'mechanismDiagram.line.human-observational',
        desc: 'Legend: the line style used for evidence from surveys of people. Short.',
      });
    case 'human-case-reports':
      return msg('Short dashes', {
        id: 'mechanismDiagram.line.human-case-reports',
        desc: 'Legend: the line style used for case-report evidence. Short.',
      });
    case 'animal':
      return msg('Dotted line', {
        id: 'mechanismDiagram.line.animal',
        desc: 'Legend: the line style used for animal-study evidence. Short.',
      });
    case 'in-vitro':
      return msg('Sparse dots', {
        id: 'mechanismDiagram.line.in-vitro',
        desc: 'Legend: the line style used for lab-cell evidence (widely spaced dots). Short.',
      });
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
 * @cssstate list - The list view is shown.
 * @cssstate first-step - The first step is current.
 * @cssstate last-step - The last step is current.
 * @cssstate opioid - Only the opioid lane is shown.
 * @cssstate inflammation - Only the inflammation lane is shown.
 * @cssstate both - Both lanes are shown.
 */
export class KratomMechanismDiagram extends KratomElement {
  static override styles = mechanismDiagramStyles;
  /** @internal */
  protected static override localePart = 'mechanism-diagram';

  /** Which lanes to show: `opioid`, `inflammation` or `both` (default). Anything else shows both, with one console warning. */
  @property({ reflect: true, useDefault: true }) pathway: 'opioid' | 'inflammation' | 'both' = 'both';

  /**
   * The current step, 0-based, in step-through order (see the class description). Reflects the step
   * the reader moved to. Out of range → the nearest valid step; not a whole number → rounded down;
   * not a number → 0; each with one console warning.
   */
  @property({ type: Number, reflect: true, useDefault: true }) step = 0;

  /** `diagram` (default) or `list` (the ordered list of steps, shown to everyone). Anything else → `diagram`, with one warning. */
  @property({ reflect: true, useDefault: true }) view: 'diagram' | 'list' = 'diagram';

  /** Set after the reader moved to a step, so the polite live region announces it. */
  @state() private announce = false;

  private scrollPending = false;

  /** The steps in step-through order for the current `pathway` (read-only). */
  get steps(): OrderedStep[] {
    return mechanismStepOrder(this.effectivePathway);
  }

  /** Number of steps for the current `pathway` (read-only). */
  get stepCount(): number {
    return this.steps.length;
  }

  /** The content id of the current step (read-only), e.g. `opioid.leaf`. */
  get currentStepId(): string {
    return this.steps[this.currentIndex]?.step.id ?? '';
  }

  private get effectivePathway(): MechanismPathway {
    return this.pathway === 'opioid' || this.pathway === 'inflammation' ? this.pathway : 'both';
  }

  private get isList(): boolean {
    return this.view === 'list';
  }

  private get currentIndex(): number {
    const count = mechanismStepOrder(this.effectivePathway).length;
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
    if (changed.has('step') || changed.has('pathway')) {
      const count = mechanismStepOrder(this.effectivePathway).length;
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
    const steps = this.steps;
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

  private stepSummary(ordered: OrderedStep, total: number): string {
    const { step } = ordered;
    return msg(
      str`Step ${formatNumber(ordered.index + 1)} of ${formatNumber(total)}, ${laneName(step.pathway)}: ${step.label()}. Evidence: ${evidenceLevelLabel(step.claim.level)}. ${scopeLabel(step.scope)}.`,
      {
        id: 'mechanismDiagram.step.summary',
        desc: 'Announced when the reader moves to a step, and read when the diagram gets focus. Placeholders: step number, total steps, lane title, box label, evidence level name, evidence scope tag (e.g. "Cells only").',
      },
    );
  }

  private renderBanner(steps: readonly OrderedStep[]): TemplateResult {
    const total = steps.length;
    const human = steps.filter((o) => HUMAN_LEVELS.has(o.step.claim.level)).length;
    let count: string | undefined;
    if (human === 0) {
      count = msg(str`None of these ${formatNumber(total)} steps has evidence from studies in people.`, {
        id: 'mechanismDiagram.banner.humanSteps.none',
        desc: 'Banner line under "How it may work is not proof…" when no step shown has evidence from people. Placeholder: number of steps.',
      });
    } else if (human < total) {
      count =
        pluralCategory(human) === 'one'
          ? msg(
              str`Only ${formatNumber(human)} of these ${formatNumber(total)} steps has evidence from studies in people.`,
              {
                id: 'mechanismDiagram.banner.humanSteps.one',
                desc: 'Banner line (singular form of the first number). Placeholders: number of steps with evidence from people, total number of steps.',
              },
            )
          : msg(
              str`Only ${formatNumber(human)} of these ${formatNumber(total)} steps have evidence from studies in people.`,
              {
                id: 'mechanismDiagram.banner.humanSteps.other',
                desc: 'Banner line (plural form of the first number). Placeholders: number of steps with evidence from people, total number of steps.',
              },
            );
    }
    return html`<div class="banner" part="banner" role="note">
      ${severityIcon('prompt', 'banner-icon')}
      <p>
        <strong
          >${msg('How it may work is not proof that it helps or is safe.', {
            id: 'mechanismDiagram.banner.notProof',
            desc: 'Banner at the top of the mechanism diagram. A mechanism is the weakest kind of evidence that something helps. Keep "not proof"; do not soften.',
          })}</strong
        >
        ${count ? html`<span class="banner-count">${count}</span>` : nothing}
        ${
          steps.some((o) => o.step.claim.level === 'human-controlled')
            ? html`<span class="banner-trial"
                >${msg(
                  'The only trial in people had 26 healthy men who used kratom daily, given one dose in a lab pain test.',
                  {
                    id: 'mechanismDiagram.banner.trialLimits',
                    desc: 'Banner line naming the limits of the one controlled trial in people behind the diagram (26 healthy long-term users, one dose, a lab pain test, not patients). Keep the number 26 and every limit.',
                  },
                )}</span
              >`
            : nothing
        }
      </p>
    </div>`;
  }

  private renderSummary(): string {
    switch (this.effectivePathway) {
      case 'opioid':
        return msg(
          "How kratom's alkaloids are thought to act on the mu-opioid receptor. Each box and arrow shows how strong the evidence for that step is.",
          {
            id: 'mechanismDiagram.summary.opioid',
            desc: 'Short description (figure caption) of the diagram when only the opioid lane is shown.',
          },
        );
      case 'inflammation':
        return msg(
          'Where lab and animal findings on kratom and inflammation sit on the chain from injury to pain. None of them was shown in people. Each box and arrow shows how strong the evidence for that step is.',
          {
            id: 'mechanismDiagram.summary.inflammation',
            desc: 'Short description (figure caption) of the diagram when only the inflammation lane is shown. Keep "lab and animal findings" and "none ... in people".',
          },
        );
      default:
        return msg(
          "How kratom's alkaloids are thought to act on the mu-opioid receptor, and where lab and animal findings on inflammation sit. None of the inflammation findings was shown in people. Each box and arrow shows how strong the evidence for that step is.",
          {
            id: 'mechanismDiagram.summary.both',
            desc: 'Short description (figure caption) of the diagram with both lanes. Keep "lab and animal findings" and "none ... in people".',
          },
        );
    }
  }

  /**
   * One step box. Its evidence icon is drawn in place (frame here, shape from EVIDENCE_SHAPES), with
   * its size as attributes: CSS sizing of an `<svg>` nested in SVG differs between engines.
   */
  private renderNode(node: NodeLayout, current: number, rtl: boolean): SVGTemplateResult {
    const { ordered, x, y, w, h, fontSize, label } = node;
    const isCurrent = ordered.index === current;
    const lineHeight = fontSize * 1.25;
    // Text is centred in the area between the icon (start side) and the end padding.
    const cx = rtl ? x + w / 2 - (TEXT_START - TEXT_END) / 2 : x + w / 2 + (TEXT_START - TEXT_END) / 2;
    const iconX = rtl ? x + w - ICON_INSET - ICON : x + ICON_INSET;
    const firstBaseline = y + PAD_TOP + fontSize * 0.9;
    const scopeBaseline = y + PAD_TOP + label.lines.length * lineHeight + 4 + SCOPE_SIZE * 0.95;
    return svg`<g
      class="node ${ordered.step.kind}${isCurrent ? ' current' : ''}"
      part=${isCurrent ? 'node current-node' : 'node'}
      data-index=${ordered.index}
      data-step-id=${ordered.step.id}
      data-level=${ordered.step.claim.level}
      data-scope=${ordered.step.scope}
    >
      ${label.truncated ? svg`<title>${node.fullLabel}</title>` : nothing}
      ${isCurrent ? svg`<rect class="ring" x=${x - 5} y=${y - 5} width=${w + 10} height=${h + 10} rx="12"></rect>` : nothing}
      <rect class="box stroke" x=${x} y=${y} width=${w} height=${h} rx="8"></rect>
      <g class="node-icon" transform="translate(${iconX} ${y + ICON_INSET})"
        ><svg
          class="icon"
          part="evidence-icon"
          viewBox="0 0 24 24"
          width=${ICON}
          height=${ICON}
          aria-hidden="true"
          focusable="false"
        >
          ${EVIDENCE_SHAPES[ordered.step.claim.level]}
        </svg></g
      >
      <text class="label" font-size=${fontSize} text-anchor="middle">${label.lines.map(
        (line, i) => svg`<tspan x=${cx} y=${firstBaseline + i * lineHeight}>${line}</tspan>`,
      )}</text>
      <text class="scope" x=${cx} y=${scopeBaseline} font-size=${SCOPE_SIZE} text-anchor="middle">${node.scope}</text>
    </g>`;
  }

  private renderEdge(edge: EdgeLayout, current: number): SVGTemplateResult {
    const isCurrent = edge.ordered.index === current;
    return svg`<g
      class="edge ${edge.kind}${isCurrent ? ' current' : ''}"
      part="edge"
      data-level=${edge.ordered.step.claim.level}
      data-to=${edge.ordered.step.id}
    >
      <path class="stroke" d=${edge.d}></path>
      ${edge.head ? svg`<polygon class="head" points=${edge.head}></polygon>` : nothing}
      ${
        edge.label
          ? svg`<text class="edge-label" part="edge-label" font-size=${EDGE_SIZE} text-anchor="middle">${edge.label.lines.map(
              (line, i) => svg`<tspan x=${edge.label!.x} y=${edge.label!.y + i * EDGE_LINE}>${line}</tspan>`,
            )}</text>`
          : nothing
      }
    </g>`;
  }

  private renderLane(lane: PathwayId, steps: readonly OrderedStep[], current: number, rtl: boolean): TemplateResult {
    const layout = cachedLaneLayout(
      steps.filter((o) => o.step.pathway === lane),
      rtl,
      this.locale,
    );
    const height = Math.ceil(layout.height);
    return html`<div class="lane" part="lane" data-pathway=${lane}>
      <div class="lane-title" part="lane-title">${laneName(lane)}</div>
      <svg
        class="lane-svg"
        part="lane-svg"
        viewBox="0 0 ${layout.width} ${height}"
        width=${layout.width}
        height=${height}
        aria-hidden="true"
        focusable="false"
      >
        ${layout.edges.map((e) => this.renderEdge(e, current))}
        ${layout.nodes.map((n) => this.renderNode(n, current, rtl))}
      </svg>
    </div>`;
  }

  private renderCaption(ordered: OrderedStep, total: number): TemplateResult {
    const { step } = ordered;
    const sources = resolveSources(step.claim.sources);
    return html`<div class="caption" part="caption" data-step-id=${step.id}>
      <div class="caption-lane">${laneName(step.pathway)}</div>
      <div class="caption-title">${step.label()}</div>
      <div class="caption-meta">
        ${claimEvidenceChip(step.claim)}
        <span class="scope-tag" data-scope=${step.scope}>${scopeLabel(step.scope)}</span>
      </div>
      ${step.edgeLabel ? html`<p class="caption-edge">${arrowText(step.edgeLabel())}</p>` : nothing}
      <p class="claim">${step.claim.text()}</p>
      ${step.claim.caveat ? html`<p class="caveat">${step.claim.caveat()}</p>` : nothing}
      ${
        sources.length
          ? html`<div class="sources-heading">
                ${msg('Sources', {
                  id: 'mechanismDiagram.caption.sources',
                  desc: 'Heading above the sources of the current step.',
                })}
              </div>
              ${sourceList(sources)}`
          : nothing
      }
      <span class="visually-hidden" id="current-summary">${this.stepSummary(ordered, total)}</span>
    </div>`;
  }

  private renderListItem(ordered: OrderedStep, withSources: boolean): TemplateResult {
    const { step, parent, previousMain } = ordered;
    const relation = parent
      ? msg(str`Side finding at: ${parent.label()}`, {
          id: 'mechanismDiagram.list.branchOf',
          desc: "In the list of steps: this item is a side box attached to another step. Placeholder: that step's label.",
        })
      : previousMain
        ? msg(str`Follows: ${previousMain.label()}`, {
            id: 'mechanismDiagram.list.follows',
            desc: "In the list of steps: the step this one follows in the chain. Placeholder: that step's label.",
          })
        : undefined;
    return html`<li class="list-item ${step.kind}" data-step-id=${step.id} data-level=${step.claim.level}>
      <span class="list-label">${step.label()}</span>
      ${relation ? html`<span class="list-relation">(${relation})</span>` : nothing}
      ${step.edgeLabel ? html`<span class="list-relation">(${arrowText(step.edgeLabel())})</span>` : nothing}
      <span class="list-meta">
        ${claimEvidenceChip(step.claim)}
        <span class="scope-tag" data-scope=${step.scope}>${scopeLabel(step.scope)}</span>
      </span>
      <span class="list-claim">${step.claim.text()}</span>
      ${step.claim.caveat ? html`<span class="list-caveat caveat">${step.claim.caveat()}</span>` : nothing}
      ${withSources ? sourceList(resolveSources(step.claim.sources)) : nothing}
    </li>`;
  }

  private renderList(steps: readonly OrderedStep[], lanes: readonly PathwayId[]): TemplateResult {
    const visible = this.isList;
    return html`<div class="list ${visible ? '' : 'visually-hidden'}" part="list" id="long-description">
      <div class="list-title" id="list-title">
        ${msg('All steps, in order', {
          id: 'mechanismDiagram.list.title',
          desc: 'Title of the full text description: every step of the diagram as an ordered list.',
        })}
      </div>
      ${lanes.map((lane) => {
        const laneSteps = steps.filter((o) => o.step.pathway === lane);
        const start = (laneSteps[0]?.index ?? 0) + 1;
        return html`<div class="list-lane" data-pathway=${lane}>
          <div class="list-lane-title" id="list-lane-${lane}">${laneName(lane)}</div>
          <ol start=${start} aria-labelledby="list-lane-${lane}">
            ${laneSteps.map((o) => this.renderListItem(o, visible))}
          </ol>
        </div>`;
      })}
    </div>`;
  }

  private renderLegend(steps: readonly OrderedStep[]): TemplateResult {
    const used = new Set(steps.map((o) => o.step.claim.level));
    const levels = EVIDENCE_LEVELS.filter((l) => used.has(l));
    const sample = (cls: string, level?: EvidenceLevel, head = false) =>
      html`<svg class="sample" viewBox="0 0 48 16" aria-hidden="true" focusable="false">
        <g class=${cls} data-level=${level ?? 'human-controlled'}>
          <path class="stroke" d=${head ? 'M3 8H38' : 'M3 8H45'}></path>
          ${head ? svg`<polygon class="head" points="37,3 37,13 45,8"></polygon>` : nothing}
        </g>
      </svg>`;
    return html`<div class="legend" part="legend">
      <div class="legend-title" id="legend-title">
        ${msg('How to read the diagram', {
          id: 'mechanismDiagram.legend.title',
          desc: 'Title of the legend that explains line styles, icons and connectors.',
        })}
      </div>
      <ul class="legend-levels">
        ${levels.map(
          (level) =>
            html`<li class="legend-row" data-level=${level}>
              ${sample('edge', level)}
              <div class="legend-text">
                <div class="legend-head">
                  <span class="legend-line">${lineStyleName(level)}</span>
                  ${evidenceChip(level)}
                </div>
                <div class="legend-explanation">${evidenceLevelExplanation(level)}</div>
              </div>
            </li>`,
        )}
      </ul>
      <ul class="legend-shapes">
        ${
          used.has('regulator')
            ? nothing
            : html`<li class="legend-row legend-hierarchy" data-level="regulator">
                ${sample('edge', 'regulator')}
                <span
                  >${msg(
                    'Dash-dot line: a statement from a health authority. It is not a study, so it is never drawn stronger than a controlled trial, the strongest kind of study.',
                    {
                      id: 'mechanismDiagram.legend.regulator',
                      desc: 'Legend: how a health authority statement would be drawn (dash-dot line), and that it is not ranked above a controlled trial. Keep both points.',
                    },
                  )}</span
                >
              </li>`
        }
        <li class="legend-row">
          ${sample('edge main', undefined, true)}
          <span
            >${msg('Arrow: leads to the next step in the chain.', {
              id: 'mechanismDiagram.legend.arrow',
              desc: 'Legend: meaning of an arrow between boxes.',
            })}</span
          >
        </li>
        <li class="legend-row">
          ${sample('edge branch')}
          <span
            >${msg('Line without an arrowhead: a side finding at the step it is attached to.', {
              id: 'mechanismDiagram.legend.branch',
              desc: 'Legend: meaning of a connector line to a side box.',
            })}</span
          >
        </li>
        <li class="legend-row">
          <svg class="sample" viewBox="0 0 48 16" aria-hidden="true" focusable="false">
            <rect class="ring" x="4" y="1.5" width="40" height="13" rx="5"></rect>
          </svg>
          <span
            >${msg('Outer ring: the current step.', {
              id: 'mechanismDiagram.legend.current',
              desc: 'Legend: the current step is marked with an outer ring.',
            })}</span
          >
        </li>
      </ul>
    </div>`;
  }

  private chevron(): TemplateResult {
    return html`<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M9 6l6 6-6 6"></path>
    </svg>`;
  }

  protected renderContent(): unknown {
    const steps = this.steps;
    const total = steps.length;
    const lanes = lanesFor(this.effectivePathway);
    const current = this.currentIndex;
    const ordered = steps[current];
    const rtl = this.direction === 'rtl';
    const list = this.isList;
    if (!ordered) return this.renderFallback();
    const atStart = current === 0;
    const atEnd = current === total - 1;
    // <section> (unnamed, so not a landmark) keeps the review <footer> from becoming a page-level
    // contentinfo landmark, which would repeat for every widget on the page.
    return html`<section class="root" part="base" dir=${rtl ? 'rtl' : 'ltr'} data-pathway=${this.effectivePathway}>
      ${translationNotice()} ${this.renderBanner(steps)}
      <figure class="figure">
        <figcaption class="summary" part="summary" id="summary">${this.renderSummary()}</figcaption>
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
              ${lanes.map((lane) => this.renderLane(lane, steps, current, rtl))}
            </div>
            <span class="visually-hidden" id="keys-hint"
              >${msg('Use the arrow keys to move between steps. Home goes to the first step, End to the last.', {
                id: 'mechanismDiagram.diagram.keysHint',
                desc: 'Screen-reader hint read when the diagram gets focus.',
              })}</span
            >
          </div>
          <div class="controls" part="controls">
            <button
              class="nav previous"
              part="nav-button previous"
              type="button"
              aria-disabled=${atStart ? 'true' : 'false'}
              @click=${this.onPrevious}
            >
              ${this.chevron()}<span
                >${msg('Previous', {
                  id: 'mechanismDiagram.nav.previous',
                  desc: 'Button: go to the previous step of the diagram. Short.',
                })}</span
              >
            </button>
            <span class="counter" part="counter"
              >${msg(str`Step ${formatNumber(current + 1)} of ${formatNumber(total)}`, {
                id: 'mechanismDiagram.nav.counter',
                desc: 'Counter between the Previous and Next buttons. Placeholders: current step number, total steps.',
              })}</span
            >
            <button
              class="nav next"
              part="nav-button next"
              type="button"
              aria-disabled=${atEnd ? 'true' : 'false'}
              @click=${this.onNext}
            >
              <span
                >${msg('Next', {
                  id: 'mechanismDiagram.nav.next',
                  desc: 'Button: go to the next step of the diagram. Short.',
                })}</span
              >${this.chevron()}
            </button>
          </div>
          ${this.renderCaption(ordered, total)}
        </div>
        ${this.renderList(steps, lanes)}
      </figure>
      ${this.renderLegend(steps)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announce && !list ? this.stepSummary(ordered, total) : nothing}
      </div>
      ${reviewFooter(REVIEWS.mechanism)}
    </section>`;
  }
}
