/**
 * Keeps a connected element in the page's language: fetches the element's locale part, re-renders
 * when a new locale is ready or a `dir` on the page changes (direction falls back to the locale's;
 * src/shared/direction.ts owns it), and catches up after a switch made while it was out of the page.
 * The wait for the part stays in the element's `updateWait` (`takeWait`, awaited by its
 * `scheduleUpdate`): a controller cannot delay an update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale, onLocaleReady, requireLocalePart } from '../../localization/index.js';
import { onDirectionChange } from '../direction.js';

export class LocaleController implements ReactiveController {
  /** Set while the element's locale part is loading: the next update waits for it. */
  private wait: Promise<void> | undefined;

  /** The locale of the last update. */
  private renderedLocale: string | undefined;

  /** Ends the locale and direction subscriptions of a connected element. */
  private unsubscribe: (() => void) | undefined;

  /**
   * `part` is the locale part that holds the element's strings (scripts/locales-build.mjs names
   * parts after the define modules); only parts of elements on the page are fetched.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly part: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.host;
    this.wait = requireLocalePart(this.part);
    if (this.renderedLocale !== undefined && this.renderedLocale !== getLocale()) host.requestUpdate();
    if (!this.unsubscribe) {
      // Shared listeners (one per page, not per element).
      const locale = onLocaleReady(() => host.requestUpdate());
      const direction = onDirectionChange(() => host.requestUpdate());
      this.unsubscribe = () => {
        locale();
        direction();
      };
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdate(): void {
    this.renderedLocale = getLocale();
  }

  /** The pending wait for the locale part, if any; taken once, by the element's next update. */
  takeWait(): Promise<void> | undefined {
    const wait = this.wait;
    this.wait = undefined;
    return wait;
  }
}
