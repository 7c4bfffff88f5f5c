#!/usr/bin/env node
/**
 * `npm run package:check` (after `npm run build`): checks what npm would publish.
 *   1. The file list is intentional: only dist/ (compiled library, .d.ts, maps), cdn/, the manifest
 *      and IDE data, locales/*.xlf, README, CHANGELOG, LICENSE. No tests, stories, scripts, source
 *      TypeScript or tarballs; every source map sits beside its file; every define module, locale
 *      module and integration the exports map promises is present.
 *   2. `publint --strict`: no errors and no warnings (suggestions are printed).
 *   3. `attw --profile esm-only` (the package is ESM-only by design): no problems, for every entry
 *      point including each module of the wildcard subpaths (define, react, locales).
 *   4. `npm publish --dry-run` succeeds and prints no warnings besides "not logged in" (dry run).
 *   5. No build-only input ships: no file named like the structure inputs, and no SMILES from
 *      scripts/structures/structures.ts inside any packed file.
 *   6. Provenance-ready metadata: repository (git URL), license, homepage, bugs, keywords, no funding.
 * Packs once into a temporary folder and reuses the tarball.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path rules for the published files; exported for scripts/tests/package-files.test.mjs. */
export const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^locales\/[A-Za-z-]+\.xlf$/,
  /^dist\/.+\.(js|d\.ts|js\.map|json)$/,
  // The license of a vendored runtime copy (dist/vendor/lit-localize: scripts/lib/private-localize.mjs).
  /^dist\/vendor\/[^/]+\/LICENSE$/,
  /^cdn\/.+\.(js|js\.map|json)$/,
];
export const FORBIDDEN = [
  /(^|\/)(test|tests|stories|scripts|\.storybook|demo|fixtures|node_modules)\//,
  /\.(test|spec|stories)\.[a-z.]+$/,
  /\.tgz$/,
  /^src\//,
  /(^|\/)\.[^/]+$/,
  // Build-only inputs of the structure drawings (SMILES and their bibliography: scripts/structures/).
  /(^|\/)(structures|structure-sources)\.(js|d\.ts|js\.map|ts)$/,
];

/** The SMILES strings of scripts/structures/structures.ts (build input only; never shipped). */
export function buildOnlySmiles(root = '.') {
  const file = path.join(root, 'scripts/structures/structures.ts');
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/\bsmiles:\s*'([^']+)'/g)].map((m) => m[1]);
}

/** Packed files (`[{ path, text }]`) that contain any of `needles` (e.g. a SMILES). */
export function filesContaining(files, needles) {
  return files.filter((f) => needles.some((n) => f.text.includes(n))).map((f) => f.path);
}

/** Problems with a list of packed file paths (relative to the package root). */
export function checkFileList(files, { tags = [], locales = [] } = {}) {
  const problems = [];
  const set = new Set(files);
  for (const f of files) {
    if (FORBIDDEN.some((r) => r.test(f))) problems.push(`must not be published: ${f}`);
    else if (!ALLOWED.some((r) => r.test(f))) problems.push(`not an intended file: ${f}`);
    if (f.endsWith('.js.map') && !set.has(f.slice(0, -4))) problems.push(`source map without its file: ${f}`);
  }
  const required = [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/all.js',
    'dist/autoloader.js',
    'dist/web-types.json',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    'dist/jsx/index.d.ts',
    'dist/jsx/index.js',
    'dist/generated/react/index.js',
    'dist/generated/react/index.d.ts',
    'cdn/kratom-widgets.js',
    'cdn/autoloader.js',
    'cdn/manifest.json',
    ...tags.flatMap((t) => [`dist/define/${t}.js`, `dist/define/${t}.d.ts`]),
    ...locales.map((l) => `dist/generated/locales/${l}.js`),
  ];
  for (const r of required) if (!set.has(r)) problems.push(`missing from the package: ${r}`);
  return problems;
}

/** Problems with the package.json metadata that provenance and registries rely on. */
export function checkMetadata(pkg) {
  const problems = [];
  if (!/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/.test(pkg.repository?.url ?? '')) {
    problems.push('repository.url must be a git+https GitHub URL (provenance links the build to it)');
  }
  if (!pkg.license) problems.push('license is missing');
  if (!pkg.homepage) problems.push('homepage is missing');
  if (!pkg.bugs?.url) problems.push('bugs.url is missing');
  if (!Array.isArray(pkg.keywords) || pkg.keywords.length < 3) problems.push('keywords are missing');
  if ('funding' in pkg) problems.push('funding must not be set (the project takes no funding)');
  if (pkg.publishConfig?.provenance !== true) problems.push('publishConfig.provenance should be true');
  const runtime = Object.keys(pkg.dependencies ?? {}).sort();
  if (runtime.join(',') !== '@lit/localize,lit')
    problems.push(`runtime dependencies must be lit and @lit/localize only (${runtime})`);
  for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
    if (!pkg.peerDependenciesMeta?.[peer]?.optional) problems.push(`peer dependency ${peer} must be optional`);
  }
  return problems;
}

const bin = (name) => path.join('node_modules', '.bin', name);
const lines = (r) => `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.trim());

// Machine npmrc noise and the dry run not being logged in say nothing about the package.
const IGNORED_NPM_WARNINGS = [/Unknown (user|env|project|global|builtin) config/, /requires you to be logged in/];

async function main() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const failures = [];
  const ok = (cond, what, details = []) => {
    console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
    for (const d of details) console.log(`       ${d}`);
    if (!cond) failures.push(what);
  };
  if (!existsSync('dist/index.js') || !existsSync('cdn/manifest.json')) {
    console.error('package:check: run `npm run build` first');
    process.exit(1);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'kratom-pkgcheck-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    )[0];
    const tgz = path.join(work, packed.filename);
    const files = packed.files.map((f) => f.path).sort();
    const tags = readdirSync('src/define')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3));
    const locales = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;
    const fileProblems = checkFileList(files, { tags, locales });
    ok(
      fileProblems.length === 0,
      `file list is intentional (${files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked)`,
      fileProblems,
    );
    // No build-only input inside any packed file (a SMILES string, whatever file it hides in).
    execFileSync('tar', ['-xzf', tgz, '-C', work]);
    const packedTexts = files.map((f) => ({ path: f, text: readFileSync(path.join(work, 'package', f), 'utf8') }));
    const smiles = buildOnlySmiles();
    const leaks = filesContaining(packedTexts, smiles);
    ok(
      smiles.length > 0 && leaks.length === 0,
      `no build-only inputs in the package (${smiles.length} SMILES looked for)`,
      smiles.length
        ? leaks.map((f) => `contains a SMILES: ${f}`)
        : ['no SMILES found in scripts/structures/structures.ts'],
    );
    const metaProblems = checkMetadata(pkg);
    ok(
      metaProblems.length === 0,
      'provenance-ready metadata (repository, license, homepage, bugs, keywords, no funding)',
      metaProblems,
    );

    // The two linters' own CLIs, on the tarball we packed: their exit codes decide.
    // publint --strict fails on errors and warnings (suggestions are printed). attw's esm-only
    // profile ignores node10 and CommonJS require, which an ESM-only package does not support; attw
    // skips wildcard subpaths, so each define module, React wrapper and locale module is named.
    const publint = spawnSync(bin('publint'), ['run', tgz, '--strict', '--level', 'suggestion'], {
      encoding: 'utf8',
    });
    ok(publint.status === 0, 'publint --strict', lines(publint));
    const reactTags = files
      .filter((f) => /^dist\/generated\/react\/kratom-.+\.js$/.test(f))
      .map((f) => path.basename(f, '.js'));
    const entrypoints = [
      ...tags.map((t) => `./define/${t}.js`),
      ...reactTags.map((t) => `./react/${t}.js`),
      ...locales.map((l) => `./locales/${l}.js`),
    ];
    const attw = spawnSync(
      bin('attw'),
      [
        tgz,
        '--profile',
        'esm-only',
        '--no-emoji',
        '--format',
        'table-flipped',
        '--include-entrypoints',
        ...entrypoints,
      ],
      { encoding: 'utf8' },
    );
    ok(
      attw.status === 0,
      `arethetypeswrong --profile esm-only (${entrypoints.length} wildcard entry points named)`,
      attw.status === 0 ? [] : lines(attw),
    );

    const dry = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { encoding: 'utf8' });
    const warnings = `${dry.stdout}\n${dry.stderr}`
      .split('\n')
      .filter((l) => /^npm (warn|error|ERR)/i.test(l) && !IGNORED_NPM_WARNINGS.some((r) => r.test(l)));
    ok(dry.status === 0 && warnings.length === 0, 'npm publish --dry-run is clean', warnings);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`package:check: ${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log('package:check: OK');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
