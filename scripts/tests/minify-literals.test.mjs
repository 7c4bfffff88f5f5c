/**
 * Template minification must shrink Lit templates without changing what they render: expressions,
 * quoted CSS strings, spaces that separate selectors or values, and single-line text stay as they are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyLiterals } from '../minify-literals.mjs';

test('html: line-break whitespace becomes one space, expressions untouched', () => {
  const src =
    'const t = html`<div class="a">\n    <span>${name}</span>\n    ${cond ? html`<b>\n  x\n</b>` : nothing}\n  </div>`;';
  const out = minifyLiterals(src);
  assert.equal(
    out,
    'const t = html`<div class="a"> <span>${name}</span> ${cond ? html`<b> x </b>` : nothing} </div>`;',
  );
});

test('html: text on one line (meaningful spaces) is kept exactly', () => {
  const src = 'html`<p>Hello <b>big</b>  world, ${who}!</p>`';
  assert.equal(minifyLiterals(src), src);
});

test('svg templates are minified like html', () => {
  assert.equal(minifyLiterals('svg`<g>\n  <path d="M0 0"/>\n</g>`'), 'svg`<g> <path d="M0 0"/> </g>`');
});

test('css: comments and whitespace go, selectors, values and strings keep their meaning', () => {
  const src = [
    'const s = css`',
    '  /* a comment */',
    '  :host(:not([hidden])) .a :hover,',
    '  .b > .c {',
    "    content: ' (' attr(href) ')';",
    '    inline-size: calc(100% - 2 * var(--x, 1px));',
    '    margin: 0 auto;',
    '  }',
    '  ${extra}',
    '  @media (forced-colors: active) {',
    '    .d { color: CanvasText; }',
    '  }',
    '`;',
  ].join('\n');
  const out = minifyLiterals(src);
  assert.equal(
    out,
    "const s = css` :host(:not([hidden])) .a :hover,.b > .c{content: ' (' attr(href) ')';inline-size: calc(100% - 2 * var(--x,1px));margin: 0 auto}${extra} @media (forced-colors: active){.d{color: CanvasText}}`;",
  );
});

test('other tagged templates and plain template strings are left alone', () => {
  const src = 'const a = `x\n  y`; const b = str`a\n  ${b}`; const c = msg(`Line\n  two`);';
  assert.equal(minifyLiterals(src), src);
});

test('compiled JavaScript (tsc output keeps a space before the backtick) is handled', () => {
  const src = 'return html `<div>\n    <p>${x}</p>\n  </div>`;';
  assert.equal(minifyLiterals(src, 'file.js'), 'return html `<div> <p>${x}</p> </div>`;');
});
