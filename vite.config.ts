/**
 * Builds the self-contained CDN bundle `cdn/kratom-widgets.js` (Lit and @lit/localize inlined,
 * every element registered). Locale modules and the legal data are separate lazy chunks beside it,
 * so a page fetches only the active locale's strings and legal data only when a badge is present.
 * The npm output (`dist/`) is built by `tsc` unbundled; see scripts/build.mjs.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: { 'kratom-widgets': 'src/cdn.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
