/**
 * The explicit map of lazily loaded locale modules. One entry per target locale, each a static
 * `import()` so every bundler (Vite, Rollup, esbuild, webpack) splits it into its own chunk.
 * Keep this list in step with `targetLocales` in lit-localize.json (a test checks it).
 */
import type { LocaleModule } from '@lit/localize';

export const LOCALE_LOADERS: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  es: () => import('../generated/locales/es.js'),
  de: () => import('../generated/locales/de.js'),
};
