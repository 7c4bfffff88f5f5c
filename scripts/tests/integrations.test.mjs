/**
 * Node tests of the manifest-driven generators and checks: scripts/gen-integrations.mjs (React
 * wrappers, autoloader map; JSX types and IDE data from the CEM plugins it runs),
 * scripts/check-cem.mjs (schema + completeness, cem-validator),
 * scripts/check-package.mjs (file list and metadata rules), scripts/cdn-manifest.mjs (SRI).
 * The JSX types and React wrappers are type-checked with tsc against @types/react (React 19 types).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  elementsOf,
  eventType,
  pascal,
  reactEventProp,
  reactWrapperSource,
  writeIdeAndJsx,
  defineLoadersSource,
} from '../gen-integrations.mjs';
import { validateManifest, validatePackage } from '../check-cem.mjs';
import { checkFileList, checkMetadata } from '../check-package.mjs';
import { sri } from '../cdn-manifest.mjs';

const root = process.cwd();

/** A small, complete manifest with one element (what the analyzer + our plugin produce). */
function sampleManifest() {
  return {
    schemaVersion: '1.0.0',
    readme: '',
    modules: [
      {
        kind: 'javascript-module',
        path: 'src/components/demo-thing/demo-thing.ts',
        declarations: [
          {
            kind: 'class',
            name: 'KratomDemoThing',
            tagName: 'kratom-demo-thing',
            customElement: true,
            summary: 'A demo element.',
            description: 'A demo element for tests.',
            attributes: [
              {
                name: 'variant',
                type: { text: 'DemoVariant' },
                parsedType: { text: "'compact' | 'full'" },
                default: "'compact'",
                description: 'Layout.',
                fieldName: 'variant',
              },
              {
                name: 'open',
                type: { text: 'boolean' },
                default: 'false',
                description: 'Open or not.',
                fieldName: 'open',
              },
              {
                name: 'heading-level',
                type: { text: 'number' },
                default: '3',
                description: 'Heading level.',
                fieldName: 'headingLevel',
              },
            ],
            members: [
              {
                kind: 'field',
                name: 'variant',
                type: { text: 'DemoVariant' },
                description: 'Layout.',
                attribute: 'variant',
              },
              {
                kind: 'field',
                name: 'headingLevel',
                type: { text: 'number' },
                description: 'Heading level.',
                attribute: 'heading-level',
              },
              {
                kind: 'field',
                name: 'status',
                type: { text: 'string' },
                description: 'Read-only status.',
                readonly: true,
              },
            ],
            events: [
              {
                name: 'kratom-demo-toggle',
                description: 'Toggled.',
                type: {
                  text: 'CustomEvent<DemoToggleDetail>',
                  references: [{ name: 'DemoToggleDetail', module: 'src/components/demo-thing/demo-thing.ts' }],
                },
              },
            ],
            cssParts: [{ name: 'badge', description: 'The badge.' }],
            cssProperties: [{ name: '--kratom-color-text', description: 'Text colour.' }],
            cssStates: [{ name: 'open', description: 'Open.' }],
            slots: [],
          },
        ],
        exports: [
          {
            kind: 'js',
            name: 'KratomDemoThing',
            declaration: { name: 'KratomDemoThing', module: 'src/components/demo-thing/demo-thing.ts' },
          },
        ],
      },
    ],
  };
}

test('names: tags, event props', () => {
  assert.equal(pascal('kratom-legal-badge'), 'KratomLegalBadge');
  assert.equal(reactEventProp('kratom-legal-toggle'), 'onKratomLegalToggle');
  assert.equal(reactEventProp('change'), 'onChange');
});

test('event types: imports named detail types, never prints an unknown name', () => {
  const [el] = elementsOf(sampleManifest());
  assert.deepEqual(eventType(el.decl.events[0]), {
    text: 'CustomEvent<DemoToggleDetail>',
    imports: [{ name: 'DemoToggleDetail', module: 'src/components/demo-thing/demo-thing.ts' }],
  });
  assert.equal(eventType({ name: 'x', type: { text: 'CustomEvent<Secret>' } }).text, 'CustomEvent<unknown>');
  assert.equal(
    eventType({
      name: 'x',
      type: { text: 'CustomEvent<Secret>' },
      parsedType: { text: 'CustomEvent<{ open: boolean; }>' },
    }).text,
    'CustomEvent<{ open: boolean; }>',
  );
  assert.equal(eventType({ name: 'x' }).text, 'CustomEvent<unknown>');
});

test('React wrapper and autoloader map follow the manifest', () => {
  const [el] = elementsOf(sampleManifest());
  const wrapper = reactWrapperSource(el, { root });
  assert.match(wrapper, /tagName: 'kratom-demo-thing'/);
  assert.match(wrapper, /onKratomDemoToggle: 'kratom-demo-toggle' as EventName<CustomEvent<DemoToggleDetail>>/);
  assert.match(wrapper, /import type \{ DemoToggleDetail \} from '..\/..\/components\/demo-thing\/demo-thing.js'/);
  assert.match(wrapper, /import '..\/..\/define\/kratom-demo-thing.js'/);
  assert.match(
    defineLoadersSource(['kratom-a', 'kratom-b']),
    /'kratom-b': \(\) => import\('..\/define\/kratom-b.js'\)/,
  );
});

/** The IDE data and JSX types of the sample manifest, written to `<dir>/dist`. */
function writeIde(dir) {
  const pkg = { name: 'kratom-widgets', version: '1.2.3', homepage: 'https://github.com/o/r#readme' };
  writeIdeAndJsx(sampleManifest(), { root: dir, outDir: path.join(dir, 'dist'), pkg, exclude: [] });
  const json = (f) => JSON.parse(readFileSync(path.join(dir, 'dist', f), 'utf8'));
  return {
    webTypes: json('web-types.json'),
    html: json('vscode.html-custom-data.json'),
    css: json('vscode.css-custom-data.json'),
  };
}

test('IDE data: attributes with their values, events, parts and custom properties', { timeout: 60000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kratom-ide-'));
  try {
    const { webTypes, html, css } = writeIde(dir);
    const wtEl = webTypes.contributions.html.elements[0];
    assert.equal(wtEl.name, 'kratom-demo-thing');
    assert.equal(wtEl['doc-url'], 'https://github.com/o/r/blob/main/docs/elements.md#kratom-demo-thing');
    assert.equal(wtEl.attributes.find((a) => a.name === 'variant').value.type, "'compact' | 'full'");
    assert.equal(wtEl.js.events[0].name, 'kratom-demo-toggle');
    assert.equal(wtEl.js.events[0].type, 'CustomEvent<DemoToggleDetail>');
    assert.ok(webTypes.contributions.css.properties.some((p) => p.name === '--kratom-color-text'));
    assert.ok(webTypes.contributions.css['pseudo-elements'].some((p) => p.name === 'part(badge)'));

    const tag = html.tags[0];
    assert.equal(tag.name, 'kratom-demo-thing');
    assert.deepEqual(tag.attributes.find((a) => a.name === 'variant').values, [{ name: 'compact' }, { name: 'full' }]);
    assert.match(tag.description, /kratom-demo-toggle/);
    assert.match(tag.description, /badge/);
    assert.deepEqual(tag.references, [
      { name: 'Documentation', url: 'https://github.com/o/r/blob/main/docs/elements.md#kratom-demo-thing' },
    ]);
    assert.ok(css.properties.some((p) => p.name === '--kratom-color-text'));
    assert.ok(css.pseudoElements.some((p) => p.name === '::part(badge)'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('JSX types type-check with React 19 types and reject wrong props', { timeout: 180000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kratom-jsx-'));
  try {
    // A fake compiled element module, the generated JSX types beside a fake dist/, and a TSX consumer.
    mkdirSync(path.join(dir, 'dist/components/demo-thing'), { recursive: true });
    writeFileSync(
      path.join(dir, 'dist/components/demo-thing/demo-thing.d.ts'),
      `export type DemoVariant = 'compact' | 'full';
export interface DemoToggleDetail { open: boolean }
export declare class KratomDemoThing extends HTMLElement { variant: DemoVariant; open: boolean; headingLevel: number; readonly status: string; }`,
    );
    writeIde(dir);
    mkdirSync(path.join(dir, 'node_modules/@types'), { recursive: true });
    symlinkSync(path.join(root, 'node_modules/@types/react'), path.join(dir, 'node_modules/@types/react'));
    symlinkSync(path.join(root, 'node_modules/csstype'), path.join(dir, 'node_modules/csstype'));
    const tsx = (body) => `import type {} from './dist/jsx/index.js';\nexport const x = ${body};\n`;
    writeFileSync(
      path.join(dir, 'good.tsx'),
      tsx(
        `<kratom-demo-thing variant="full" open heading-level={2} headingLevel={2} class="x" onkratom-demo-toggle={(e) => e.detail.open} />`,
      ),
    );
    writeFileSync(path.join(dir, 'bad-value.tsx'), tsx(`<kratom-demo-thing variant="huge" />`));
    writeFileSync(
      path.join(dir, 'bad-event.tsx'),
      tsx(`<kratom-demo-thing onkratom-demo-toggle={(e) => e.detail.nope} />`),
    );
    // One compiler run for the three files: each error line names its file.
    const r = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--jsx',
        'react-jsx',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        '--types',
        'react',
        '--typeRoots',
        path.join(dir, 'node_modules/@types'),
        ...['good.tsx', 'bad-value.tsx', 'bad-event.tsx'].map((f) => path.join(dir, f)),
      ],
      { encoding: 'utf8', cwd: dir },
    );
    // react/jsx-runtime resolves from @types/react; only type errors in our files matter.
    const ours = (file) =>
      r.stdout.split('\n').filter((l) => l.includes(`${file}(`) && !l.includes("'react/jsx-runtime'"));
    assert.ok(/good\.tsx|bad-value\.tsx|bad-event\.tsx/.test(r.stdout), `tsc ran on the files: ${r.stdout}${r.stderr}`);
    assert.deepEqual(ours('good.tsx'), [], r.stdout);
    assert.ok(
      ours('bad-value.tsx').some((l) => l.includes('huge')),
      'a wrong attribute value is a type error',
    );
    assert.ok(
      ours('bad-event.tsx').some((l) => l.includes('nope')),
      'the event detail is typed',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('manifest validator: the sample is valid; gaps and schema errors are reported', () => {
  const opts = { root: mkdtempSync(path.join(tmpdir(), 'kratom-cem-')) };
  mkdirSync(path.join(opts.root, 'src/define'), { recursive: true });
  writeFileSync(path.join(opts.root, 'src/define/kratom-demo-thing.ts'), '');
  const good = validateManifest(sampleManifest(), opts);
  assert.deepEqual(good.errors, []);

  const m = sampleManifest();
  const decl = m.modules[0].declarations[0];
  delete decl.summary;
  decl.attributes[0].description = '';
  decl.events[0].type = { text: 'CustomEvent' };
  decl.cssParts.push({ name: 'extra' });
  const bad = validateManifest(m, opts);
  assert.ok(bad.errors.some((e) => e.includes('no @summary')));
  assert.ok(bad.errors.some((e) => e.includes('attribute "variant" has no description')));
  assert.ok(bad.errors.some((e) => e.includes('no detail type')));
  assert.ok(bad.errors.some((e) => e.includes('part "extra" has no description')));

  writeFileSync(path.join(opts.root, 'src/define/kratom-missing.ts'), '');
  assert.ok(validateManifest(sampleManifest(), opts).errors.some((e) => e.includes('kratom-missing')));

  const schemaBroken = sampleManifest();
  schemaBroken.modules[0].kind = 42;
  assert.ok(validateManifest(schemaBroken, opts).errors.some((e) => e.startsWith('schema:')));
  rmSync(opts.root, { recursive: true, force: true });
});

test('cem-validator: package.json entry points and a tag for every element', async () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  assert.deepEqual((await validatePackage(manifest, { root })).errors, []);

  const dir = mkdtempSync(path.join(tmpdir(), 'kratom-pkg-'));
  try {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', type: 'module', files: ['dist/'] }));
    const { errors } = await validatePackage(manifest, { root: dir });
    assert.ok(
      errors.some((e) => e.includes('customElements')),
      errors.join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const untagged = structuredClone(manifest);
  const el = untagged.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName);
  delete el.tagName;
  const { errors } = await validatePackage(untagged, { root });
  assert.ok(
    errors.some((e) => e.includes(`${el.name} is missing a tag name`)),
    errors.join('\n'),
  );
});

test('the committed custom-elements.json is valid against the published schema', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  const { errors } = validateManifest(manifest, { root });
  assert.deepEqual(
    errors.filter((e) => e.startsWith('schema:')),
    [],
  );
});

// The allow-list itself is not restated here (a copy of it could never disagree with it): what is
// tested is that unwanted files and a missing define module are reported.
test('package rules: unwanted files, orphan maps, missing define modules, metadata', () => {
  const bad = checkFileList(
    [
      'dist/define/kratom-a.js',
      'dist/define/kratom-a.d.ts',
      'test/a.test.js',
      'stories/x.stories.js',
      'dist/foo.test.js',
      'src/index.ts',
      'dist/orphan.js.map',
      'kratom-widgets-1.0.0.tgz',
    ],
    { tags: ['kratom-a', 'kratom-b'] },
  );
  assert.ok(!bad.some((p) => p.includes('kratom-a')), 'a present define module is not reported');
  for (const needle of [
    'test/a.test.js',
    'stories/x.stories.js',
    'dist/foo.test.js',
    'src/index.ts',
    'orphan.js.map',
    '.tgz',
    'dist/define/kratom-b.js',
  ]) {
    assert.ok(
      bad.some((p) => p.includes(needle)),
      needle,
    );
  }
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.deepEqual(checkMetadata(pkg), []);
  assert.ok(checkMetadata({ ...pkg, funding: 'x' }).some((p) => p.includes('funding')));
  assert.ok(
    checkMetadata({ ...pkg, dependencies: { ...pkg.dependencies, react: '1' } }).some((p) => p.includes('runtime')),
  );
});

test('SRI hashes are sha384 of the bytes', () => {
  const buf = Buffer.from('export {};\n');
  assert.equal(sri(buf), `sha384-${createHash('sha384').update(buf).digest('base64')}`);
});
