/**
 * Child process of bench/run.mjs: renders kratom elements with @lit-labs/ssr to declarative shadow
 * DOM, from the bench's Node bundle of the current sources. argv[2]: the bundle; argv[3]: JSON
 * array of element markups (e.g. `<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`).
 * Prints JSON { shim, results: [{ markup, html, ms, fallback, error }] }.
 *
 * Server recipe as in docs/ssr.md: register the elements, preload the legal data, render.
 * `--shim-closest`: @lit-labs/ssr's DOM shim has no Element.closest(), which KratomElement.direction
 * calls (docs/ssr.md "Known gaps"); with this flag the shim gets a closest() that finds nothing,
 * which is what the documented `isServer` fix does. Used only when the sources still call it.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const [bundle, markupsJson, flag] = process.argv.slice(2);
const mod = await import(bundle);
let shim = false;
if (flag === '--shim-closest') {
  // The shim's Element class: the prototype in the element's chain that defines attachInternals.
  let proto = customElements.get('kratom-legal-badge')?.prototype;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'attachInternals')) proto = Object.getPrototypeOf(proto);
  if (proto && typeof proto.closest !== 'function') {
    proto.closest = () => null;
    shim = true;
  }
}
await mod.loadLegalData();
const results = [];
for (const markup of JSON.parse(markupsJson)) {
  const started = performance.now();
  try {
    const out = await collectResult(render(html`${unsafeStatic(markup)}`));
    results.push({
      markup,
      html: out,
      ms: performance.now() - started,
      fallback: out.includes('part="fallback"'),
    });
  } catch (error) {
    results.push({ markup, html: markup, ms: NaN, fallback: true, error: String(error) });
  }
}
process.stdout.write(JSON.stringify({ shim, results }));
