/**
 * Child process of bench/run.mjs: renders kratom elements with @lit-labs/ssr to declarative shadow
 * DOM, from the bench's Node bundle of the current sources. argv[2]: the bundle; argv[3]: JSON
 * array of element markups (e.g. `<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`),
 * to which it adds one legal badge for each of the first 100 covered jurisdictions.
 * Prints JSON { badges: [markup], results: [{ markup, html, fallback, error }] }.
 * Server recipe as in docs/ssr.md: register the elements, preload the legal data and the
 * bibliography entries, render.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const [bundle, markupsJson] = process.argv.slice(2);
const mod = await import(bundle);
const [data] = await Promise.all([mod.loadLegalData(), mod.loadSourceEntries()]);
const badges = data.COVERED_CODES.slice(0, 100).map(
  (c) => `<kratom-legal-badge jurisdiction="${c}"></kratom-legal-badge>`,
);
const results = [];
for (const markup of [...JSON.parse(markupsJson), ...badges]) {
  try {
    const out = await collectResult(render(html`${unsafeStatic(markup)}`));
    results.push({ markup, html: out, fallback: out.includes('part="fallback"') });
  } catch (error) {
    results.push({ markup, html: markup, fallback: true, error: String(error) });
  }
}
process.stdout.write(JSON.stringify({ badges, results }));
