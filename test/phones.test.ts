/**
 * Phones: a page with every widget never scrolls sideways at 320–420 CSS px, in a long-word
 * language (de), a language without spaces (th) and a right-to-left one (ar). The page is an
 * iframe as wide as a phone (test/fixtures/phone.html), and its document's own scroll width is
 * measured, so visually hidden helpers (the explainer's chart table) count too. Works the same in
 * every engine (no viewport emulation needed).
 */
import { expect } from '@open-wc/testing';

async function phonePage(width: number, lang: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = `phone ${width} px ${lang}`;
  frame.width = String(width);
  frame.height = '700';
  frame.setAttribute('frameborder', '0');
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/test/fixtures/phone.html?lang=${lang}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { kratomReady?: Promise<string> };
  for (let i = 0; i < 200 && !win.kratomReady; i++) await new Promise((r) => setTimeout(r, 25));
  expect(await win.kratomReady, 'locale of the phone page').to.equal(lang);
  return frame;
}

/** The elements (in every shadow root) that reach past `limit`, widest first, for the failure message. */
function offenders(doc: Document, limit: number): string[] {
  const out: [number, string][] = [];
  const walk = (root: Document | ShadowRoot, host: string) => {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      const rect = node.getBoundingClientRect();
      if (rect.right > limit + 1 && !node.closest('.visually-hidden'))
        out.push([
          rect.right,
          `${host} ${node.localName}.${node.getAttribute('class') ?? ''}[${node.getAttribute('part') ?? ''}] right=${Math.round(rect.right)}`,
        ]);
      if (node.shadowRoot) walk(node.shadowRoot, node.localName);
    }
  };
  walk(doc, '');
  return out
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5)
    .map(([, s]) => s);
}

describe('no horizontal scrolling on phones', function () {
  this.timeout(60000);

  for (const width of [320, 390, 420]) {
    for (const lang of ['en', 'de', 'th', 'ar']) {
      it(`${width} px, ${lang}: the page is no wider than the screen`, async () => {
        const frame = await phonePage(width, lang);
        try {
          const doc = frame.contentDocument!;
          expect(frame.contentWindow!.innerWidth).to.equal(width);
          const wide = doc.scrollingElement!.scrollWidth;
          expect(
            wide,
            `document ${wide} px wide at ${width} px (${lang}): ${offenders(doc, width).join('; ')}`,
          ).to.be.at.most(width);
        } finally {
          frame.remove();
        }
      });
    }
  }
});
