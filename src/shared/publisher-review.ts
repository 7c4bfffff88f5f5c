/**
 * A publisher's own medical review of the content (issue #26): what a page declares, and where the
 * footer finds it. This module comes with the review footer (review-footer.ts), so a page whose
 * widgets show no footer (a legal badge alone) never downloads it; it only stores and finds the
 * declaration: checking it and drawing the line (publisher-review-line.ts) load on first use, so a
 * page that declares no review never downloads them. The page's declaration is read when the first
 * footer renders.
 *
 * Declared per element (`publisherReview` / `publisher-review`, see KratomElement) or per page:
 * `setPublisherReview()` or `<script type="application/json" id="kratom-publisher-review">`, whose
 * text is read with JSON.parse, never run. The element's value wins; `null` on an element means
 * "no publisher review here" even when the page declares one.
 */
import type { ReactiveControllerHost } from 'lit';
import { renderingHost } from './rendering-host.js';
import { REVIEWS } from '../content/review.js';

/**
 * A publisher's declaration that its medical reviewer approved one content version of the widgets.
 * The widgets show it only while their content is that version.
 */
export interface PublisherReview {
  /** The publisher, as readers know it (shown as given, never translated). */
  publisher: string;
  /** The reviewer's name (shown as given). */
  reviewer: string;
  /** The reviewer's role or credentials, e.g. "MD, emergency medicine" (shown as given). */
  role?: string;
  /** The day of the review, `YYYY-MM-DD`; not in the future. */
  date: string;
  /** The content version the reviewer approved, e.g. `2026.12.0` (the review packet names it). */
  contentVersion: string;
  /** An https: link to the publisher's editorial policy. */
  policyUrl?: string;
}

/** The id of the page-level declaration: `<script type="application/json" id="kratom-publisher-review">`. */
export const PAGE_SCRIPT_ID = 'kratom-publisher-review';

type Host = ReactiveControllerHost & { publisherReview?: unknown };
type Line = typeof import('./publisher-review-line.js');

/**
 * Widgets that render a footer: one shared list, so a page-level change re-renders them all. Held
 * weakly and never dropped while alive: a widget taken out of the page and put back (a framework
 * keeping a hidden tab) renders nothing on reconnecting, so it must still be told of a change made
 * meanwhile; a widget the page has dropped is collected as usual.
 */
const hosts = new Set<WeakRef<Host>>();
const tracked = new WeakSet<Host>();
/** The page's value: `undefined` until read; `null` when the page declares none. */
let page: unknown;
let line: Line | undefined;
let loading = false;

const updateAll = (): void => {
  for (const ref of hosts) {
    const host = ref.deref();
    if (host) host.requestUpdate();
    else hosts.delete(ref);
  }
};

function readPageScript(): unknown {
  const text = typeof document === 'undefined' ? undefined : document.getElementById(PAGE_SCRIPT_ID)?.textContent;
  if (text == null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text; // The check names it: "not valid JSON".
  }
}

/**
 * Sets (or with `null` removes) the publisher review of every widget on the page; a widget's own
 * `publisherReview` wins. Connected widgets re-render. Replaces a `<script id="kratom-publisher-review">`.
 */
export function setPublisherReview(review: PublisherReview | null): void {
  page = review ?? null;
  updateAll();
}

/** Reads the page's declaration once, on the first footer rendered. */
function readPage(): void {
  if (page !== undefined) return;
  page = readPageScript();
  // A classic script can define the widgets before the page's declaration is parsed.
  if (page === null && typeof document !== 'undefined' && document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => {
      if (page === null && (page = readPageScript()) !== null) updateAll();
    });
}

/** A widget that renders a footer joins the shared list (once); collected widgets leave it then. */
function track(host: Host): void {
  if (tracked.has(host)) return;
  tracked.add(host);
  for (const ref of hosts) if (!ref.deref()) hosts.delete(ref);
  hosts.add(new WeakRef(host));
}

/**
 * The publisher review line for content whose area is at `version`, in the widget being rendered:
 * nothing when no review is declared, else the line once its module has loaded.
 */
export function publisherReviewLine(version: string): unknown {
  const host = renderingHost() as Host | undefined;
  if (host && typeof document !== 'undefined') track(host);
  readPage();
  const own = host?.publisherReview !== undefined;
  const value = own ? host!.publisherReview : page;
  if (value == null) return undefined;
  if (line) {
    const versions = Object.values(REVIEWS).map((r) => r.contentVersion);
    const latest = versions.reduce((a, b) => (line!.compareVersions(a, b) >= 0 ? a : b));
    return line.reviewLine(value, version, latest, own ? (host as unknown as Element) : undefined);
  }
  if (!loading) {
    loading = true;
    void import('./publisher-review-line.js').then(
      (module) => {
        line = module;
        updateAll();
      },
      () => console.warn('kratom-widgets: the publisher review could not be loaded.'),
    );
  }
  return undefined;
}
