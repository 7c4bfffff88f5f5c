/**
 * Compatibility shim for Debian's Firefox ESR under puppeteer-core's WebDriver BiDi.
 *
 * @web/test-runner-chrome sets an 800×600 viewport before every test file. With BiDi, puppeteer-core
 * 24.x sends `emulation.setViewport` together with `emulation.setScreenOrientationOverride`; Firefox
 * ESR 140.12 (Debian 12, December 2026) answers "unknown command" to the second, which failed every
 * Firefox test file before a test ran. The orientation override is not needed (the viewport is set
 * by the first command), so this makes that one call tolerate "unknown command", as puppeteer
 * already does for the touch override. Other errors still throw.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function patchFirefoxBidi() {
  const { BrowsingContext } = require('puppeteer-core/internal/bidi/core/BrowsingContext.js');
  const original = BrowsingContext?.prototype?.setScreenOrientationOverride;
  if (!original || original.kratomPatched) return false;
  const patched = async function (...args) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      if (/unknown command|unsupported operation/.test(String(error?.message ?? error))) return undefined;
      throw error;
    }
  };
  patched.kratomPatched = true;
  BrowsingContext.prototype.setScreenOrientationOverride = patched;
  return true;
}
