/**
 * dist/ files are rewritten after tsc (translator notes stripped, templates minified:
 * scripts/shipped-source.mjs). Their source maps must follow: a position in the shipped file
 * resolves to the line in src/ that wrote it, and the map carries the source text (src/ does not ship).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import sourceMap from 'source-map-js';
import { shipDir } from '../shipped-source.mjs';

const SOURCE = [
  "import { html, css, LitElement } from 'lit';",
  "import { msg } from '@lit/localize';",
  '',
  'export const styles = css`',
  '  /* a comment that goes */',
  '  :host {',
  '    display: block;',
  '  }',
  '  .cell {',
  '    color: red;',
  '  }',
  '`;',
  '',
  'export class Demo extends LitElement {',
  '  label() {',
  "    return msg('Open', {",
  "      id: 'demo.open.label',",
  "      desc: 'Button that opens the panel. Keep it short: one or two words; the panel lists sources.',",
  '    });',
  '  }',
  '  render() {',
  '    return html`',
  '      <section part="base">',
  '        <p class="intro">',
  '          ${this.label()}',
  '        </p>',
  '        <span class="target-word">here</span>',
  '      </section>',
  '    `;',
  '  }',
  '}',
  '',
  'export function afterEverything(value: number): number {',
  '  const doubledValue = value * 2;',
  '  return doubledValue;',
  '}',
  '',
].join('\n');

/** 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text, needle) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function buildFixture() {
  const root = mkdtempSync(path.join(tmpdir(), 'kratom-maps-'));
  mkdirSync(path.join(root, 'src'));
  mkdirSync(path.join(root, 'dist'));
  writeFileSync(path.join(root, 'src/demo.ts'), SOURCE);
  const { outputText, sourceMapText } = ts.transpileModule(SOURCE, {
    fileName: 'demo.ts',
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      sourceMap: true,
    },
  });
  const map = JSON.parse(sourceMapText);
  map.sources = ['../src/demo.ts'];
  map.file = 'demo.js';
  writeFileSync(
    path.join(root, 'dist/demo.js'),
    outputText.replace(/sourceMappingURL=\S+/, 'sourceMappingURL=demo.js.map'),
  );
  writeFileSync(path.join(root, 'dist/demo.js.map'), JSON.stringify(map));
  return root;
}

test('a rewritten dist file: identifiers and template text resolve to their line in the source', () => {
  const root = buildFixture();
  try {
    const before = readFileSync(path.join(root, 'dist/demo.js'), 'utf8');
    assert.equal(shipDir(path.join(root, 'dist')), 1);
    const shipped = readFileSync(path.join(root, 'dist/demo.js'), 'utf8');
    // The rewrite really moved lines (otherwise this test could not fail).
    assert.ok(!shipped.includes('Button that opens'), 'translator note is stripped');
    assert.notEqual(lineOf(shipped, 'doubledValue'), lineOf(before, 'doubledValue'));
    assert.match(shipped, /\/\/# sourceMappingURL=demo\.js\.map\n$/);

    const map = JSON.parse(readFileSync(path.join(root, 'dist/demo.js.map'), 'utf8'));
    const consumer = new sourceMap.SourceMapConsumer(map);
    const shippedLines = shipped.split('\n');
    for (const [needle, sourceNeedle] of [
      ['doubledValue', 'const doubledValue'],
      ['afterEverything', 'export function afterEverything'],
      ['target-word', 'target-word'],
      ['intro', 'class="intro"'],
      ['cell', '.cell {'],
      ["'demo.open.label'", "id: 'demo.open.label'"],
    ]) {
      const line = lineOf(shipped, needle);
      assert.ok(line > 0, `${needle} is in the shipped file`);
      const column = shippedLines[line - 1].indexOf(needle);
      const pos = consumer.originalPositionFor({ line, column });
      assert.equal(pos.source, '../src/demo.ts', `${needle}: source`);
      assert.equal(pos.line, lineOf(SOURCE, sourceNeedle), `${needle} (shipped ${line}:${column}) → source line`);
    }
    // The map works without src/: it carries the original text.
    assert.equal(consumer.sourceContentFor('../src/demo.ts'), SOURCE);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a file the rewrite replaces (legal data as JSON.parse) ships without a stale map', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'kratom-maps-'));
  try {
    const dir = path.join(root, 'dist/content/legal/places');
    mkdirSync(dir, { recursive: true });
    const code =
      "export const PLACE = {\n  id: 'xx',\n  editorNote: 'for editors',\n  status: 'legal',\n};\n//# sourceMappingURL=xx.js.map\n";
    writeFileSync(path.join(dir, 'xx.js'), code);
    writeFileSync(
      path.join(dir, 'xx.js.map'),
      JSON.stringify({ version: 3, sources: ['xx.ts'], names: [], mappings: 'AAAA' }),
    );
    shipDir(path.join(root, 'dist'));
    const shipped = readFileSync(path.join(dir, 'xx.js'), 'utf8');
    assert.match(shipped, /JSON\.parse/);
    assert.ok(!shipped.includes('sourceMappingURL'), 'no map comment');
    assert.ok(!existsSync(path.join(dir, 'xx.js.map')), 'no stale map');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
