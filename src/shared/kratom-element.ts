/**
 * The base element of every kratom widget: guarded registration, custom states, the wait for the
 * element's strings (the rest of the locale wiring is LocaleController), text direction, a typed
 * `emit`, one-time warnings, and a render that never throws into the host page. Closed panels and
 * print: controllers/lazy-panels.ts, created by the elements that have them.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { directionOf, pageSetsDirection } from './direction.js';
import { LocaleController } from './controllers/locale.js';
import { getLocale, getLocaleDirection } from '../localization/index.js';
import { VERSION } from '../version.js';
import type { PublisherReview } from './publisher-review.js';
import { setRenderingHost } from './rendering-host.js';

/**
 * How long an element waits for optional code its render shows (see `optionalCodeWait`) before it
 * renders without it. A chunk of the package normally arrives within one round trip.
 * @internal
 */
export const OPTIONAL_CODE_WAIT_MS = 3000;

let warnedDuplicate = false;
const NO_STATES: ReadonlySet<string> = new Set();

function attachInternalsSafely(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}

/** The `publisher-review` attribute: JSON; text that is not JSON is kept, so the check can name it. */
const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
};

/**
 * Base class of every kratom element.
 *
 * @csspart fallback - The calm message shown in place of the widget if it ever fails to render.
 *
 * @cssproperty --kratom-color-text - Colour token: text (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-text-muted - Colour token: text muted (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-surface - Colour token: surface (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-surface-raised - Colour token: surface raised (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-border - Colour token: border (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-accent - Colour token: accent (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-focus - Colour token: focus (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-link - Colour token: link (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-legal - Colour token: legal (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-regulated - Colour token: regulated (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-restricted - Colour token: restricted (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-banned - Colour token: banned (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-unclear - Colour token: unclear (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-urgent - Colour token: urgent (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-prompt - Colour token: prompt (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-before-use - Colour token: before use (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-caution - Colour token: caution (light and dark defaults; see the Tokens docs page).
 * @cssproperty --kratom-color-scheme - `light`, `dark` or `light dark` (default: follow the reader).
 * @cssproperty --kratom-font-family - Font family (default: inherit the page font).
 * @cssproperty --kratom-font-size - Base font size (default 1em: the text size around the widget, never the page root).
 * @cssproperty --kratom-min-font-size - Smallest base font size (default 16px), so a small host text or `html { font-size: 62.5% }` never gives tiny text.
 * @cssproperty --kratom-line-height - Line height (default 1.5).
 * @cssproperty --kratom-radius - Corner radius.
 * @cssproperty --kratom-space-1 - Spacing step 1.
 * @cssproperty --kratom-space-2 - Spacing step 2.
 * @cssproperty --kratom-space-3 - Spacing step 3.
 * @cssproperty --kratom-space-4 - Spacing step 4.
 * @cssproperty --kratom-focus-ring-width - Width of the focus ring.
 */
export abstract class KratomElement extends LitElement {
  /** The library version that defined this class. */
  static readonly version: string = VERSION;

  /**
   * Registers the element under `tag`, once. If the tag is already defined by this class, does
   * nothing; if another copy of kratom-widgets defined it, keeps that one and warns once (for a
   * different version) so a page that loads the library twice (CDN + npm) never throws.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    const self = this as unknown as CustomElementConstructor;
    if (!existing) {
      try {
        registry.define(tag, self);
      } catch {
        // The class is already registered under another tag: register a trivial subclass.
        registry.define(tag, class extends (self as typeof HTMLElement) {});
      }
      return;
    }
    if (existing === self) return;
    if (existing.version !== this.version && !warnedDuplicate) {
      warnedDuplicate = true;
      console.warn(
        `kratom-widgets: <${tag}> is already defined by kratom-widgets ${existing.version ?? '(unknown version)'}; ` +
          `this copy (${this.version}) is not registered. Load the library once per page.`,
      );
    }
  }

  /**
   * The publisher's own medical review of this content (issue #26): `{ publisher, reviewer, role?,
   * date: 'YYYY-MM-DD', contentVersion, policyUrl? }`. The footer shows "Reviewed for {publisher}
   * by {reviewer}, {role}, on {date}." while the content is that version, and a notice that the
   * review was of an earlier version once it has changed. The attribute takes the same as JSON.
   * Wins over the page's `setPublisherReview()` or `<script type="application/json"
   * id="kratom-publisher-review">`; `null` shows no publisher review on this element. An invalid
   * value shows no line and logs one console warning naming the field. The legal badge shows no
   * publisher review: the medical review packet does not cover legal status.
   */
  @property({ attribute: 'publisher-review', converter: jsonAttribute })
  publisherReview?: PublisherReview | null;

  /** Keys already warned about (created on the first warning). */
  private warnings: Set<string> | undefined;

  /**
   * The element's ElementInternals (custom states, form value), or `undefined` where the engine
   * has none.
   * @internal
   */
  protected readonly internals: ElementInternals | undefined = attachInternalsSafely(this);

  /** The custom states set by `setStates`, so an update touches only the ones that change. */
  private shownStates: ReadonlySet<string> = NO_STATES;

  /**
   * Makes `wanted` the element's custom states (CSS `:state(name)`). Only states that change are
   * added or deleted: each change can restyle the element, and most updates change none.
   */
  protected setStates(wanted: ReadonlySet<string>): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      for (const name of this.shownStates) if (!wanted.has(name)) states.delete(name);
      for (const name of wanted) if (!this.shownStates.has(name)) states.add(name);
      this.shownStates = new Set(wanted);
    } catch {
      // Engines without CustomStateSet (or only its older dashed form): states are an enhancement only.
    }
  }

  /**
   * The locale part that holds this element's strings (named after its define module).
   * @internal
   */
  protected static localePart = 'shared';

  /** Loads this element's strings and keeps it in the page's locale and direction. */
  private readonly localization = new LocaleController(this, (this.constructor as typeof KratomElement).localePart);

  /**
   * What the next update waits for, so nothing its render shows arrives a frame late: this
   * element's strings when the active locale lacks them (so English never flashes); subclasses add
   * code their render needs (the publisher's help block, publisher-help-element.ts).
   * @internal
   */
  protected updateWait(): Promise<unknown> | undefined {
    return this.localization.takeWait();
  }

  /** Optional code this element stopped waiting for (see `optionalCodeWait`), by name. */
  private lateCode: Set<string> | undefined;

  /**
   * `chunk` (optional code the next render shows, named `name`: the publisher's help block, the
   * badge's picker), or at most `OPTIONAL_CODE_WAIT_MS`: a request that stalls must not hold back
   * what the element shows (the checklist's emergency information, the badge's status). After that
   * the element's updates no longer wait for it (`undefined`), and when it arrives the element
   * renders again. `chunk` must settle without rejecting.
   * @internal
   */
  protected optionalCodeWait(name: string, chunk: Promise<unknown>): Promise<unknown> | undefined {
    if (this.lateCode?.has(name)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        (this.lateCode ??= new Set()).add(name);
        resolve();
      }, OPTIONAL_CODE_WAIT_MS);
    });
    void chunk.then(() => {
      clearTimeout(timer);
      if (this.lateCode?.delete(name)) this.requestUpdate();
    });
    return Promise.race([chunk, timeout]);
  }

  /** Waits for `updateWait()` before the update. */
  protected override async scheduleUpdate(): Promise<void> {
    const wait = this.updateWait();
    if (wait) await wait;
    super.scheduleUpdate();
  }

  /** The active locale for `Intl` formatting. */
  protected get locale(): string {
    return getLocale();
  }

  /** The text direction to render with: the nearest `dir` in the light DOM, else the locale's (shared/direction.ts). */
  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this);
  }

  /** Dispatches a typed, bubbling, composed `CustomEvent` from the host. */
  protected emit<T>(name: string, detail: T, init: EventInit = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, ...init, detail }));
  }

  /** Logs a console warning once per element and key. */
  protected warnOnce(key: string, message: string): void {
    this.warnings ??= new Set();
    if (this.warnings.has(key)) return;
    this.warnings.add(key);
    console.warn(`kratom-widgets <${this.localName}>: ${message}`);
  }

  /** Subclasses render here. Errors are caught and replaced by a localised fallback. */
  protected abstract renderContent(): unknown;

  /**
   * Wraps the content in an element with the resolved text direction (so `<html lang="ar">` alone
   * gives right-to-left widgets) that carries the widget's own colour and typography, so host-page
   * rules that reach the host (`* { all: unset }`, colour resets) cannot leak into the text.
   */
  protected override render(): unknown {
    let content: unknown;
    setRenderingHost(this);
    try {
      content = this.renderContent();
    } catch (error) {
      this.warnOnce('render', `could not render (${String(error)}).`);
      content = this.renderFallback();
    }
    setRenderingHost(undefined);
    // Only when the page gives no direction does the locale decide (e.g. `<html lang="ar">` alone);
    // otherwise direction is inherited, so live `dir` changes on the page apply without a re-render.
    // On the server there is no DOM tree: the locale decides, as when the page sets no dir. A
    // left-to-right locale never sets `dir`, so only a right-to-left one looks the page up.
    const dir = getLocaleDirection() === 'rtl' && !pageSetsDirection(this) ? 'rtl' : undefined;
    return html`<div class="kratom-base" dir=${ifDefined(dir)}>${content}</div>`;
  }

  /** The fallback shown when rendering failed. */
  protected renderFallback(): TemplateResult {
    return html`<p part="fallback" role="note">
      ${msg('This information could not be shown.', {
        id: 'shared.fallback.renderError',
        desc: 'Shown in place of a widget when it failed to render. Plain and calm.',
      })}
    </p>`;
  }

  /** Never let an update error (in willUpdate, update or updated) reach the host page. */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.warnOnce('update', `update failed (${String(error)}).`);
    }
  }

  /** Whether the element came with a shadow root from the page (server-rendered declarative shadow DOM). */
  private serverMarkup = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.serverMarkup = !!this.shadowRoot;
    return super.createRenderRoot();
  }

  /**
   * With server markup, Lit's hydration support (@lit-labs/ssr-client) hydrates it in the first
   * update. When that fails (the server rendered something this page cannot show the same way,
   * e.g. code that could not load here), the server's markup is removed, keeping its styles (a
   * hydrated element does not adopt them again), and the element renders from scratch: otherwise
   * its next update would add a second copy of the widget beside the server's.
   */
  protected override update(changed: PropertyValues): void {
    const hydrating = this.serverMarkup && !this.hasUpdated;
    try {
      super.update(changed);
    } catch (error) {
      if (!hydrating) return this.warnOnce('update', `update failed (${String(error)}).`);
      this.warnOnce('hydration', `server markup does not match (${String(error)}); rendered it again.`);
      const root = this.renderRoot;
      for (const node of [...root.childNodes]) if ((node as Element).localName !== 'style') node.remove();
      delete (root as { _$litPart$?: unknown })._$litPart$;
      this.serverMarkup = false;
      this.update(changed);
    }
  }
}
