#!/usr/bin/env node
/**
 * `npm run manifest:validate`: validates custom-elements.json
 *   1. against the published Custom Elements Manifest JSON schema (package `custom-elements-manifest`);
 *   2. for completeness: every element has a summary and description; every attribute, public
 *      property and method, event, slot, CSS part, CSS custom property and custom state has a
 *      description; attributes, properties and events have types (events: their detail type);
 *   3. against the code: every `src/define/<tag>.ts` has its element in the manifest and vice versa;
 *      every `<slot>` an element's folder renders is documented; documented `--kratom-*` properties
 *      exist. Undocumented parts are found at runtime by test/parts.test.ts (it renders every element
 *      and collects `[part]` from its shadow root, which no source scan can match);
 *   4. with `@wc-toolkit/cem-validator` (what Web Awesome runs): package.json entry points, the
 *      `customElements` field and the published manifest, and a tag name for every element.
 * Errors exit 1; there is no list of tolerated gaps: a gap is fixed in the element's JSDoc.
 *
 * Usage: node scripts/check-cem.mjs [path/to/custom-elements.json]
 * Exported: `validateManifest(manifest, { root })` → { errors, warnings } (1-3) and
 * `validatePackage(manifest, { root })` → { errors } (4), for tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { validateCem } from '@wc-toolkit/cem-validator';

const require = createRequire(import.meta.url);

const NATIVE_EVENT = /^(change|input|toggle|select|close|open|load|error)$/;

export function loadSchema() {
  return JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
}

/** Every `<slot>` (as '') and `<slot name="x">` in the element's folder (templates, partials). */
function renderedSlots(root, modulePath) {
  const dir = path.dirname(path.join(root, modulePath));
  const out = new Set();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f.endsWith('.styles.ts')) continue;
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/<slot\b([^>]*)>/g))
      out.add(/\bname="([^"]+)"/.exec(m[1])?.[1] ?? '');
  }
  return out;
}

/** Public `--kratom-*` tokens (from src/shared/tokens.ts) and every `--kratom-*` name in a style file. */
function knownProperties(root, modulePath) {
  const names = new Set();
  const add = (f) => {
    if (!existsSync(f)) return;
    for (const m of readFileSync(f, 'utf8').matchAll(/--kratom-[a-z0-9-]+/g)) names.add(m[0]);
  };
  add(path.join(root, 'src/shared/tokens.ts'));
  add(path.join(root, 'src/shared/base.styles.ts'));
  const dir = path.dirname(path.join(root, modulePath));
  if (existsSync(dir)) for (const f of readdirSync(dir)) add(path.join(dir, f));
  return names;
}

export function validateManifest(manifest, { root = process.cwd() } = {}) {
  const errors = [];
  const warnings = [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(loadSchema());
  if (!validate(manifest)) {
    for (const e of validate.errors ?? []) errors.push(`schema: ${e.instancePath || '/'} ${e.message}`);
  }

  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind === 'class' && decl.tagName) elements.push({ mod, decl });
    }
  }

  for (const { mod, decl } of elements) {
    const tag = decl.tagName;
    const report = (message) => errors.push(`${tag}: ${message}`);
    const needText = (value) => typeof value === 'string' && value.trim().length > 0;

    if (!/^kratom-[a-z0-9-]+$/.test(tag)) report('tag does not start with kratom-');
    if (!needText(decl.summary)) report('no @summary');
    if (!needText(decl.description)) report('no class description');
    for (const a of decl.attributes ?? []) {
      if (!needText(a.description)) report(`attribute "${a.name}" has no description`);
      if (!a.type?.text) report(`attribute "${a.name}" has no type`);
    }
    for (const m of decl.members ?? []) {
      if (m.privacy && m.privacy !== 'public') continue;
      if (m.static || m.inheritedFrom || m.name.startsWith('_')) continue;
      if (!needText(m.description)) report(`${m.kind} "${m.name}" has no description`);
      if (m.kind === 'field' && !m.type?.text) report(`property "${m.name}" has no type`);
    }
    for (const e of decl.events ?? []) {
      if (!needText(e.description)) report(`event "${e.name}" has no description (@fires)`);
      if (!e.type?.text) report(`event "${e.name}" has no type`);
      else if (e.type.text === 'CustomEvent') report(`event "${e.name}" has no detail type`);
      if (!e.name.startsWith('kratom-') && !NATIVE_EVENT.test(e.name)) {
        warnings.push(`${tag}: event "${e.name}" is neither kratom-* nor a native event name`);
      }
    }
    for (const [kind, list] of [
      ['slot', decl.slots],
      ['part', decl.cssParts],
      ['cssproperty', decl.cssProperties],
      ['cssstate', decl.cssStates],
    ]) {
      for (const item of list ?? []) {
        if (!needText(item.description)) report(`${kind} "${item.name || '(default)'}" has no description`);
      }
    }

    // Against the code.
    if (!existsSync(path.join(root, 'src/define', `${tag}.ts`))) report(`no src/define/${tag}.ts`);
    if (existsSync(path.join(root, mod.path))) {
      const slots = renderedSlots(root, mod.path);
      const documentedSlots = new Set((decl.slots ?? []).map((s) => s.name));
      for (const s of slots)
        if (!documentedSlots.has(s))
          report(`renders <slot${s ? ` name="${s}"` : ''}> but does not document it (@slot)`);
      const known = knownProperties(root, mod.path);
      for (const p of decl.cssProperties ?? []) {
        if (p.name.startsWith('--kratom-') && !known.has(p.name))
          report(`documents ${p.name}, which no style or token defines`);
        if (!p.name.startsWith('--kratom-')) warnings.push(`${tag}: CSS property ${p.name} is not --kratom-*`);
      }
    }
  }

  // Every define module has its element in the manifest.
  const defineDir = path.join(root, 'src/define');
  if (existsSync(defineDir)) {
    const tags = new Set(elements.map((e) => e.decl.tagName));
    for (const f of readdirSync(defineDir)) {
      if (!f.endsWith('.ts')) continue;
      const tag = f.slice(0, -3);
      if (!tags.has(tag))
        errors.push(`${tag}: src/define/${f} exists but custom-elements.json has no <${tag}> (run npm run analyze)`);
    }
  }
  if (elements.length === 0) errors.push('no custom elements in the manifest');
  return { errors, warnings, elements: elements.length };
}

/**
 * `@wc-toolkit/cem-validator` on the manifest and package.json. Rules it cannot apply to this
 * package are off: the manifest documents the sources (`src/…ts`, which Storybook and the
 * generators read), so module and definition paths do not point at dist/; the analyzer writes
 * schema 1.0.0 (the schema itself is checked with ajv above); type-only exports are not
 * manifest exports, so its export check reports every exported detail type.
 */
export async function validatePackage(manifest, { root = process.cwd() } = {}) {
  const errors = [];
  // Base classes (KratomElement) have no tag of their own.
  const decls = (manifest.modules ?? []).flatMap((mod) => mod.declarations ?? []);
  const bases = new Set(decls.map((d) => d.superclass?.name).filter(Boolean));
  const exclude = decls.filter((d) => !d.tagName && bases.has(d.name)).map((d) => d.name);
  const all = (severity, names) => Object.fromEntries(names.map((n) => [n, severity]));
  // It logs its findings and then throws one summary: keep the findings for the report.
  const log = console.log;
  const lines = [];
  console.log = (...args) => lines.push(args.join(' '));
  try {
    await validateCem(manifest, {
      packageJsonPath: path.join(root, 'package.json'),
      exclude,
      rules: {
        packageJson: all('error', [
          'packageType',
          'main',
          'module',
          'types',
          'exports',
          'customElementsProperty',
          'publishedCem',
        ]),
        manifest: {
          ...all('off', ['schemaVersion', 'modulePath', 'definitionPath', 'typeDefinitionPath', 'exportTypes']),
          tagName: 'error',
        },
      },
    });
  } catch (e) {
    const found = lines
      .flatMap((l) => l.replace(/\x1b\[[0-9;]*m/g, '').split('\n'))
      .filter((l) => l.startsWith('  - '))
      .map((l) => `cem-validator: ${l.slice(4)}`);
    errors.push(...(found.length ? found : [`cem-validator: ${e.message}`]));
  } finally {
    console.log = log;
  }
  return { errors };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'custom-elements.json';
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const { errors, warnings, elements } = validateManifest(manifest);
  errors.push(...(await validatePackage(manifest)).errors);
  for (const w of warnings) console.warn(`warn  ${w}`);
  for (const e of errors) console.error(`error ${e}`);
  if (errors.length) {
    console.error(`manifest:validate: ${errors.length} error(s) in ${file}`);
    process.exit(1);
  }
  console.log(
    `manifest:validate: ${file} is valid (schema ${manifest.schemaVersion}, ${elements} elements, ${warnings.length} warning(s))`,
  );
}
