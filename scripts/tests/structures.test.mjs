/**
 * The chemical-structure build (scripts/build-structures.mjs) must: fail when RDKit's formula or
 * molar mass disagree with the content model; draw every alkaloid that has a confirmed SMILES;
 * emit SVG with no script, no event handlers and no references; and stay within 3 KB gzipped per
 * structure. Runs RDKit (WebAssembly from node_modules) in memory; writes nothing.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRDKit, loadStructureInputs } from '../build-structures.mjs';
import {
  MAX_GZ_BYTES,
  checkRecord,
  crossCheck,
  elementCounts,
  hillFormula,
  moleculeFacts,
  processStructures,
  sanitizeSvg,
  svgSafetyProblems,
  toLitModule,
} from '../structures-lib.mjs';

let RDKit;
let inputs;
let result;
before(async () => {
  [RDKit, inputs] = await Promise.all([loadRDKit(), loadStructureInputs()]);
  result = processStructures(RDKit, inputs);
});

const MITRAGYNINE = 'COC1=CC=CC2=C1C3=C([C@@](C[C@H](/C(C(OC)=O)=C\\OC)[C@H](CC)C4)([H])N4CC3)N2';

test('Hill order: C, H, then alphabetical; without carbon, all alphabetical', () => {
  assert.equal(hillFormula({ O: 4, N: 2, H: 30, C: 23 }), 'C23H30N2O4');
  assert.equal(hillFormula({ C: 1, H: 4 }), 'CH4');
  assert.equal(hillFormula({ S: 1, O: 4, H: 2 }), 'H2O4S');
  assert.equal(hillFormula({ Cl: 1, Br: 1, C: 2, H: 5 }), 'C2H5BrCl');
});

test('RDKit facts: formula counts implicit and bracket hydrogens', () => {
  const ethanol = moleculeFacts(RDKit, 'CCO');
  assert.equal(ethanol.formula, 'C2H6O');
  assert.ok(Math.abs(ethanol.molarMass - 46.069) < 0.01);
  assert.equal(hillFormula(elementCounts(RDKit.get_mol('[H]OC([H])([H])[H]').get_json())), 'CH4O');
  const m = moleculeFacts(RDKit, MITRAGYNINE);
  assert.equal(m.formula, 'C23H30N2O4');
  assert.ok(Math.abs(m.molarMass - 398.503) < 0.001);
  assert.equal(m.inchiKey, 'LELBFTMXCIIKKX-QVRQZEMUSA-N');
  assert.throws(() => moleculeFacts(RDKit, 'C1CC(('), /cannot parse/);
});

test('cross-check: a deliberately wrong formula fails and reports both values', () => {
  const facts = moleculeFacts(RDKit, MITRAGYNINE);
  const wrong = { id: 'fixture', formula: 'C23H30N2O5', molarMass: 398.5 };
  const problems = crossCheck(wrong, facts).join('\n');
  assert.match(
    problems,
    /alkaloid fixture: formula from SMILES \(RDKit\) is C23H30N2O4, content model says C23H30N2O5/,
  );
  assert.deepEqual(crossCheck({ ...wrong, formula: 'C23H30N2O4' }, facts), []);
});

test('cross-check: a molar mass off by more than 0.1 g/mol fails; within 0.1 passes', () => {
  const facts = moleculeFacts(RDKit, MITRAGYNINE);
  const base = { id: 'fixture', formula: 'C23H30N2O4' };
  assert.match(
    crossCheck({ ...base, molarMass: 414.5 }, facts).join('\n'),
    /average molar mass from SMILES \(RDKit\) is 398\.503 g\/mol, content model says 414\.5 g\/mol/,
  );
  assert.match(crossCheck({ ...base, molarMass: 398.7 }, facts).join('\n'), /content model says 398\.7/);
  assert.deepEqual(crossCheck({ ...base, molarMass: 398.5 }, facts), []);
  assert.deepEqual(crossCheck({ ...base, molarMass: 398.45 }, facts), []);
});

test('the whole pipeline fails on a wrong content-model fixture (nothing would be written)', () => {
  const broken = {
    ...inputs,
    alkaloids: inputs.alkaloids.map((a) => (a.id === 'mitragynine' ? { ...a, formula: 'C22H28N2O4' } : a)),
  };
  const r = processStructures(RDKit, broken);
  assert.match(r.problems.join('\n'), /alkaloid mitragynine: formula from SMILES \(RDKit\) is C23H30N2O4/);
});

test('a confirmed structure whose source InChIKey does not match RDKit fails', () => {
  const sources = { S1: { id: 'S1', url: 'https://example.org/a' } };
  const record = {
    smiles: MITRAGYNINE,
    sourceUrl: 'https://example.org/a',
    sourceNote: 'fixture',
    sources: ['S1'],
    confirmed: true,
    inchiKey: 'LELBFTMXCIIKKX-MYLQJJOTSA-N',
  };
  const facts = moleculeFacts(RDKit, MITRAGYNINE);
  assert.match(
    checkRecord('fixture', record, facts, sources).join('\n'),
    /InChIKey from SMILES \(RDKit\) is LELBFTMXCIIKKX-QVRQZEMUSA-N/,
  );
  assert.match(
    checkRecord('fixture', { ...record, inchiKey: undefined }, facts, sources).join('\n'),
    /confirmed, but no InChIKey/,
  );
  assert.match(
    checkRecord('fixture', { ...record, sources: ['S9'] }, facts, sources).join('\n'),
    /unknown source id "S9"/,
  );
  assert.deepEqual(checkRecord('fixture', { ...record, inchiKey: facts.inchiKey }, facts, sources), []);
});

test('the real content passes every structure rule', () => {
  assert.deepEqual(result.problems, []);
});

test('every alkaloid has a structure or a documented gap, and every confirmed SMILES is drawn', () => {
  for (const a of inputs.alkaloids) {
    const record = inputs.structures[a.id];
    const gap = inputs.gaps[a.id];
    assert.ok(Boolean(record) !== Boolean(gap), `${a.id}: needs exactly one of a structure or a gap note`);
    if (record) {
      assert.ok(result.modules[`${a.id}.ts`], `${a.id}: has a SMILES but no generated drawing`);
      assert.match(result.modules['index.ts'], new RegExp(`import\\('\\./${a.id}\\.js'\\)`));
    }
  }
  const confirmed = Object.entries(inputs.structures).filter(([, r]) => r.confirmed);
  assert.ok(confirmed.length >= 1, 'at least one confirmed structure');
  for (const [id] of confirmed) assert.match(result.modules[`${id}.ts`], /export const confirmed = true;/);
});

test('generated SVG has no script, no event handlers, no references, only whitelisted markup', () => {
  for (const [file, source] of Object.entries(result.modules)) {
    if (file === 'index.ts') continue;
    const fragment = /svg`([\s\S]*)`;/.exec(source)[1];
    assert.deepEqual(svgSafetyProblems(fragment, file), [], file);
    assert.doesNotMatch(source, /<script|\son\w+=|href|url\(|https?:|unsafeSVG|innerHTML/i, file);
    assert.doesNotMatch(fragment, /#[0-9a-f]{3,6}\b/i, `${file}: colours must be currentColor`);
    assert.match(fragment, /currentColor/);
    assert.match(source, /^export const viewBox = '0 0 [\d.]+ [\d.]+';$/m);
  }
});

test('structure sizes are reported and each is at most 3 KB gzipped', (t) => {
  const drawn = result.rows.filter((r) => r.gzBytes !== undefined);
  assert.ok(drawn.length >= 1);
  for (const r of drawn) {
    t.diagnostic(`${r.id}: ${r.gzBytes} B gzipped (${r.rawBytes} B raw), viewBox ${r.viewBox}`);
    assert.ok(r.gzBytes <= MAX_GZ_BYTES, `${r.id}: ${r.gzBytes} B gzipped > ${MAX_GZ_BYTES}`);
  }
});

test('every drawing uses the same bond length (consistent scale)', (t) => {
  // Plain single bonds between carbons are drawn at full length; bonds ending at a label are shorter.
  // The median of the full-length bonds must agree across drawings to within 2 %.
  const medians = {};
  for (const [file, source] of Object.entries(result.modules)) {
    if (file === 'index.ts') continue;
    const lengths = [...source.matchAll(/M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)/g)]
      .map(([, a, b, c, d]) => Math.hypot(c - a, d - b))
      .filter((l) => l > 25)
      .sort((a, b) => a - b);
    assert.ok(lengths.length >= 5, `${file}: too few full-length bonds`);
    medians[file] = lengths[Math.floor(lengths.length / 2)];
  }
  const values = Object.values(medians);
  t.diagnostic(`bond length by drawing: ${JSON.stringify(medians)}`);
  assert.ok(Math.max(...values) / Math.min(...values) < 1.02, JSON.stringify(medians));
});

test('the sanitiser rejects anything outside the whitelist', () => {
  const wrap = (inner, rootAttrs = '') =>
    `<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10' ${rootAttrs}>${inner}</svg>`;
  const ok = "<path d='M 1,1 L 5,5' style='fill:none;stroke:#000000;stroke-width:1.5px'/>";
  assert.match(
    sanitizeSvg(wrap(ok)).fragment,
    /^<path d="M1,1L5,5" fill="none" stroke="currentColor" stroke-width="1.5"\/>$/,
  );
  const rejects = [
    [wrap(`${ok}<script>alert(1)</script>`), /<script> is not allowed/],
    [wrap(ok, "onload='alert(1)'"), /attribute "onload" is not allowed/],
    [wrap("<path d='M1,1L2,2' onclick='x()'/>"), /attribute "onclick" is not allowed/],
    [wrap("<image href='https://example.org/x.png'/>"), /<image> is not allowed/],
    [wrap("<use xlink:href='#a' xmlns:xlink='http://www.w3.org/1999/xlink'/>"), /<use> is not allowed/],
    [wrap('<foreignObject><div/></foreignObject>'), /<foreignObject> is not allowed/],
    [wrap("<path d='M1,1L2,2' style='fill:url(https://example.org/#p)'/>"), /colour "url/],
    [wrap("<path d='M1,1L2,2' style='filter:url(#f)'/>"), /style property "filter:url\(#f\)" is not allowed/],
    [wrap("<path d='M1,1L2,2' style='stroke:#FF0000'/>"), /colour "#FF0000" is not in the black-and-white palette/],
    [wrap("<path d='javascript:alert(1)'/>"), /outside the path grammar/],
    [wrap("<rect x='3' y='3' width='2' height='2' style='fill:#000000'/>"), /<rect> that is not the background/],
    [wrap('<style>path{fill:red}</style>'), /<style> is not allowed/],
    ['<html/>', /root element is <html>/],
  ];
  for (const [svg, message] of rejects) assert.throws(() => sanitizeSvg(svg), message, svg);
});

test('the sanitiser drops the header, background, classes and merges paths per style', () => {
  const svg = `<?xml version='1.0' encoding='iso-8859-1'?>
<svg version='1.1' baseProfile='full' xmlns='http://www.w3.org/2000/svg' xmlns:rdkit='http://www.rdkit.org/xml' xmlns:xlink='http://www.w3.org/1999/xlink' xml:space='preserve' width='20px' height='10px' viewBox='0 0 20 10'>
<!-- END OF HEADER -->
<rect style='opacity:1.0;fill:#FFFFFF;stroke:none' width='20.0' height='10.0' x='0.0' y='0.0'> </rect>
<path class='bond-0 atom-0 atom-1' d='M 1.0,1.0 L 5.0,5.0' style='fill:none;fill-rule:evenodd;stroke:#000000;stroke-width:1.5px;stroke-linecap:butt;stroke-linejoin:miter;stroke-opacity:1' />
<path class='bond-1 atom-1 atom-2' d='M 5.0,5.0 L 9.0,1.0' style='fill:none;fill-rule:evenodd;stroke:#000000;stroke-width:1.5px;stroke-linecap:butt;stroke-linejoin:miter;stroke-opacity:1' />
<path class='atom-2' d='M 10.0 1.0
L 11.0 1.0
' fill='#000000'/>
<text x='12' y='8' style='font-size:6px;font-family:sans-serif' fill='#000000'>N</text>
</svg>`;
  const s = sanitizeSvg(svg);
  assert.equal(s.viewBox, '0 0 20 10');
  assert.equal(s.width, 20);
  assert.equal(
    s.fragment,
    '<path d="M1.0,1.0L5.0,5.0M5.0,5.0L9.0,1.0" fill="none" stroke="currentColor" stroke-width="1.5"/>' +
      '<path d="M10.0 1.0L11.0 1.0" fill="currentColor"/>' +
      '<text x="12" y="8" fill="currentColor" font-size="6" font-family="sans-serif">N</text>',
  );
  assert.deepEqual(svgSafetyProblems(s.fragment), []);
  assert.throws(
    () =>
      toLitModule({
        id: 'x',
        name: 'x',
        formula: 'x',
        confirmed: true,
        rdkitVersion: 'x',
        sanitized: { ...s, fragment: '${x}' },
      }),
    /template-literal characters/,
  );
});

test('the safety scan catches what the sanitiser must never let through', () => {
  assert.match(svgSafetyProblems('<path d="M1,1" onload="x()"/>').join('\n'), /event-handler attribute/);
  assert.match(svgSafetyProblems('<script>x()</script>').join('\n'), /<script> element/);
  assert.match(svgSafetyProblems('<use href="#a"/>').join('\n'), /href/);
  assert.match(svgSafetyProblems('<path fill="url(https://e.org/#p)" d="M1,1"/>').join('\n'), /url\(\) reference/);
  assert.match(svgSafetyProblems('<path id="a" d="M1,1"/>').join('\n'), /id attribute/);
  assert.match(svgSafetyProblems('<path style="fill:red" d="M1,1"/>').join('\n'), /inline style/);
});
