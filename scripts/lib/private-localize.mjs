/**
 * Gives the npm build (dist/) its own private copy of the @lit/localize runtime.
 *
 * @lit/localize keeps one configuration per copy of its module, and `configureLocalization` throws
 * ("lit-localize can only be configured once") when it is called a second time. When a host app
 * also uses @lit/localize and its bundler dedupes the package, the host and kratom-widgets share
 * one copy: whichever configures second throws. If a widget connects before the host app boots
 * (a CMS page), that is the host's own call, which we must never make throw.
 *
 * So dist/ does not import `@lit/localize`: this step copies the runtime's files (BSD-3-Clause,
 * Google LLC; the licence travels with them) into dist/vendor/lit-localize/, renames its window
 * event from `lit-localize-status` to `kratom-localize-status` (so neither copy's elements react to
 * the other's locale changes), and rewrites every `'@lit/localize'` import in dist/*.js to a
 * relative path. Types (.d.ts) keep importing `@lit/localize` (a dependency of the package).
 * cdn/ needs none of this: the bundle already inlines its own copy.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const PRIVATE_EVENT = 'kratom-localize-status';
const VENDOR = 'vendor/lit-localize';

function jsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsFiles(full));
    else if (entry.name.endsWith('.js')) out.push(full);
  }
  return out;
}

/** Copies and patches the runtime into `<dist>/vendor/lit-localize`, rewrites imports; returns counts. */
export function privatizeLocalize(dist = 'dist') {
  const require = createRequire(path.resolve('package.json'));
  const pkgDir = path.dirname(require.resolve('@lit/localize/package.json'));
  const target = path.join(dist, VENDOR);
  mkdirSync(target, { recursive: true });
  const runtimeFiles = [
    'lit-localize.js',
    ...['init', 'internal'].flatMap((d) =>
      readdirSync(path.join(pkgDir, d))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `${d}/${f}`),
    ),
  ];
  for (const rel of runtimeFiles) {
    const code = readFileSync(path.join(pkgDir, rel), 'utf8')
      .replace(/\n\/\/# sourceMappingURL=.*$/m, '')
      .replace(/'lit-localize-status'/g, `'${PRIVATE_EVENT}'`);
    mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
    writeFileSync(path.join(target, rel), code);
  }
  cpSync(path.join(pkgDir, 'LICENSE'), path.join(target, 'LICENSE'));
  const patched = readFileSync(path.join(target, 'internal/locale-status-event.js'), 'utf8');
  if (!patched.includes(PRIVATE_EVENT)) throw new Error('private-localize: the locale status event was not renamed');

  let rewritten = 0;
  for (const file of jsFiles(dist)) {
    if (file.startsWith(path.join(dist, 'vendor'))) continue;
    const code = readFileSync(file, 'utf8');
    if (!code.includes('@lit/localize')) continue;
    let rel = path
      .relative(path.dirname(file), path.join(dist, VENDOR, 'lit-localize.js'))
      .split(path.sep)
      .join('/');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    const next = code.replace(
      /(from\s*|import\s*\(\s*|import\s*)(['"])@lit\/localize\2/g,
      (_m, lead, q) => `${lead}${q}${rel}${q}`,
    );
    if (/['"]@lit\/localize(\/[^'"]*)?['"]/.test(next))
      throw new Error(`private-localize: ${file} still imports @lit/localize`);
    writeFileSync(file, next);
    rewritten++;
  }
  return { files: runtimeFiles.length, rewritten };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist')) throw new Error('private-localize: run after tsc (no dist/)');
  console.log(privatizeLocalize('dist'));
}
