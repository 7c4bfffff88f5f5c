// @ts-check
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

// Reader safety: no raw HTML/SVG injection anywhere in the library.
const SAFETY_PATHS = [
  { name: 'lit/directives/unsafe-html.js', message: 'Breaks strict CSP / Trusted Types and risks XSS.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'Breaks strict CSP / Trusted Types and risks XSS.' },
  { name: 'lit/directives/style-map.js', message: 'Inline styles break strict CSP (style-src).' },
];

/**
 * Layers of src/ (imports point down only): content (facts, a leaf) ← shared + localization ←
 * components (one folder each, independent) ← define/entry points. A later config block replaces
 * `no-restricted-imports` for its files, so each layer repeats SAFETY_PATHS. Relative imports are
 * matched by their text: `../` steps up from the importing file's folder.
 */
const layer = (paths, patterns) => ['error', { paths: [...SAFETY_PATHS, ...paths], patterns }];
const LAYER_RULES = [
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [
          {
            name: '@lit/localize',
            allowImportNames: ['msg', 'str'],
            message: 'src/content may use msg() and str only; locale state lives in src/localization.',
          },
        ],
        [
          {
            regex: '^(\\.\\./)+(shared|localization|components|define)/',
            message: 'src/content is a leaf: it may not import shared, localization, components or define.',
          },
          {
            regex: '^(lit|lit-html|lit-element|@lit/reactive-element)(/|$)',
            message: 'src/content holds facts, not views: render in a component.',
          },
        ],
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts', 'src/localization/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [],
        [
          {
            regex: '^(\\.\\./)+(components|define)/',
            message: 'Shared code may not depend on a component or on element registration.',
          },
          {
            // Issue #25: a widget carries only the sources its content cites (content/widget-sources/), and
            // the whole bibliography loads lazily (content/source-entries.ts).
            regex: '^(\\.\\./)+content/(bibliography|sources|citations|source-entries-chunk)\\.js$',
            message:
              'Widgets resolve sources from their content/widget-sources/ table or content/source-entries.ts, never the whole bibliography.',
          },
        ],
      ),
    },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [],
        [
          {
            // `../<folder>/` from a component file is another component's folder (`../../` leaves components/).
            regex: '^\\.\\./(?!\\.\\./)[^/]+/',
            message: 'A component may not import another component: move the shared piece to src/shared.',
          },
          { regex: '^(\\.\\./)+define/', message: 'A component may not import element registration.' },
          {
            // Issue #25: a widget carries only the sources its content cites (content/widget-sources/), and
            // the whole bibliography loads lazily (content/source-entries.ts).
            regex: '^(\\.\\./)+content/(bibliography|sources|citations|source-entries-chunk)\\.js$',
            message:
              'Widgets resolve sources from their content/widget-sources/ table or content/source-entries.ts, never the whole bibliography.',
          },
        ],
      ),
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'cdn/',
      'storybook-static/',
      'src/generated/',
      'custom-elements.json',
      '.wireit/',
      'tmp/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-template-bind': 'error',
      'wc/guard-super-call': 'off',
      'no-restricted-imports': ['error', { paths: SAFETY_PATHS }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...LAYER_RULES,
  {
    // A component file is read whole: split a larger one into template partials, styles or controllers.
    files: ['src/components/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'The library promises no storage.' },
        { object: 'window', property: 'sessionStorage', message: 'The library promises no storage.' },
        { object: 'document', property: 'cookie', message: 'The library promises no cookies.' },
        { object: 'navigator', property: 'sendBeacon', message: 'The library promises no network use.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML in the library.' },
        { selector: "CallExpression[callee.name='fetch']", message: 'The library makes no network requests.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
