/**
 * Closed panels (badge details, explainer disclosures, the checklist's clinician summary) are not
 * rendered until they are first needed: that keeps the first render and every update small. Print
 * stylesheets show those panels, so they must exist before the page is laid out for print. One
 * shared `beforeprint` listener (installed on first use, never per element) calls the elements that
 * subscribed; each renders its panels synchronously inside the event, before print layout.
 */
type Subscriber = (printing: boolean) => void;
const subscribers = new Set<Subscriber>();
let installed = false;

function notify(printing: boolean): void {
  for (const subscriber of subscribers) {
    try {
      subscriber(printing);
    } catch {
      // One element failing must not keep the others out of the printout.
    }
  }
}

/**
 * Calls `subscriber(true)` when the page is about to print and `subscriber(false)` after printing.
 * Returns the unsubscribe function.
 */
export function onPrint(subscriber: Subscriber): () => void {
  if (typeof window === 'undefined') return () => undefined;
  if (!installed) {
    installed = true;
    window.addEventListener('beforeprint', () => notify(true));
    window.addEventListener('afterprint', () => notify(false));
  }
  subscribers.add(subscriber);
  return () => subscribers.delete(subscriber);
}
