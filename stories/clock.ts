/**
 * Story helper: moves the library's clock past every next-review date (to 2100), so each widget
 * shows its "may be out of date" marker. Use as a story's `beforeEach`; the returned cleanup puts
 * the real clock back.
 */
import { clock } from '../src/shared/format.js';

export function pastEveryReview(): () => void {
  const real = clock.now;
  clock.now = () => new Date(Date.UTC(2100, 0, 1));
  return () => {
    clock.now = real;
  };
}
