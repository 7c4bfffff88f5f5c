/**
 * Keyboard navigation in a one-dimensional list (tabs, steps), shared by the components.
 * Left/Right follow the text direction; Up/Down move only in lists that also go vertically.
 */

/**
 * The index a navigation key moves to from `current` in a list of `count` items, or `undefined`
 * for keys that do not navigate. The result is not wrapped or clamped: the caller decides.
 */
export function indexForKey(
  key: string,
  current: number,
  count: number,
  rtl: boolean,
  vertical = false,
): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return rtl ? current - 1 : current + 1;
    case 'ArrowLeft':
      return rtl ? current + 1 : current - 1;
    case 'ArrowDown':
      return vertical ? current + 1 : undefined;
    case 'ArrowUp':
      return vertical ? current - 1 : undefined;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
