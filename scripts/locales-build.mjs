#!/usr/bin/env node
/**
 * `npm run locales:build`: the runtime locale modules, split per element.
 *
 * 1. `lit-localize build` writes one module per locale with every message
 *    (src/generated/locales/<locale>.ts). That file stays the public, whole-locale module
 *    (`kratom-widgets/locales/<code>.js`) for host apps that merge our templates themselves.
 * 2. Each element's messages are found from what it really uses: its define module is bundled with
 *    esbuild (locale and structure modules left out) and the message ids in the source files of that
 *    bundle are collected. Ids used by two or more elements, or by none, form the `shared` part.
 * 3. Every locale is written again as parts, src/generated/locales/<locale>/<part>.ts, and
 *    src/generated/locale-parts.ts maps locale → part → lazy import. At runtime a page fetches the
 *    shared part and the parts of the elements it shows (src/localization/index.ts), so a page with
 *    one badge never downloads the checklist's strings, and each chunk stays small.
 *
 * Flags: `--quiet` prints only errors; `--no-lit` skips step 1 (modules already built).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = process.cwd();
const quiet = process.argv.includes('--quiet');
const outDir = path.join(root, 'src/generated/locales');
export const SHARED_PART = 'shared';

function log(message) {
  if (!quiet) console.log(`locales:build: ${message}`);
}

/** Message ids from the source-locale XLIFF units (every locale has the same ids; locales:check). */
export function messageIds(config) {
  const first = config.targetLocales[0];
  const xlf = readFileSync(path.join(root, config.interchange.xliffDir, `${first}.xlf`), 'utf8');
  return new Set([...xlf.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]));
}

/** The element parts: one per define module (`src/define/kratom-<part>.ts`). */
export function elementParts() {
  return readdirSync(path.join(root, 'src/define'))
    .filter((f) => /^kratom-.+\.ts$/.test(f))
    .map((f) => ({ part: f.replace(/^kratom-/, '').replace(/\.ts$/, ''), entry: path.join(root, 'src/define', f) }))
    .sort((a, b) => a.part.localeCompare(b.part));
}

/** Source files (relative paths) in the bundle of one define module, generated modules excluded. */
async function reachableSources(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
    external: ['lit', 'lit/*', '@lit/*'],
    plugins: [
      {
        name: 'skip-generated-lazy',
        setup(build) {
          // Locale and structure modules are generated lazily loaded data without messages.
          build.onResolve({ filter: /generated[\\/](locales|locale-parts|structures)/ }, (args) => ({
            path: args.path,
            external: true,
          }));
        },
      },
    ],
  });
  return Object.keys(result.metafile.inputs).filter((f) => f.startsWith('src/') && !f.startsWith('src/generated/'));
}

const ID = /\bid:\s*(['"`])([^'"`\n]+)\1/g;

/** part → Set of message ids, plus the shared part. */
export async function partsOfIds(ids) {
  const parts = elementParts();
  const usedBy = new Map();
  for (const { part, entry } of parts) {
    for (const file of await reachableSources(entry)) {
      const code = readFileSync(path.join(root, file), 'utf8');
      for (const m of code.matchAll(ID)) {
        if (!ids.has(m[2])) continue;
        if (!usedBy.has(m[2])) usedBy.set(m[2], new Set());
        usedBy.get(m[2]).add(part);
      }
    }
  }
  const result = new Map([[SHARED_PART, new Set()], ...parts.map(({ part }) => [part, new Set()])]);
  for (const id of ids) {
    const users = usedBy.get(id);
    const only = users && users.size === 1 ? [...users][0] : SHARED_PART;
    result.get(only).add(id);
  }
  return result;
}

/** Parses a generated locale module: id → initializer source text (template literal or str`…`). */
export function readTemplates(file) {
  const code = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const entries = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'templates' && node.initializer) {
      for (const prop of node.initializer.properties ?? []) {
        if (!ts.isPropertyAssignment(prop)) continue;
        const key = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(source);
        entries.set(key, code.slice(prop.initializer.getStart(source), prop.initializer.end));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return entries;
}

function partModule(locale, part, entries) {
  const body = entries.map(([id, value]) => `  ${JSON.stringify(id)}: ${value},`).join('\n');
  const usesStr = entries.some(([, value]) => value.startsWith('str`'));
  return [
    `// Generated by scripts/locales-build.mjs from src/generated/locales/${locale}.ts. Do not edit.`,
    '/* eslint-disable */',
    usesStr ? "import { str } from '@lit/localize';" : '',
    '',
    `/** ${locale}: the messages of the "${part}" part (${entries.length}). */`,
    `export const templates = {\n${body}\n};`,
    '',
  ].join('\n');
}

export async function buildParts() {
  const config = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
  // Ids in the XLIFF files plus any message the code has that is not extracted yet (lit-localize
  // build falls back to the English source for it), so a new string never lands in no part.
  const ids = new Set([
    ...messageIds(config),
    ...readTemplates(path.join(outDir, `${config.targetLocales[0]}.ts`)).keys(),
  ]);
  const parts = await partsOfIds(ids);
  const names = [...parts.keys()];
  for (const locale of config.targetLocales) {
    const templates = readTemplates(path.join(outDir, `${locale}.ts`));
    const dir = path.join(outDir, locale);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [part, partIds] of parts) {
      const entries = [...templates].filter(([id]) => partIds.has(id));
      writeFileSync(path.join(dir, `${part}.ts`), partModule(locale, part, entries));
    }
    const missing = [...templates.keys()].filter((id) => ![...parts.values()].some((s) => s.has(id)));
    if (missing.length) throw new Error(`${locale}: ${missing.length} message(s) in no part: ${missing.join(', ')}`);
  }
  const loaders = config.targetLocales
    .map(
      (locale) =>
        `  ${JSON.stringify(locale)}: {\n` +
        names.map((p) => `    ${JSON.stringify(p)}: () => import('./locales/${locale}/${p}.js'),`).join('\n') +
        '\n  },',
    )
    .join('\n');
  writeFileSync(
    path.join(root, 'src/generated/locale-parts.ts'),
    [
      '// Generated by scripts/locales-build.mjs. Do not edit.',
      "import type { LocaleModule } from '@lit/localize';",
      '',
      '/** The part every element needs, loaded first. */',
      `export const SHARED_PART = ${JSON.stringify(SHARED_PART)};`,
      '',
      '/** Every part: the shared one and one per element (the define module name without `kratom-`). */',
      `export const LOCALE_PARTS: readonly string[] = ${JSON.stringify(names)};`,
      '',
      '/** Locale → part → lazy import of that part. Static `import()`s, so every bundler splits them. */',
      'export const LOCALE_PART_LOADERS: Readonly<Record<string, Record<string, () => Promise<LocaleModule>>>> = {',
      loaders,
      '};',
      '',
    ].join('\n'),
  );
  log(
    `${config.targetLocales.length} locale(s) × ${names.length} parts (` +
      names.map((p) => `${p} ${parts.get(p).size}`).join(', ') +
      ` of ${ids.size} messages)`,
  );
  return parts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-lit')) {
    const r = spawnSync('npx', ['lit-localize', 'build'], {
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    });
    if (r.status !== 0) {
      console.error('locales:build: lit-localize build failed');
      process.exit(r.status ?? 1);
    }
  }
  try {
    await buildParts();
  } catch (error) {
    console.error(`locales:build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
