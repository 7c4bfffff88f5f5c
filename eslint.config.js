// @ts-check
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'cdn/', 'storybook-static/', 'src/generated/', 'custom-elements.json'],
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
      // Reader safety: no raw HTML/SVG injection anywhere in the library.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Breaks strict CSP / Trusted Types and risks XSS.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Breaks strict CSP / Trusted Types and risks XSS.' },
            { name: 'lit/directives/style-map.js', message: 'Inline styles break strict CSP (style-src).' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
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
