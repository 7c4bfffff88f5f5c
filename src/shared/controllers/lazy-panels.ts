/**
 * Closed panels (badge details, explainer disclosures) are built only once they are first opened,
 * and then stay built (hidden when closed). Print styles show them, so while the page prints every
 * panel is built: one shared `beforeprint` listener (src/shared/print.ts) renders the element
 * synchronously inside the event, before print layout, and `afterprint` drops what only printing
 * needed. Elements without closed panels (the diagram) do not create one.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { onPrint } from '../print.js';

export class LazyPanelsController implements ReactiveController {
  /** `true` while the page prints: every panel is rendered, so print styles can show it. */
  printing = false;

  /** Panels that have been open once. */
  private shown: Set<string> | undefined;

  /** Ends the print subscription of a connected element. */
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe ??= onPrint((printing) => this.print(printing));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Whether the content of the closed-by-default panel `key` is to be rendered: once it has been
   * open, or while the page prints. Call in render, with whether the panel is open now (records it).
   */
  rendered(key: string, open: boolean): boolean {
    if (open) (this.shown ??= new Set()).add(key);
    return this.printing || (this.shown?.has(key) ?? false);
  }

  private print(printing: boolean): void {
    if (this.printing === printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    // Print layout follows the event at once: render now, not in a microtask. performUpdate is
    // protected on ReactiveElement, the one way to update synchronously.
    if (printing) (this.host as unknown as { performUpdate(): void }).performUpdate();
  }
}
