/**
 * The structure figure of the selected alkaloid: content the host puts in the `structure` slot
 * wins; otherwise the RDKit drawing generated at build time (structures-loader.ts), once loaded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Alkaloid } from '../../content/types.js';
import { hasStructure, type StructureDrawing } from './structures-loader.js';

export interface StructureFigureInput {
  alkaloid: Alkaloid;
  /** Its drawing, once loaded. */
  drawing: StructureDrawing | undefined;
  /** Whether the host slotted content into `structure` (see `hasSlottedContent`). */
  slotted: boolean;
  /** Text direction of the caption (the drawing itself is always left to right). */
  direction: 'ltr' | 'rtl';
  onSlotChange: (event: Event) => void;
}

/** Whether a slot holds content worth showing: an element or non-blank text. */
export function hasSlottedContent(slot: HTMLSlotElement): boolean {
  return slot
    .assignedNodes({ flatten: true })
    .some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
}

/** The figure (see the module comment); hidden when there is neither a drawing nor slotted content. */
export function structureFigure({
  alkaloid: a,
  drawing,
  slotted,
  direction,
  onSlotChange,
}: StructureFigureInput): TemplateResult {
  const label = msg(str`${a.name}, ${a.formula}: 2D structure drawing`, {
    id: 'alkaloidExplainer.structure.alt',
    desc: 'Text alternative of the chemical structure drawing. Placeholders: the alkaloid name and its formula (keep both as they are).',
  });
  // The figure keeps the same box before and after the drawing loads (no layout shift, also
  // after server-side rendering, where the drawing is loaded only in the browser).
  const available = hasStructure(a.id);
  return html`<figure class="structure" part="structure" ?hidden=${!slotted && !available} dir="ltr">
    <slot name="structure" @slotchange=${onSlotChange}
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
      available && !slotted
        ? html`<figcaption class="structure-caption" dir=${direction}>
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
