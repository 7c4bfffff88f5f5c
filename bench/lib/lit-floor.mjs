/**
 * The "Lit floor": custom elements built with plain Lit that stamp the DOM our widgets rendered
 * (captured in the same run, with the same CSS) and do nothing else. No content modules, no
 * localisation, no Intl, no data lookups, no logic. It is what any Lit implementation of the same
 * output has to pay (module load, element upgrade, shadow root, adopted stylesheet, template
 * clone), so it separates what the stack costs from what our code costs.
 *
 * The markup of each instance is one Lit template. Text that differs between instances of the
 * same shape (a badge's place name) becomes a binding, so instances of one shape share one
 * template, as they would in a hand-written element. Bench-only: never shipped.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { COMPILE_HINT } from '../../scripts/lib/compile-hints.mjs';

/**
 * @param {object} options
 * @param {string} options.root repository root (resolves `lit`)
 * @param {string} options.outfile where to write the bundle
 * @param {Record<string, { css: string, keyAttribute?: string, instances: Record<string, { html: string, hole?: string }> }>} options.elements
 *   per tag: the stylesheet text, the attribute that picks an instance (none: one instance, key ""),
 *   and per key the captured shadow DOM and optionally the text to turn into a binding
 */
export async function buildLitFloor({ root, outfile, elements }) {
  const data = {};
  for (const [tag, { css, keyAttribute, instances }] of Object.entries(elements)) {
    data[tag] = {
      css,
      keyAttribute: keyAttribute ?? null,
      instances: Object.fromEntries(
        Object.entries(instances).map(([key, { html, hole }]) => [
          key,
          hole ? { parts: html.split(hole), value: hole } : { parts: [html], value: '' },
        ]),
      ),
    };
  }
  const contents = `
import { LitElement, html, unsafeCSS } from 'lit';
const DATA = ${JSON.stringify(data)};
const shapes = new Map();
/** One template strings array per distinct shape, as tagged template literals would give. */
function stringsFor(parts) {
  const key = parts.join('\\u0000');
  let strings = shapes.get(key);
  if (!strings) {
    strings = Object.freeze(Object.assign([...parts], { raw: Object.freeze([...parts]) }));
    shapes.set(key, strings);
  }
  return strings;
}
for (const [tag, d] of Object.entries(DATA)) {
  customElements.define(tag, class extends LitElement {
    static styles = unsafeCSS(d.css);
    render() {
      const entry = d.instances[d.keyAttribute ? this.getAttribute(d.keyAttribute) : ''];
      return html(stringsFor(entry.parts), ...Array(entry.parts.length - 1).fill(entry.value));
    }
  });
}
`;
  await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: path.basename(outfile) },
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: COMPILE_HINT }, // as every bench bundle (bench/lib/build.mjs)
  });
}

/** Captures, in a page where the widgets have rendered, each one's tag, attributes, CSS and shadow DOM. */
export function captureInPage(tags) {
  const els = [...document.querySelectorAll(tags.join(','))];
  const strip = (s) => s.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '');
  return els.map((el) => ({
    tag: el.localName,
    attrs: el
      .getAttributeNames()
      .map((n) => `${n}="${el.getAttribute(n).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join(' '),
    css: [...el.shadowRoot.adoptedStyleSheets]
      .map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'))
      .join('\n'),
    html: strip(el.shadowRoot.getHTML()),
  }));
}
