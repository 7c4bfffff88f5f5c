/**
 * Source maps through the shipped-source rewrite (scripts/shipped-source.mjs). The rewrite only
 * deletes (translator notes, editors' notes) and collapses whitespace (template minification), so
 * every token of the rewritten code is a token of the code before it, in the same order. We align
 * the two token streams and map each rewritten token to its position before the rewrite; chained
 * with tsc's map, each token of a shipped dist/ file points at its line in src/.
 *
 * Tokens: quoted strings as one token, identifiers/numbers, single punctuation characters.
 * Whitespace is not a token, so minified template text aligns with the original text.
 */
import sourceMap from 'source-map-js';

const { SourceMapConsumer, SourceMapGenerator } = sourceMap;
const TOKEN = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|[\w$]+|\S/g;
/** How far ahead (in tokens) a match is looked for: the longest deleted run (a long note) fits. */
const WINDOW = 4000;

function tokens(code) {
  const out = [];
  let line = 0;
  let lineStart = 0;
  let last = 0;
  for (const m of code.matchAll(TOKEN)) {
    for (let i = code.indexOf('\n', last); i !== -1 && i < m.index; i = code.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    last = m.index;
    out.push({ text: m[0], line, column: m.index - lineStart });
  }
  return out;
}

/**
 * Pairs of [rewritten token, original token]. Greedy in-order alignment: each rewritten token
 * takes the next equal original token within WINDOW; a deleted run never contains a whole
 * string that the next kept token equals often enough to matter (tests measure it).
 */
export function alignTokens(before, after) {
  const a = tokens(before);
  const b = tokens(after);
  const pairs = [];
  let j = 0;
  for (const t of b) {
    const limit = Math.min(a.length, j + WINDOW);
    for (let k = j; k < limit; k++) {
      if (a[k].text === t.text) {
        pairs.push([t, a[k]]);
        j = k + 1;
        break;
      }
    }
  }
  return pairs;
}

function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function offsetOf(starts, line, column) {
  return starts[line] + column;
}

function positionOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - starts[lo] };
}

/**
 * The map of `after` (the rewritten `file`) chained through `beforeMap` (tsc's map of `before`):
 * a raw source map object, or null when no token could be mapped.
 *
 * tsc maps a template literal's text as one segment at its start. A token inside such text is
 * placed by copying: when the text from the segment to the token is the same in `before` and in
 * the source (tsc copies template text verbatim), the token sits as far into the source as into
 * `before`. Otherwise it takes the position of the nearest segment on its line, if any.
 * `sourcesContent(source)`: the original source text; it is embedded so the map works without
 * src/ (which does not ship).
 */
export function chainMap(before, after, beforeMap, { file, sourcesContent } = {}) {
  const consumer = new SourceMapConsumer(beforeMap);
  const beforeStarts = lineStarts(before);
  const segments = [];
  consumer.eachMapping((m) => {
    if (m.source == null) return;
    segments.push({
      offset: offsetOf(beforeStarts, m.generatedLine - 1, m.generatedColumn),
      line: m.generatedLine - 1,
      source: m.source,
      originalLine: m.originalLine - 1,
      originalColumn: m.originalColumn,
    });
  });
  segments.sort((x, y) => x.offset - y.offset);
  const texts = new Map();
  const sourceText = (source) => {
    if (!texts.has(source)) {
      const text = sourcesContent?.(source) ?? consumer.sourceContentFor(source, true) ?? null;
      texts.set(source, text == null ? null : { text, starts: lineStarts(text) });
    }
    return texts.get(source);
  };
  const generator = new SourceMapGenerator({ file: file ?? beforeMap.file });
  let mapped = 0;
  let s = 0;
  for (const [out, orig] of alignTokens(before, after)) {
    const offset = offsetOf(beforeStarts, orig.line, orig.column);
    while (s + 1 < segments.length && segments[s + 1].offset <= offset) s++;
    const seg = segments[s];
    if (!seg || seg.offset > offset) continue;
    let original = null;
    const src = sourceText(seg.source);
    if (src) {
      const from = offsetOf(src.starts, seg.originalLine, seg.originalColumn);
      const between = before.slice(seg.offset, offset + orig.text.length);
      if (src.text.slice(from, from + between.length) === between) {
        original = positionOf(src.starts, from + (offset - seg.offset));
      }
    }
    if (!original && seg.line === orig.line) original = { line: seg.originalLine, column: seg.originalColumn };
    if (!original) continue;
    generator.addMapping({
      generated: { line: out.line + 1, column: out.column },
      original: { line: original.line + 1, column: original.column },
      source: seg.source,
    });
    mapped++;
  }
  if (mapped === 0) return null;
  const map = generator.toJSON();
  if (sourcesContent) map.sourcesContent = map.sources.map((name) => sourceText(name)?.text ?? null);
  return map;
}

/**
 * The map of a rewrite of a source file itself (`before` is the source `file`): for the Vite plugin,
 * whose maps Vite chains with the rest of the build.
 */
export function rewriteMap(before, after, file) {
  const generator = new SourceMapGenerator({ file });
  for (const [out, orig] of alignTokens(before, after)) {
    generator.addMapping({
      generated: { line: out.line + 1, column: out.column },
      original: { line: orig.line + 1, column: orig.column },
      source: file,
    });
  }
  const map = generator.toJSON();
  map.sourcesContent = [before];
  return map;
}
