/**
 * Lazy access to the 2D structure drawings generated at build time by
 * `scripts/build-structures.mjs` (RDKit never ships). Each drawing is its own module, loaded with
 * a static `import()` only when asked for, so it travels with the explainer and nowhere else; the
 * explainer draws it in structure-figure.template.ts.
 *
 * A drawing is plain SVG paths in `currentColor` (set `color` on the host to theme it), with a
 * `viewBox` in which every structure has the same bond length. Atom labels are paths, not text, so
 * the drawing never mirrors or reflows in right-to-left pages.
 */
import type { SVGTemplateResult } from 'lit';
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
