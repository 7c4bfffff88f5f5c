/**
 * The manifest validator (scripts/check-cem.mjs) must see every part an element renders: literal
 * `part="…"`, dynamic `part=${cond ? 'a' : 'b'}`, part names passed to a helper that renders
 * `part=${part}`, and parts of shared helpers two imports deep (a footer that renders the
 * translation notice).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateManifest } from '../check-cem.mjs';

const FILES = {
  'src/define/kratom-demo.ts': "import '../components/demo/demo.js';\n",
  'src/shared/notice.ts': [
    "import { html } from 'lit';",
    'export function notice() {',
    '  return html`<p part="translation-notice">Not reviewed</p>`;',
    '}',
  ].join('\n'),
  'src/shared/footer.ts': [
    "import { html } from 'lit';",
    "import { notice } from './notice.js';",
    'export function footer() {',
    '  return html`<footer part="review">${notice()}</footer>`;',
    '}',
  ].join('\n'),
  'src/shared/icons.ts': [
    "import { html } from 'lit';",
    "function frame(content, part = 'icon') {",
    '  return html`<svg part=${part}>${content}</svg>`;',
    '}',
    'export function statusIcon() {',
    "  return frame('x', 'status-icon');",
    '}',
  ].join('\n'),
  'src/components/demo/demo.ts': [
    "import { html, LitElement } from 'lit';",
    "import { footer } from '../../shared/footer.js';",
    "import { statusIcon } from '../../shared/icons.js';",
    'export class KratomDemo extends LitElement {',
    "  heading(text, part = 'heading') {",
    '    return html`<div role="heading" part=${part}>${text}</div>`;',
    '  }',
    '  render() {',
    '    return html`<section part="base">',
    "      ${this.heading('Hello')} ${this.heading('Help', 'help-heading')}",
    "      <button part=${this.open ? 'tab tab-selected' : 'tab'}>${statusIcon()}</button>",
    '      ${footer()}',
    '    </section>`;',
    '  }',
    '}',
  ].join('\n'),
};

const RENDERED = [
  'base',
  'heading',
  'help-heading',
  'tab',
  'tab-selected',
  'status-icon',
  'review',
  'translation-notice',
];

function manifest(documented) {
  return {
    schemaVersion: '2.1.0',
    modules: [
      {
        kind: 'javascript-module',
        path: 'src/components/demo/demo.ts',
        declarations: [
          {
            kind: 'class',
            name: 'KratomDemo',
            tagName: 'kratom-demo',
            customElement: true,
            summary: 'Demo.',
            description: 'A demo element.',
            cssParts: documented.map((name) => ({ name, description: `The ${name}.` })),
          },
        ],
        exports: [],
      },
    ],
  };
}

test('undocumented dynamic, parameter and nested-helper parts are errors', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'kratom-cem-parts-'));
  try {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const none = validateManifest(manifest(['base']), { root, knownGaps: {} });
    const missing = none.errors
      .map((e) => /renders part="([^"]+)"/.exec(e)?.[1])
      .filter(Boolean)
      .sort();
    assert.deepEqual(missing, RENDERED.filter((p) => p !== 'base').sort());

    const all = validateManifest(manifest(RENDERED), { root, knownGaps: {} });
    assert.deepEqual(all.errors, []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
