/**
 * The explicit map of lazily loaded locale modules. One entry per target locale, each a static
 * `import()` so every bundler (Vite, Rollup, esbuild, webpack) splits it into its own chunk.
 * Keep this list in step with `targetLocales` in lit-localize.json (a test checks it).
 */
import type { LocaleModule } from '@lit/localize';

export const LOCALE_LOADERS: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  es: () => import('../generated/locales/es.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  fr: () => import('../generated/locales/fr.js'),
  de: () => import('../generated/locales/de.js'),
  nl: () => import('../generated/locales/nl.js'),
  pl: () => import('../generated/locales/pl.js'),
  th: () => import('../generated/locales/th.js'),
  id: () => import('../generated/locales/id.js'),
  ms: () => import('../generated/locales/ms.js'),
  vi: () => import('../generated/locales/vi.js'),
  ar: () => import('../generated/locales/ar.js'),
};
