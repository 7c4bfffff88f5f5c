/**
 * Opens the browser's print dialog for an element and sets its `printing` property (a reflected
 * attribute) while the dialog is open, so host print styles can hide the rest of the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element a PrintDialogController serves. */
export interface PrintDialogHost extends ReactiveControllerHost {
  /** Set while the dialog is open. */
  printing: boolean;
}

export class PrintDialogController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `onError` is told when the dialog could not be opened. */
  constructor(
    private readonly host: PrintDialogHost,
    private readonly onError: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  /** Sets `printing`, waits for the update, opens the dialog and clears `printing` after it. */
  async open(): Promise<void> {
    const host = this.host;
    host.printing = true;
    await host.updateComplete;
    const done = (): void => {
      window.removeEventListener('afterprint', done);
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = undefined;
      host.printing = false;
    };
    window.addEventListener('afterprint', done);
    try {
      window.print();
    } catch (error) {
      this.onError(error);
      done();
      return;
    }
    // Engines where print() does not block and `afterprint` never fires: reset soon after.
    if (host.printing) this.timer = setTimeout(done, 1000);
  }

  hostDisconnected(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}
