/**
 * Minifies the static text of Lit's tagged templates (`html`, `svg`, `css`) in shipped code (CDN
 * bundle, dist/, size measurements). JavaScript minifiers keep template literals verbatim, so every
 * indentation run and CSS comment would otherwise reach readers.
 *
 * Only changes that cannot alter rendering are made:
 *   - `html`/`svg`: a whitespace run that contains a line break becomes one space (HTML collapses it
 *     to one space anyway under `white-space: normal`; no template here uses pre/pre-wrap text);
 *     runs directly inside a tag between attributes become one space too. Comments `<!-- -->` that
 *     are not Lit markers are kept (there are none in the sources).
 *   - `css`: comments are removed, whitespace runs become one space, and spaces next to `{`, `}`,
 *     `;` and `,` are dropped. Spaces next to `:` and inside values are kept (`a :hover` ≠ `a:hover`,
 *     `calc(a + b)` needs them).
 * Template parts are found with the TypeScript parser, so `${…}` expressions (including nested
 * templates) are never touched by the text rules. scripts/tests/minify-literals.test.mjs covers it.
 */
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

/** Minifies one static part of an html/svg template (raw text between expressions). */
export function minifyHtmlPart(raw) {
  return raw.replace(/\s*\n\s*/g, ' ');
}

/** Minifies one static part of a css template. Comments never span an expression in our sources. */
export function minifyCssPart(raw) {
  // Quoted strings (e.g. `content: ' ('`) are kept exactly; only the text between them is minified.
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * Returns `code` with the static parts of every html/svg/css tagged template minified.
 * `fileName` decides the parser mode (.ts or .js).
 */
export function minifyLiterals(code, fileName = 'file.ts') {
  if (!/\b(?:html|svg|css)\s*`/.test(code)) return code;
  const kind = fileName.endsWith('.js') || fileName.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  /** @type {{start: number, end: number, text: string}[]} */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCssPart : minifyHtmlPart;
      const tpl = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(tpl)
        ? [{ node: tpl, open: 1, close: 1 }]
        : [
            { node: tpl.head, open: 1, close: 2 },
            ...tpl.templateSpans.map((s) => ({
              node: s.literal,
              open: 1,
              close: ts.isTemplateTail(s.literal) ? 1 : 2,
            })),
          ];
      for (const { node: part, open, close } of parts) {
        const start = part.getStart(source) + open;
        const end = part.getEnd() - close;
        const raw = code.slice(start, end);
        const text = minify(raw);
        if (text !== raw) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return code;
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
