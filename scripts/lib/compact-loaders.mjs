/**
 * Compact loader tables in the CDN build (vite.config.ts; issue #25). The sources keep one static
 * `() => import('./x.js')` per lazy module (src/content/legal/places/index.ts: 212, one per place
 * record and sources chunk; src/generated/locale-parts.ts: one per locale part), so that every
 * bundler, and Vite itself, sees each chunk and splits it. Once the chunks are named (their names carry
 * no content hash), a table whose file names all follow from its keys, such as
 *
 *     "US-AL": () => import("./legal-us-al.js"),   (one line per key)
 *
 * is written as one call that builds the same object, with the same keys in the same order:
 *
 *     ...__kwLoaders("./legal-", "US US-AL …", ".js", 1),
 *
 * A run is rewritten only when every line of it has that form and every file name is
 * `prefix + key + suffix` (the key lower-cased when `lower`), so the rewrite cannot change which file a
 * key loads; anything else is left as it is. Only chunks of the package's own files are loaded (the
 * keys are a fixed list in the code), so the CSP story is the same. Runs on Rollup's `renderChunk`
 * (before minification) and returns a line-level source map, so the chunk's map keeps pointing at src/.
 */
import sourceMap from 'source-map-js';

const { SourceMapGenerator } = sourceMap;

/** Name of the helper put at the top of a chunk that has a compact table (the minifier shortens it). */
export const HELPER = '__kwLoaders';
const HELPER_CODE =
  `function ${HELPER}(p, keys, s, lower) { const o = {};` +
  ' for (const k of keys.split(" ")) o[k] = () => import(p + (lower ? k.toLowerCase() : k) + s); return o; }';

/** One line of a loader table: `key: () => import("file"),`. */
const ENTRY = /^(\s*)(?:"([^"\\]+)"|([A-Za-z_$][\w$]*))\s*:\s*\(\)\s*=>\s*import\(\s*"([^"\\]+)"\s*\)\s*(,?)\s*$/;
/** Fewer entries than this are not worth a call. */
const MIN_RUN = 5;

/** `{ prefix, suffix, lower }` when every file of `entries` is prefix + key (lower-cased if `lower`) + suffix. */
export function patternOf(entries) {
  for (const lower of [false, true]) {
    const name = (key) => (lower ? key.toLowerCase() : key);
    const [first] = entries;
    const at = first.file.indexOf(name(first.key));
    if (at < 0) continue;
    const prefix = first.file.slice(0, at);
    const suffix = first.file.slice(at + name(first.key).length);
    if (entries.every(({ key, file }) => file === `${prefix}${name(key)}${suffix}`)) return { prefix, suffix, lower };
  }
  return undefined;
}

/**
 * The chunk `code` with its loader tables compacted, and a source map of the rewrite (or `null` when
 * nothing matched). Keys must be unique, non-numeric and free of spaces (they are joined with one).
 */
export function compactLoaders(code, fileName = 'chunk.js') {
  const lines = code.split('\n');
  const out = [];
  /** For each output line, the input line it comes from. */
  const from = [];
  let changed = 0;
  for (let i = 0; i < lines.length;) {
    const run = [];
    for (let j = i; j < lines.length; j++) {
      const m = ENTRY.exec(lines[j]);
      if (!m) break;
      run.push({ indent: m[1], key: m[2] ?? m[3], file: m[4], comma: m[5] });
      if (!m[5]) break; // the last entry of an object
    }
    const keys = run.map((e) => e.key);
    const pattern =
      run.length >= MIN_RUN &&
      new Set(keys).size === keys.length &&
      keys.every((k) => !/\s/.test(k) && !/^\d+$/.test(k)) &&
      patternOf(run);
    if (!pattern) {
      out.push(lines[i]);
      from.push(i);
      i++;
      continue;
    }
    const { prefix, suffix, lower } = pattern;
    const args = [prefix, keys.join(' '), suffix].map((s) => JSON.stringify(s));
    out.push(`${run[0].indent}...${HELPER}(${args.join(', ')}, ${lower ? 1 : 0})${run.at(-1).comma}`);
    from.push(i);
    i += run.length;
    changed++;
  }
  if (changed === 0) return null;
  const generator = new SourceMapGenerator({ file: fileName });
  out.forEach((line, index) => {
    generator.addMapping({
      generated: { line: index + 2, column: 0 },
      original: { line: from[index] + 1, column: 0 },
      source: fileName,
    });
    // Within an unchanged line, each token keeps its column.
    if (line !== lines[from[index]]) return;
    for (const m of line.matchAll(/[\w$]+|"(?:[^"\\]|\\.)*"|\S/g)) {
      if (m.index === 0) continue;
      generator.addMapping({
        generated: { line: index + 2, column: m.index },
        original: { line: from[index] + 1, column: m.index },
        source: fileName,
      });
    }
  });
  return { code: `${HELPER_CODE}\n${out.join('\n')}`, map: generator.toJSON(), tables: changed };
}

/** The Vite/Rollup plugin: compacts the loader tables of every chunk (`renderChunk`). */
export function compactLoadersVitePlugin() {
  return {
    name: 'kratom-compact-loaders',
    renderChunk(code, chunk) {
      const result = compactLoaders(code, chunk.fileName);
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
