/**
 * The widget whose template is being built (KratomElement.render sets it), so a shared template
 * part can read that widget's own settings without every call passing it: the publisher review line
 * (publisher-review.ts). Apart from publisher-review.ts, so a page whose widgets show no review
 * footer (a legal badge alone) does not download the review's store.
 */
let host: HTMLElement | undefined;

/** @internal KratomElement.render: the widget being rendered, or `undefined` after. */
export function setRenderingHost(element: HTMLElement | undefined): void {
  host = element;
}

/** The widget being rendered, if any. */
export function renderingHost(): HTMLElement | undefined {
  return host;
}
