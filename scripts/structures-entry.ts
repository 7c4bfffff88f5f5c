/**
 * Gathers the structure inputs for scripts/build-structures.mjs (bundled with esbuild and run in
 * Node): each alkaloid's independently sourced formula and molar mass, the SMILES records, the
 * documented gaps and the structure bibliography.
 */
import { ALKALOIDS } from '../src/content/alkaloids.js';
import { STRUCTURES, STRUCTURE_GAPS } from './structures/structures.js';
import { STRUCTURE_SOURCES } from './structures/structure-sources.js';

export const alkaloids = ALKALOIDS.map((a) => ({
  id: a.id,
  name: a.name,
  formula: a.formula,
  molarMass: a.molarMass,
  pubchemCid: a.pubchemCid,
}));
export const structures = STRUCTURES;
export const gaps = STRUCTURE_GAPS;
export const structureSources = STRUCTURE_SOURCES;
