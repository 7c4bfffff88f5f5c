/**
 * Lane layout. A lane is a vertical tree: main steps in one column, the chain's arrows running
 * down the start edge, side steps indented under the step they hang from. Coordinates are in SVG
 * user units and computed for left-to-right, then mirrored for right-to-left.
 */
import { wrapText, type WrappedText } from '../../shared/text-wrap.js';
import { scopeLabel } from './mechanism-diagram.messages.js';
import type { OrderedStep } from './step-order.js';

const LANE_WIDTH = 280;
const MARGIN = 8;
const MAIN_X = 8;
const MAIN_W = 264;
const MAIN_SPINE = 20;
const BRANCH_SPINE = 36;
const BRANCH_X = 52;
const BRANCH_W = 220;
export const ICON = 18;
export const ICON_INSET = 9;
/** Space reserved for the icon on the start side of a label, and padding on the end side. */
export const TEXT_START = 32;
export const TEXT_END = 8;
export const PAD_TOP = 10;
const PAD_BOTTOM = 9;
export const SCOPE_SIZE = 12;
const SCOPE_LINE = 15;
export const EDGE_SIZE = 12;
export const EDGE_LINE = 15;
const ARROW_GAP = 30;
const BRANCH_GAP = 12;
const LABEL_SIZES = [14, 12.5] as const;
const MAX_LINES = 3;

export interface NodeLayout {
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

export interface EdgeLayout {
  readonly ordered: OrderedStep;
  readonly kind: 'main' | 'branch';
  readonly d: string;
  /** Arrowhead polygon points (main edges only). */
  readonly head?: string;
  readonly label?: { lines: string[]; x: number; y: number };
}

export interface LaneLayout {
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

export function cachedLaneLayout(steps: readonly OrderedStep[], rtl: boolean, locale: string): LaneLayout {
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
