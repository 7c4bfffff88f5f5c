/**
 * One-time console warnings for deprecated names (attributes, events, methods) that still work
 * during the 0.x deprecation window. Each name warns once per page, whatever the number of widgets.
 */
const warned = new Set<string>();

/** Warns once per page that `what` is deprecated and `instead` replaces it. */
export function warnDeprecated(what: string, instead: string): void {
  if (warned.has(what)) return;
  warned.add(what);
  console.warn(`kratom-widgets: ${what} is deprecated and will be removed in 0.3; use ${instead} instead.`);
}
