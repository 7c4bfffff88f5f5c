/** The SVG drawing of a lane: its step boxes and arrows, as pure functions of the layout and the current step. */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { heading } from '../../shared/heading.js';
import { EVIDENCE_SHAPES } from '../../shared/icons.js';
import type { PathwayId } from '../../content/types.js';
import {
  cachedLaneLayout,
  EDGE_LINE,
  EDGE_SIZE,
  ICON,
  ICON_INSET,
  PAD_TOP,
  SCOPE_SIZE,
  TEXT_END,
  TEXT_START,
  type EdgeLayout,
  type NodeLayout,
} from './lane-layout.js';
import { laneName } from './mechanism-diagram.messages.js';
import type { OrderedStep } from './step-order.js';

/**
 * One step box. Its evidence icon is drawn in place (frame here, shape from EVIDENCE_SHAPES), with
 * its size as attributes: CSS sizing of an `<svg>` nested in SVG differs between engines.
 */
export function renderNode(node: NodeLayout, current: number, rtl: boolean): SVGTemplateResult {
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

/** One arrow (main chain) or side connector (branch). */
export function renderEdge(edge: EdgeLayout, current: number): SVGTemplateResult {
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

/** One lane: its title (a heading of `level`) and its SVG drawing, laid out for the steps of that lane. */
export function renderLane(
  lane: PathwayId,
  steps: readonly OrderedStep[],
  current: number,
  rtl: boolean,
  locale: string,
  level: number,
): TemplateResult {
  const layout = cachedLaneLayout(
    steps.filter((o) => o.step.pathway === lane),
    rtl,
    locale,
  );
  const height = Math.ceil(layout.height);
  return html`<div class="lane" part="lane" data-pathway=${lane}>
    ${heading(laneName(lane), level, { part: 'lane-title', className: 'lane-title' })}
    <svg
      class="lane-svg"
      part="lane-svg"
      viewBox="0 0 ${layout.width} ${height}"
      width=${layout.width}
      height=${height}
      aria-hidden="true"
      focusable="false"
    >
      ${layout.edges.map((e) => renderEdge(e, current))} ${layout.nodes.map((n) => renderNode(n, current, rtl))}
    </svg>
  </div>`;
}
