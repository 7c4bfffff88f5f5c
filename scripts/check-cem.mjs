#!/usr/bin/env node
/**
 * `npm run manifest:validate`: validates custom-elements.json
 *   1. against the published Custom Elements Manifest JSON schema (package `custom-elements-manifest`);
 *   2. for completeness: every element has a summary and description; every attribute, public
 *      property and method, event, slot, CSS part, CSS custom property and custom state has a
 *      description; attributes, properties and events have types (events: their detail type);
 *   3. against the code: every `src/define/<tag>.ts` has its element in the manifest and vice versa;
 *      every `part="…"` and `<slot>` an element renders (its own template, the shared helpers it
 *      calls, and the base element) is documented; documented `--kratom-*` properties exist.
 * Errors exit 1. `KNOWN_GAPS` turns listed gaps of finished elements into warnings until their
 * JSDoc is fixed (a stale entry is reported so it can be removed).
 *
 * Usage: node scripts/check-cem.mjs [path/to/custom-elements.json]
 * Exported: `validateManifest(manifest, { root })` → { errors, warnings } for tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/**
 * Gaps in files this check may not change, as `tag: [kind:name]`. Listed gaps are warnings;
 * anything else is an error. Remove an entry once the element documents it.
 */
export const KNOWN_GAPS = {
  // The base element renders part="fallback" in place of any widget that failed to render; one
  // `@csspart fallback` line in KratomElement's JSDoc documents it for every element (inherited).
  '*': ['part:fallback'],
};

const NATIVE_EVENT = /^(change|input|toggle|select|close|open|load|error)$/;

export function loadSchema() {
  return JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
}

/** Every string literal in a node (the branches of `cond ? 'a b' : 'c'`), nested templates excluded. */
function literalsIn(node) {
  const out = [];
  const visit = (n) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (!ts.isTemplateExpression(n) && !ts.isTaggedTemplateExpression(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

const sourceFiles = new Map();
function parse(text) {
  if (!sourceFiles.has(text))
    sourceFiles.set(text, ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return sourceFiles.get(text);
}

/** Calls `fn(…)`'s callee name (`fn(…)`, `this.fn(…)`), or undefined. */
const calleeName = (call) =>
  ts.isIdentifier(call.expression)
    ? call.expression.text
    : ts.isPropertyAccessExpression(call.expression)
      ? call.expression.name.text
      : undefined;

/** Every `${expr}` written as a part value (`part=${…}` or `part="${…}"`) in a piece of source. */
function dynamicPartExpressions(text) {
  const out = [];
  const visit = (n) => {
    if (ts.isTemplateExpression(n)) {
      let before = n.head.rawText ?? n.head.text;
      for (const span of n.templateSpans) {
        if (/\bpart="?$/.test(before)) out.push(span.expression);
        before = span.literal.rawText ?? span.literal.text;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(parse(text));
  return out;
}

/**
 * Functions that take a part name as a parameter (`function frame(c, part = 'icon')` rendering
 * `part=${part}`): name → { index, fallback }.
 */
function partParameters(text) {
  const out = new Map();
  for (const expr of dynamicPartExpressions(text)) {
    if (!ts.isIdentifier(expr)) continue;
    let fn = expr.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    if (!fn) continue;
    const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === expr.text);
    if (index === -1) continue;
    let name = fn.name && ts.isIdentifier(fn.name) ? fn.name.text : undefined;
    if (!name && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) name = fn.parent.name.text;
    if (!name) continue;
    const init = fn.parameters[index].initializer;
    out.set(name, { index, fallback: init ? literalsIn(init) : [] });
  }
  return out;
}

/**
 * Every part a piece of source renders: `part="a b"` literals, the literals of `part=${…}`
 * expressions, and the part names it passes to functions in `partFns` (see partParameters).
 */
function partsIn(text, partFns = new Map()) {
  const out = new Set();
  const add = (value) => {
    for (const p of value.split(/\s+/)) if (p) out.add(p);
  };
  for (const m of text.matchAll(/\bpart="([^"$]*)"/g)) add(m[1]);
  if (!/\bpart="?\$\{/.test(text) && ![...partFns.keys()].some((name) => text.includes(`${name}(`))) return out;
  for (const expr of dynamicPartExpressions(text)) literalsIn(expr).forEach(add);
  const visit = (n) => {
    if (ts.isCallExpression(n)) {
      const fn = partFns.get(calleeName(n));
      if (fn) {
        const arg = n.arguments[fn.index];
        (arg ? literalsIn(arg) : fn.fallback).forEach(add);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(parse(text));
  return out;
}

/** Every `<slot>` (as '') and `<slot name="x">` in a piece of source. */
function slotsIn(text) {
  const out = new Set();
  for (const m of text.matchAll(/<slot\b([^>]*)>/g)) out.add(/\bname="([^"]+)"/.exec(m[1])?.[1] ?? '');
  return out;
}

/**
 * Parts rendered by each top-level function of a shared module, following mentions of the module's
 * other top-level functions (internal helpers): name → Set(part).
 */
const byFunctionCache = new Map();
function partsByFunction(file, visiting = new Set()) {
  if (byFunctionCache.has(file)) return byFunctionCache.get(file);
  if (visiting.has(file)) return new Map();
  visiting.add(file);
  const text = readFileSync(file, 'utf8');
  const starts = [...text.matchAll(/^(?:export )?(?:async )?function (\w+)|^(?:export )?const (\w+)\s*=\s*\(/gm)];
  const bodies = new Map();
  starts.forEach((m, i) => bodies.set(m[1] ?? m[2], text.slice(m.index, starts[i + 1]?.index ?? text.length)));
  const partFns = partParameters(text);
  // Helpers this module imports from its sibling shared modules (two or more levels deep).
  const imported = new Map();
  for (const m of text.matchAll(/import\s*{([^}]*)}\s*from\s*'(\.\/[^']+)\.js'/g)) {
    const other = path.resolve(path.dirname(file), `${m[2]}.ts`);
    if (!existsSync(other)) continue;
    const byFn = partsByFunction(other, visiting);
    for (const name of m[1].split(',').map((x) => x.trim().replace(/^type\s+/, ''))) {
      if (byFn.has(name)) imported.set(name, byFn.get(name));
    }
  }
  const result = new Map();
  const collect = (name, seen) => {
    if (seen.has(name)) return new Set();
    seen.add(name);
    const body = bodies.get(name) ?? '';
    const parts = partsIn(body, partFns);
    for (const other of bodies.keys()) {
      if (other !== name && new RegExp(`\\b${other}\\b`).test(body)) for (const p of collect(other, seen)) parts.add(p);
    }
    for (const [other, otherParts] of imported) {
      if (new RegExp(`\\b${other}\\b`).test(body)) for (const p of otherParts) parts.add(p);
    }
    return parts;
  };
  for (const name of bodies.keys()) result.set(name, collect(name, new Set()));
  byFunctionCache.set(file, result);
  return result;
}

/**
 * Parts an element renders: its module and sibling modules (with the part names they pass to their
 * own part-taking helpers), the shared helpers it imports by name (following their own imports), and
 * the base class.
 */
function renderedParts(root, modulePath) {
  const file = path.join(root, modulePath);
  const dir = path.dirname(file);
  const own = [file];
  for (const f of readdirSync(dir)) {
    const sib = path.join(dir, f);
    if (f.endsWith('.ts') && !f.endsWith('.styles.ts') && !f.endsWith('.test.ts') && sib !== file) own.push(sib);
  }
  const texts = own.map((f) => readFileSync(f, 'utf8'));
  const partFns = new Map();
  for (const text of texts) for (const [name, fn] of partParameters(text)) partFns.set(name, fn);
  const parts = new Set();
  const slots = new Set();
  for (const text of texts) {
    for (const p of partsIn(text, partFns)) parts.add(p);
    for (const sl of slotsIn(text)) slots.add(sl);
    for (const m of text.matchAll(/import\s*{([^}]*)}\s*from\s*'([^']*shared\/[^']+)\.js'/g)) {
      const shared = path.resolve(dir, `${m[2]}.ts`);
      if (!existsSync(shared)) continue;
      const byFn = partsByFunction(shared);
      for (const name of m[1].split(',').map((x) => x.trim().replace(/^type\s+/, ''))) {
        for (const p of byFn.get(name) ?? []) parts.add(p);
      }
    }
  }
  const base = path.join(root, 'src/shared/kratom-element.ts');
  if (existsSync(base)) for (const p of partsIn(readFileSync(base, 'utf8'))) parts.add(p);
  return { parts, slots };
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

export function validateManifest(manifest, { root = process.cwd(), knownGaps = KNOWN_GAPS } = {}) {
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
    const gaps = new Set([...(knownGaps['*'] ?? []), ...(knownGaps[tag] ?? [])]);
    const usedGaps = new Set();
    const report = (key, message) => {
      if (gaps.has(key)) {
        usedGaps.add(key);
        warnings.push(`${tag}: ${message} (known gap)`);
      } else errors.push(`${tag}: ${message}`);
    };
    const needText = (value) => typeof value === 'string' && value.trim().length > 0;

    if (!/^kratom-[a-z0-9-]+$/.test(tag)) report(`tag:${tag}`, 'tag does not start with kratom-');
    if (!needText(decl.summary)) report('summary', 'no @summary');
    if (!needText(decl.description)) report('description', 'no class description');
    for (const a of decl.attributes ?? []) {
      if (!needText(a.description)) report(`attribute:${a.name}`, `attribute "${a.name}" has no description`);
      if (!a.type?.text) report(`attribute-type:${a.name}`, `attribute "${a.name}" has no type`);
    }
    for (const m of decl.members ?? []) {
      if (m.privacy && m.privacy !== 'public') continue;
      if (m.static || m.inheritedFrom || m.name.startsWith('_')) continue;
      if (!needText(m.description)) report(`${m.kind}:${m.name}`, `${m.kind} "${m.name}" has no description`);
      if (m.kind === 'field' && !m.type?.text) report(`field-type:${m.name}`, `property "${m.name}" has no type`);
    }
    for (const e of decl.events ?? []) {
      if (!needText(e.description)) report(`event:${e.name}`, `event "${e.name}" has no description (@fires)`);
      if (!e.type?.text) report(`event-type:${e.name}`, `event "${e.name}" has no type`);
      else if (e.type.text === 'CustomEvent') report(`event-type:${e.name}`, `event "${e.name}" has no detail type`);
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
        if (!needText(item.description))
          report(`${kind}:${item.name}`, `${kind} "${item.name || '(default)'}" has no description`);
      }
    }

    // Against the code.
    if (!existsSync(path.join(root, 'src/define', `${tag}.ts`))) report(`define:${tag}`, `no src/define/${tag}.ts`);
    if (existsSync(path.join(root, mod.path))) {
      const { parts, slots } = renderedParts(root, mod.path);
      const documentedParts = new Set((decl.cssParts ?? []).map((p) => p.name));
      for (const p of parts)
        if (!documentedParts.has(p)) report(`part:${p}`, `renders part="${p}" but does not document it (@csspart)`);
      const documentedSlots = new Set((decl.slots ?? []).map((s) => s.name));
      for (const s of slots)
        if (!documentedSlots.has(s))
          report(`slot:${s}`, `renders <slot${s ? ` name="${s}"` : ''}> but does not document it (@slot)`);
      const known = knownProperties(root, mod.path);
      for (const p of decl.cssProperties ?? []) {
        if (p.name.startsWith('--kratom-') && !known.has(p.name))
          report(`cssproperty-exists:${p.name}`, `documents ${p.name}, which no style or token defines`);
        if (!p.name.startsWith('--kratom-')) warnings.push(`${tag}: CSS property ${p.name} is not --kratom-*`);
      }
    }
    for (const g of knownGaps[tag] ?? [])
      if (!usedGaps.has(g))
        warnings.push(`${tag}: KNOWN_GAPS entry "${g}" is fixed; remove it from scripts/check-cem.mjs`);
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'custom-elements.json';
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const { errors, warnings, elements } = validateManifest(manifest);
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
