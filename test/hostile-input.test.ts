/**
 * Hostile and broken input: property-based fuzzing (fast-check) of every attribute and property
 * of every element. Asserts no uncaught exception, nothing injected from a payload, no script run,
 * and at most one console warning per attribute.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/all.js';
import { captureWarnings } from './helpers.js';
import { TAGS } from './fixtures.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  "'; window.__pwned=1; '",
  '${window.__pwned=1}',
  '\u202eRTL-override',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧪 العربية ไทย',
  '',
  ' ',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'x'.repeat(100_000),
];

const anyValue = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.object({ maxDepth: 1 }),
);

/** The reactive properties Lit knows for an element class, with their attribute names. */
function reactiveProperties(tag: string): { prop: string; attr: string | null }[] {
  const ctor = customElements.get(tag) as unknown as {
    elementProperties: Map<string, { attribute?: string | boolean; state?: boolean }>;
  };
  const out: { prop: string; attr: string | null }[] = [];
  for (const [prop, options] of ctor.elementProperties) {
    if (options.state) continue;
    const attr =
      options.attribute === false
        ? null
        : typeof options.attribute === 'string'
          ? options.attribute
          : prop.toLowerCase();
    out.push({ prop, attr });
  }
  return out;
}

describe('hostile and broken input', () => {
  let uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  beforeEach(() => {
    uncaught = [];
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('covers every element (each define module is registered by all.js)', () => {
    expect(TAGS.length).to.be.at.least(4);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  for (const tag of TAGS) {
    it(`<${tag}> survives 500 random attribute and property values`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<div></div>`);
      const target = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      el.append(target);
      const props = reactiveProperties(tag);
      expect(props.length).to.be.greaterThan(0);
      const warnings = await captureWarnings(async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...props),
            anyValue,
            fc.boolean(),
            async ({ prop, attr }, value, viaAttribute) => {
              try {
                if (viaAttribute && attr) {
                  if (value === null || value === undefined) target.removeAttribute(attr);
                  else target.setAttribute(attr, String(value));
                } else {
                  (target as unknown as Record<string, unknown>)[prop] = value;
                }
              } catch (error) {
                // Setting a read-only or typed property may throw synchronously in the caller's own code;
                // the element itself must never throw during update/render.
                uncaught.push(`setter threw: ${String(error)}`);
              }
              await target.updateComplete.catch((e: unknown) => uncaught.push(String(e)));
              const root = target.shadowRoot!;
              expect(root.querySelector('img, script, iframe, object, embed'), 'injected element').to.equal(null);
              for (const node of root.querySelectorAll('*')) {
                for (const a of node.getAttributeNames())
                  expect(a.startsWith('on'), `event handler attribute ${a}`).to.equal(false);
              }
              for (const a of root.querySelectorAll('a[href]'))
                expect((a as HTMLAnchorElement).protocol).to.match(/^(https?|tel):$/);
            },
          ),
          { numRuns: 500, seed: 4242 },
        );
        await new Promise((r) => setTimeout(r, 50));
      });
      expect(uncaught, uncaught.join('\n')).to.deep.equal([]);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      // At most one warning per attribute. Each warning names the attribute it is about first
      // (`step="x" is not…`, or `the compact attribute … is deprecated; use variant="compact"`).
      const named = (w: string, attr: string) =>
        Math.min(...[`${attr}=`, `the ${attr} attribute`].map((s) => w.indexOf(s)).filter((i) => i >= 0));
      const perAttribute = new Map<string, number>();
      for (const w of warnings) {
        const about = props.filter(({ attr }) => attr && named(w, attr) < Infinity);
        about.sort((a, b) => named(w, a.attr!) - named(w, b.attr!));
        const attr = about[0]?.attr ?? w;
        perAttribute.set(attr, (perAttribute.get(attr) ?? 0) + 1);
      }
      for (const [attr, count] of perAttribute)
        expect(count, `warnings for ${attr}: ${warnings.join(' | ')}`).to.be.at.most(1);
      // Still shows something to the reader.
      await target.updateComplete;
      expect(target.shadowRoot!.textContent!.trim().length).to.be.greaterThan(0);
    });
  }
});
