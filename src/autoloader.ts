/**
 * The autoloader: one small module that registers only the kratom elements a page actually uses.
 * It looks for undefined `kratom-*` elements in the document (and in any root you pass to
 * `discover`), imports each one's define module once, and keeps watching for elements added
 * later (a CMS block, a client-side route). Nothing else is fetched.
 *
 * CDN: `<script type="module" src=".../cdn/autoloader.js"></script>`. npm: `import 'kratom-widgets/autoloader.js'`.
 */
import { DEFINE_LOADERS } from './generated/define-loaders.js';

export { DEFINE_LOADERS };

const PREFIX = 'kratom-';
const started = new Map<string, Promise<void>>();

/** Loads the definition of one tag (once). Unknown `kratom-*` tags warn once and resolve. */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  let promise = started.get(name);
  if (promise) return promise;
  const loader = DEFINE_LOADERS[name];
  if (loader) {
    promise = loader().then(
      () => undefined,
      (error: unknown) => {
        started.delete(name);
        console.warn(`kratom-widgets autoloader: could not load <${name}> (${String(error)}).`);
      },
    );
  } else {
    console.warn(
      `kratom-widgets autoloader: <${name}> is not a kratom element. Known: ${Object.keys(DEFINE_LOADERS).join(', ')}.`,
    );
    promise = Promise.resolve();
  }
  started.set(name, promise);
  return promise;
}

/** Finds undefined kratom elements in `root` (and `root` itself) and loads their definitions. */
export function discover(root: Document | DocumentFragment | Element): Promise<void> {
  const tags = new Set<string>();
  const consider = (el: Element): void => {
    const tag = el.localName;
    if (tag.startsWith(PREFIX) && !customElements.get(tag)) tags.add(tag);
  };
  if (root instanceof Element) consider(root);
  for (const el of root.querySelectorAll(':not(:defined)')) consider(el);
  return Promise.all([...tags].map(load)).then(() => undefined);
}

/** Watches `root` for added elements; returns the observer so a host can disconnect it. */
export function observe(root: Document | DocumentFragment | Element = document): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}

if (typeof document !== 'undefined') {
  void discover(document);
  observe(document);
}
