/**
 * @custom-elements-manifest/analyzer config: documents the element classes (pure modules under
 * src/components) and maps each class to its tag from the define modules. `@wc-toolkit/type-parser`
 * adds `parsedType` (the expanded alias type, e.g. `'compact' | 'full'` for `LegalBadgeVariant`) so
 * IDEs and Storybook can offer values; `kratomTypesPlugin` (scripts/cem-plugins.mjs) adds event
 * detail types and literal defaults; scripts/check-cem.mjs validates the result.
 */
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { readdirSync } from 'node:fs';
import { kratomTypesPlugin } from './scripts/cem-plugins.mjs';

// Only the element modules (src/components/<name>/<name>.ts): the templates, messages and helpers
// beside them are internal and would otherwise show up in the manifest as public modules.
const ELEMENT_MODULES = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `src/components/${d.name}/${d.name}.ts`);

export default {
  globs: [...ELEMENT_MODULES, 'src/shared/kratom-element.ts', 'src/shared/publisher-help-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  // type-parser reads types through the program's checker, so the analyzer parses the same program.
  overrideModuleCreation({ ts, globs }) {
    const files = new Set(globs.map((f) => f.replace(/^\.\//, '')));
    return getTsProgram(ts, globs, 'tsconfig.build.json')
      .getSourceFiles()
      .filter((sf) => [...files].some((f) => sf.fileName.endsWith(f)));
  },
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
    typeParserPlugin(),
    kratomTypesPlugin(),
  ],
};
