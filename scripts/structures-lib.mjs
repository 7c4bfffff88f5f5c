/**
 * The rules of the chemical-structure build (scripts/build-structures.mjs), as functions the node
 * tests in scripts/tests/structures.test.mjs can feed deliberately broken fixtures:
 *
 * - `moleculeFacts`: RDKit's Hill formula, average molar mass and standard InChIKey of a SMILES;
 * - `crossCheck`: fails when they disagree with the content model (formula exactly, mass ± 0.1);
 * - `sanitizeSvg`: turns RDKit's SVG into a small whitelisted fragment (paths only, `currentColor`),
 *   rejecting any element, attribute, style property or colour it does not know;
 * - `svgSafetyProblems`: a last, independent scan of what ships (no script, handlers, references);
 * - `toLitModule` / `toIndexModule`: the generated TypeScript (Lit `svg` templates, lazy loaders).
 */
import { DOMParser } from '@xmldom/xmldom';
import { gzipSync } from 'node:zlib';
import { checkSources } from './content-rules.mjs';

/** Allowed difference between RDKit's average molar mass and the content model's, in g/mol. */
export const MASS_TOLERANCE = 0.1;
/** Target size of one generated structure module, gzipped. */
export const MAX_GZ_BYTES = 3 * 1024;

/**
 * RDKit drawing options: a fixed bond length (so every structure is drawn at the same scale), a
 * black-and-white palette (rewritten to `currentColor`), no background, labels about 0.4 bond
 * lengths tall (readable when a typical structure is shown 200 px wide), no stereo annotations.
 */
export const DRAW_OPTIONS = Object.freeze({
  width: -1,
  height: -1,
  fixedBondLength: 30,
  bondLineWidth: 1.5,
  scaleBondWidth: false,
  baseFontSize: 0.9,
  padding: 0.05,
  clearBackground: false,
  addStereoAnnotation: false,
  atomColourPalette: Object.fromEntries([-1, 0, 1, 5, 6, 7, 8, 9, 15, 16, 17, 35, 53].map((z) => [z, [0, 0, 0]])),
});
/** Thinnest stroke kept for unfilled lines (RDKit draws hashed wedges at 0.8). */
const MIN_LINE_WIDTH = 1;

const SYMBOLS = {
  1: 'H',
  5: 'B',
  6: 'C',
  7: 'N',
  8: 'O',
  9: 'F',
  11: 'Na',
  14: 'Si',
  15: 'P',
  16: 'S',
  17: 'Cl',
  19: 'K',
  35: 'Br',
  53: 'I',
};

/** Hill-order formula from element counts: C, then H, then the rest alphabetically (no C: all alphabetical). */
export function hillFormula(counts) {
  const symbols = Object.keys(counts).filter((s) => counts[s] > 0);
  const part = (s) => `${s}${counts[s] === 1 ? '' : counts[s]}`;
  if (!symbols.includes('C')) return symbols.sort().map(part).join('');
  const rest = symbols.filter((s) => s !== 'C' && s !== 'H').sort();
  return ['C', ...(symbols.includes('H') ? ['H'] : []), ...rest].map(part).join('');
}

/** Element counts (hydrogens included) from RDKit's JSON of one molecule. */
export function elementCounts(rdkitJson) {
  const json = typeof rdkitJson === 'string' ? JSON.parse(rdkitJson) : rdkitJson;
  const defaults = json.defaults?.atom ?? {};
  const molecules = json.molecules ?? [];
  if (molecules.length !== 1) throw new Error(`expected one molecule, got ${molecules.length}`);
  const counts = {};
  const add = (symbol, n) => (counts[symbol] = (counts[symbol] ?? 0) + n);
  for (const atom of molecules[0].atoms) {
    const z = atom.z ?? defaults.z ?? 6;
    const symbol = SYMBOLS[z];
    if (!symbol) throw new Error(`unsupported element with atomic number ${z}`);
    add(symbol, 1);
    const hs = atom.impHs ?? defaults.impHs ?? 0;
    if (hs) add('H', hs);
  }
  return counts;
}

/** RDKit's view of a SMILES: Hill formula, average molar mass (g/mol), standard InChIKey. */
export function moleculeFacts(RDKit, smiles) {
  const mol = RDKit.get_mol(smiles);
  if (!mol || !mol.is_valid()) {
    mol?.delete();
    throw new Error(`RDKit cannot parse SMILES ${smiles}`);
  }
  try {
    const formula = hillFormula(elementCounts(mol.get_json()));
    const molarMass = JSON.parse(mol.get_descriptors()).amw;
    const inchiKey = RDKit.get_inchikey_for_inchi(mol.get_inchi());
    return { formula, molarMass, inchiKey };
  } finally {
    mol.delete();
  }
}

/** Problems when RDKit's formula / mass disagree with the content model's (both values reported). */
export function crossCheck(alkaloid, facts, tolerance = MASS_TOLERANCE) {
  const problems = [];
  if (facts.formula !== alkaloid.formula)
    problems.push(
      `alkaloid ${alkaloid.id}: formula from SMILES (RDKit) is ${facts.formula}, content model says ${alkaloid.formula}`,
    );
  if (!(Math.abs(facts.molarMass - alkaloid.molarMass) <= tolerance + 1e-9))
    problems.push(
      `alkaloid ${alkaloid.id}: average molar mass from SMILES (RDKit) is ${facts.molarMass.toFixed(3)} g/mol, content model says ${alkaloid.molarMass} g/mol (tolerance ${tolerance})`,
    );
  return problems;
}

/** Problems with a structure record's provenance: sources, URL, and the InChIKey behind `confirmed`. */
export function checkRecord(id, record, facts, sources) {
  const problems = [];
  if (!record.smiles) problems.push(`structure ${id}: no SMILES`);
  if (!record.sourceNote?.trim()) problems.push(`structure ${id}: no source note`);
  if (!record.sources?.length) problems.push(`structure ${id}: no source`);
  for (const s of record.sources ?? []) if (!(s in sources)) problems.push(`structure ${id}: unknown source id "${s}"`);
  const first = sources[record.sources?.[0]];
  if (first && first.url !== record.sourceUrl)
    problems.push(`structure ${id}: sourceUrl is not the URL of its first source ${first.id}`);
  if (record.confirmed && !record.inchiKey)
    problems.push(`structure ${id}: confirmed, but no InChIKey from a source to confirm it against`);
  if (facts && record.inchiKey && record.inchiKey !== facts.inchiKey)
    problems.push(
      `structure ${id}: InChIKey from SMILES (RDKit) is ${facts.inchiKey}, source prints ${record.inchiKey}`,
    );
  return problems;
}

// ---- SVG ----

const ROOT_ATTRS = new Set([
  'version',
  'baseProfile',
  'xmlns',
  'xmlns:rdkit',
  'xmlns:xlink',
  'xml:space',
  'width',
  'height',
  'viewBox',
]);
const SHAPE_ATTRS = new Set([
  'class',
  'd',
  'style',
  'fill',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
]);
const TEXT_ATTRS = new Set([
  'class',
  'x',
  'y',
  'style',
  'fill',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
]);
const STYLE_PROPS = new Set([
  'fill',
  'fill-rule',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
]);
const PATH_DATA = /^[\sMLHVCSQTAZmlhvcsqtaz0-9.,eE+-]*$/;
const NUMBER = /^-?\d+(\.\d+)?(px)?$/;

function colour(value, where) {
  const v = value.trim().toLowerCase();
  if (v === 'none') return 'none';
  if (v === '#000000' || v === '#000' || v === 'black' || v === 'currentcolor') return 'currentColor';
  throw new Error(`${where}: colour "${value}" is not in the black-and-white palette`);
}

function parseStyle(style, where) {
  const out = {};
  for (const decl of style.split(';')) {
    if (!decl.trim()) continue;
    const i = decl.indexOf(':');
    const prop = decl.slice(0, i).trim();
    const value = decl.slice(i + 1).trim();
    if (i < 0 || !STYLE_PROPS.has(prop)) throw new Error(`${where}: style property "${decl.trim()}" is not allowed`);
    out[prop] = value;
  }
  return out;
}

/** Presentation of one element (style attribute wins over attributes, as in SVG). */
function presentation(el, where, inherited) {
  const p = { ...inherited };
  for (const name of ['fill', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin']) {
    if (el.hasAttribute(name)) p[name] = el.getAttribute(name);
  }
  if (el.hasAttribute('style')) Object.assign(p, parseStyle(el.getAttribute('style'), where));
  for (const o of ['opacity', 'fill-opacity', 'stroke-opacity'])
    if (o in p && Number(p[o]) !== 1) throw new Error(`${where}: ${o} ${p[o]} is not allowed`);
  return p;
}

function shapeKey(p, where) {
  const fill = colour(p.fill ?? '#000000', where);
  const stroke = colour(p.stroke ?? 'none', where);
  const attrs = [['fill', fill]];
  if (fill !== 'none' && p['fill-rule'] === 'evenodd') attrs.push(['fill-rule', 'evenodd']);
  if (stroke !== 'none') {
    const raw = String(p['stroke-width'] ?? '1');
    if (!NUMBER.test(raw)) throw new Error(`${where}: stroke-width "${raw}" is not a number`);
    let width = Number.parseFloat(raw);
    if (fill === 'none') width = Math.max(width, MIN_LINE_WIDTH);
    attrs.push(['stroke', stroke], ['stroke-width', String(Math.round(width * 10) / 10)]);
    for (const k of ['stroke-linecap', 'stroke-linejoin']) {
      const v = p[k];
      if (v && !['butt', 'round', 'square', 'miter', 'bevel'].includes(v)) throw new Error(`${where}: ${k} "${v}"`);
      if (v && v !== 'butt' && v !== 'miter') attrs.push([k, v]);
    }
  }
  return attrs;
}

function compactPath(d, where) {
  if (!PATH_DATA.test(d)) throw new Error(`${where}: path data has characters outside the path grammar`);
  return d
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ',')
    .replace(/\s*([A-Za-z])\s*/g, '$1')
    .trim();
}

function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Sanitises RDKit's SVG into `{ viewBox, width, height, fragment }`: `fragment` is the inner SVG
 * markup (paths merged per style, `currentColor`), with no ids, classes, header or background.
 * Throws on anything outside the whitelist instead of silently dropping it.
 */
export function sanitizeSvg(text) {
  const errors = [];
  const doc = new DOMParser({
    onError: (level, msg) => level !== 'warning' && errors.push(String(msg)),
  }).parseFromString(text, 'image/svg+xml');
  if (errors.length || !doc?.documentElement) throw new Error(`SVG does not parse: ${errors[0] ?? 'empty'}`);
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') throw new Error(`root element is <${root.nodeName}>, not <svg>`);
  for (const a of Array.from(root.attributes))
    if (!ROOT_ATTRS.has(a.name)) throw new Error(`<svg>: attribute "${a.name}" is not allowed`);
  const viewBox = (root.getAttribute('viewBox') ?? '').trim();
  const box = viewBox.split(/[\s,]+/).map(Number);
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n)) || box[2] <= 0 || box[3] <= 0)
    throw new Error(`<svg>: invalid viewBox "${viewBox}"`);

  const groups = new Map();
  const texts = [];
  const walk = (parent, inherited) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 8 || node.nodeType === 7) continue; // comment, processing instruction
      if (node.nodeType === 3 || node.nodeType === 4) {
        if (node.nodeValue.trim()) throw new Error(`stray text "${node.nodeValue.trim().slice(0, 20)}"`);
        continue;
      }
      if (node.nodeType !== 1) throw new Error(`unexpected node type ${node.nodeType}`);
      const name = node.nodeName;
      const where = `<${name}>`;
      if (name === 'rect') {
        // Only a full-size background rectangle is tolerated, and it is dropped.
        const p = presentation(node, where, {});
        const fill = (p.fill ?? '').toLowerCase();
        const isBackground =
          Number(node.getAttribute('x') ?? 0) === 0 &&
          Number(node.getAttribute('y') ?? 0) === 0 &&
          ['#ffffff', '#fff', 'white', 'none'].includes(fill);
        if (!isBackground) throw new Error(`<rect> that is not the background is not allowed`);
        continue;
      }
      if (name === 'g') {
        for (const a of Array.from(node.attributes))
          if (!SHAPE_ATTRS.has(a.name) || a.name === 'd') throw new Error(`<g>: attribute "${a.name}" is not allowed`);
        walk(node, presentation(node, where, inherited));
        continue;
      }
      if (name === 'path') {
        for (const a of Array.from(node.attributes))
          if (!SHAPE_ATTRS.has(a.name)) throw new Error(`<path>: attribute "${a.name}" is not allowed`);
        const d = compactPath(node.getAttribute('d') ?? '', where);
        if (!d) continue;
        const attrs = shapeKey(presentation(node, where, inherited), where);
        const key = JSON.stringify(attrs);
        if (!groups.has(key)) groups.set(key, { attrs, d: [] });
        groups.get(key).d.push(d);
        continue;
      }
      if (name === 'text') {
        for (const a of Array.from(node.attributes))
          if (!TEXT_ATTRS.has(a.name)) throw new Error(`<text>: attribute "${a.name}" is not allowed`);
        const p = presentation(node, where, inherited);
        const attrs = [];
        for (const k of ['x', 'y']) {
          const v = node.getAttribute(k);
          if (!NUMBER.test(v ?? '')) throw new Error(`<text>: ${k} "${v}" is not a number`);
          attrs.push([k, String(Number.parseFloat(v))]);
        }
        attrs.push(['fill', colour(p.fill ?? '#000000', where)]);
        const size = node.getAttribute('font-size') ?? p['font-size'];
        if (size) {
          if (!NUMBER.test(size)) throw new Error(`<text>: font-size "${size}" is not a number`);
          attrs.push(['font-size', String(Number.parseFloat(size))]);
        }
        const family = node.getAttribute('font-family') ?? p['font-family'];
        if (family) attrs.push(['font-family', family.replace(/[^A-Za-z0-9 ,-]/g, '')]);
        const anchor = node.getAttribute('text-anchor') ?? p['text-anchor'];
        if (anchor) {
          if (!['start', 'middle', 'end'].includes(anchor)) throw new Error(`<text>: text-anchor "${anchor}"`);
          attrs.push(['text-anchor', anchor]);
        }
        let content = '';
        for (const child of Array.from(node.childNodes)) {
          if (child.nodeType === 3) content += child.nodeValue;
          else if (child.nodeType === 1 && child.nodeName === 'tspan' && child.attributes.length === 0)
            content += child.textContent;
          else throw new Error(`<text>: child <${child.nodeName}> is not allowed`);
        }
        if (/[`$\\{}]/.test(content)) throw new Error(`<text>: content "${content}" has template characters`);
        texts.push({ attrs, content: escapeText(content.trim()) });
        continue;
      }
      throw new Error(`element <${name}> is not allowed`);
    }
  };
  walk(root, {});

  const attr = ([k, v]) => `${k}="${v}"`;
  const fragment =
    [...groups.values()].map((g) => `<path ${[['d', g.d.join('')], ...g.attrs].map(attr).join(' ')}/>`).join('') +
    texts.map((t) => `<text ${t.attrs.map(attr).join(' ')}>${t.content}</text>`).join('');
  const fmt = (n) => String(Math.round(n * 10) / 10);
  return {
    viewBox: box.map(fmt).join(' '),
    width: Math.ceil(box[2]),
    height: Math.ceil(box[3]),
    fragment,
  };
}

const FRAGMENT_TAGS = new Set(['path', 'g', 'text', 'tspan']);
const FRAGMENT_ATTRS = new Set([
  'd',
  'x',
  'y',
  'fill',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
]);

/**
 * Independent scan of shipped SVG markup (or a generated module): no script, no event-handler
 * attributes, no href / url() / external or data references, only whitelisted tags and attributes.
 */
export function svgSafetyProblems(markup, where = 'svg') {
  const problems = [];
  const bad = [
    [/<\s*script/i, 'a <script> element'],
    [/\son[a-z]+\s*=/i, 'an event-handler attribute'],
    [/href/i, 'an href / xlink:href reference'],
    [/url\s*\(/i, 'a url() reference'],
    [/(?:https?|ftp|data|javascript|file):/i, 'an external or data URL'],
    [/@import/i, 'an @import'],
    [/<\s*(?:style|image|use|foreignObject|iframe|object|embed|a|animate\w*|set)\b/i, 'a forbidden element'],
    [/\sid\s*=/i, 'an id attribute (would collide in shadow roots)'],
    [/\sstyle\s*=/i, 'an inline style attribute (breaks strict CSP)'],
  ];
  for (const [re, what] of bad) if (re.test(markup)) problems.push(`${where}: contains ${what}`);
  for (const m of markup.matchAll(/<\s*\/?\s*([A-Za-z][\w:-]*)/g))
    if (!FRAGMENT_TAGS.has(m[1])) problems.push(`${where}: element <${m[1]}> is not whitelisted`);
  for (const m of markup.matchAll(/\s([A-Za-z_:][\w:.-]*)\s*=\s*"/g))
    if (!FRAGMENT_ATTRS.has(m[1])) problems.push(`${where}: attribute "${m[1]}" is not whitelisted`);
  return [...new Set(problems)];
}

/** The generated module of one structure: a Lit `svg` template with only static content. */
export function toLitModule({ id, name, formula, confirmed, sanitized, rdkitVersion }) {
  const { viewBox, width, height, fragment } = sanitized;
  if (/[`\\]|\$\{/.test(fragment)) throw new Error(`structure ${id}: fragment has template-literal characters`);
  return `// Generated by scripts/build-structures.mjs from scripts/structures/structures.ts (RDKit ${rdkitVersion}). Do not edit.
import { svg } from 'lit';

/** ${name}, ${formula}: 2D structure drawing${confirmed ? '' : ' (structure not confirmed by a second record)'}. */
export const viewBox = '${viewBox}';
export const width = ${width};
export const height = ${height};
export const confirmed = ${confirmed};
export const drawing = svg\`${fragment}\`;
`;
}

/** The generated index: one static `import()` per structure, so bundlers split each into its own chunk. */
export function toIndexModule(ids) {
  const key = (id) => (/^[A-Za-z_$][\w$]*$/.test(id) ? id : `'${id}'`);
  return `// Generated by scripts/build-structures.mjs. Do not edit.
export const STRUCTURE_LOADERS = {
${ids.map((id) => `  ${key(id)}: () => import('./${id}.js'),`).join('\n')}
};
`;
}

export const gzipSize = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/**
 * Runs every rule over the content: for each alkaloid with a SMILES, RDKit facts, cross-check,
 * provenance, drawing, sanitising, safety scan and size. Returns `{ problems, rows, modules }`;
 * `modules` maps file names to generated source (written only by the build, never by checks).
 */
export function processStructures(RDKit, { alkaloids, structures, gaps, structureSources }) {
  const problems = [...checkSources(structureSources, 'structure')];
  const rows = [];
  const modules = {};
  const ids = new Set(alkaloids.map((a) => a.id));
  for (const id of Object.keys(structures)) if (!ids.has(id)) problems.push(`structure ${id}: no such alkaloid`);
  for (const id of Object.keys(gaps)) if (!ids.has(id)) problems.push(`structure gap ${id}: no such alkaloid`);
  const rdkitVersion = RDKit.version();
  const drawn = [];
  for (const alkaloid of alkaloids) {
    const record = structures[alkaloid.id];
    const gap = gaps[alkaloid.id];
    if (record && gap) problems.push(`alkaloid ${alkaloid.id}: has both a structure and a structure gap note`);
    if (!record) {
      if (!gap?.trim()) problems.push(`alkaloid ${alkaloid.id}: no structure and no note explaining the gap`);
      rows.push({ id: alkaloid.id, status: 'no structure', content: `${alkaloid.formula} ${alkaloid.molarMass}` });
      continue;
    }
    let facts;
    try {
      facts = moleculeFacts(RDKit, record.smiles);
    } catch (error) {
      problems.push(`structure ${alkaloid.id}: ${error.message}`);
      continue;
    }
    problems.push(...crossCheck(alkaloid, facts), ...checkRecord(alkaloid.id, record, facts, structureSources));
    const row = {
      id: alkaloid.id,
      status: record.confirmed ? 'confirmed' : 'NOT confirmed',
      source: record.sources?.[0],
      rdkit: `${facts.formula} ${facts.molarMass.toFixed(3)}`,
      content: `${alkaloid.formula} ${alkaloid.molarMass}`,
      inchiKey: facts.inchiKey,
    };
    rows.push(row);
    let sanitized;
    const mol = RDKit.get_mol(record.smiles);
    try {
      sanitized = sanitizeSvg(mol.get_svg_with_highlights(JSON.stringify(DRAW_OPTIONS)));
    } catch (error) {
      problems.push(`structure ${alkaloid.id}: SVG rejected: ${error.message}`);
      continue;
    } finally {
      mol.delete();
    }
    const source = toLitModule({
      id: alkaloid.id,
      name: alkaloid.name,
      formula: facts.formula,
      confirmed: record.confirmed,
      sanitized,
      rdkitVersion,
    });
    problems.push(...svgSafetyProblems(sanitized.fragment, `structure ${alkaloid.id} SVG`));
    row.gzBytes = gzipSize(source);
    row.rawBytes = Buffer.byteLength(source);
    row.viewBox = sanitized.viewBox;
    if (row.gzBytes > MAX_GZ_BYTES)
      problems.push(`structure ${alkaloid.id}: ${row.gzBytes} bytes gzipped, over the ${MAX_GZ_BYTES}-byte budget`);
    modules[`${alkaloid.id}.ts`] = source;
    drawn.push(alkaloid.id);
  }
  modules['index.ts'] = toIndexModule(drawn);
  return { problems, rows, modules, rdkitVersion };
}
