/**
 * The import map a plain page needs to load the package's unbundled ESM (dist/) from a consumer's
 * node_modules: Lit and @lit/localize by bare specifier. Used by the pack smoke and consumer tests.
 */
export const LIT_IMPORTS = {
  lit: '/node_modules/lit/index.js',
  'lit/': '/node_modules/lit/',
  'lit-html': '/node_modules/lit-html/lit-html.js',
  'lit-html/': '/node_modules/lit-html/',
  'lit-element/': '/node_modules/lit-element/',
  '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
  '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
  '@lit/localize/': '/node_modules/@lit/localize/',
};
