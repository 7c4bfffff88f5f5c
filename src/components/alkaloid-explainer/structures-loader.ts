/**
 * Lazy access to the 2D structure drawings generated at build time by
 * `scripts/build-structures.mjs` (RDKit never ships). Each drawing is its own module, loaded with
 * a static `import()` only when asked for, so it travels with the explainer and nowhere else.
 *
 * A drawing is plain SVG paths in `currentColor` (set `color` on the host to theme it), with a
 * `viewBox` in which every structure has the same bond length. Atom labels are paths, not text, so
 * the drawing never mirrors or reflows in right-to-left pages.
 */
import { html, type SVGTemplateResult, type TemplateResult } from 'lit';
import { STRUCTURE_LOADERS } from '../../generated/structures/index.js';

/** One generated drawing. */
export interface StructureDrawing {
  /** `viewBox` of the drawing (user units; about 29.5 units per bond in every drawing). */
  readonly viewBox: string;
  /** Natural size in CSS px at the common bond length (use as the maximum size). */
  readonly width: number;
  readonly height: number;
  /** `false` when the SMILES was not confirmed by a second record (show a caveat). */
  readonly confirmed: boolean;
  /** The paths, to be placed inside an `<svg>` element. */
  readonly drawing: SVGTemplateResult;
}

const loaders: Readonly<Record<string, () => Promise<StructureDrawing>>> = STRUCTURE_LOADERS;

/** `true` when a drawing exists for the alkaloid id (no module is loaded). */
export function hasStructure(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(loaders, id);
}

/** The drawing of an alkaloid, loaded on first use; `undefined` when there is none. */
export async function loadStructureDrawing(id: string): Promise<StructureDrawing | undefined> {
  if (!hasStructure(id)) return undefined;
  const m = await loaders[id]();
  return { viewBox: m.viewBox, width: m.width, height: m.height, confirmed: m.confirmed, drawing: m.drawing };
}

/**
 * The drawing of an alkaloid as a complete `<svg>` element, or `undefined` when there is none.
 *
 * With `label` (the localised text alternative, e.g. "Mitragynine, C23H30N2O4: 2D structure
 * drawing") the SVG is `role="img"` with that `aria-label`; without it the SVG is `aria-hidden` and
 * the caller must provide the text alternative next to it (e.g. in a `<figcaption>`).
 * The SVG has `part="structure"` and intrinsic `width`/`height`; style it with
 * `max-width: 100%; height: auto` so it scales down cleanly and keeps its aspect ratio.
 */
export async function loadStructure(id: string, label?: string): Promise<TemplateResult | undefined> {
  const d = await loadStructureDrawing(id);
  if (!d) return undefined;
  return label
    ? html`<svg
        part="structure"
        class="structure"
        viewBox=${d.viewBox}
        width=${d.width}
        height=${d.height}
        role="img"
        aria-label=${label}
        focusable="false"
      >
        ${d.drawing}
      </svg>`
    : html`<svg
        part="structure"
        class="structure"
        viewBox=${d.viewBox}
        width=${d.width}
        height=${d.height}
        aria-hidden="true"
        focusable="false"
      >
        ${d.drawing}
      </svg>`;
}
