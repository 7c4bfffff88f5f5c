/**
 * @custom-elements-manifest/analyzer config: documents the element classes (pure modules under
 * src/components) and maps each class to its tag from the define modules. `kratomTypesPlugin`
 * (scripts/cem-plugins.mjs) adds expanded types and event detail types; scripts/check-cem.mjs
 * validates the result against the published schema and our completeness rules.
 */
import { kratomTypesPlugin } from './scripts/cem-plugins.mjs';

export default {
  globs: ['src/components/**/*.ts', 'src/shared/kratom-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'kratom-private-members',
      // Drop private/protected members so the manifest shows the public API only.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
            // `emit(name, …)` in the base class is not an event of its own.
            if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'name');
          }
        }
      },
    },
    kratomTypesPlugin(),
  ],
};
