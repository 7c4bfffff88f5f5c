/**
 * One way to start Debian's Chromium for the project's scripts (consumers, content review, Storybook
 * axe, benchmarks); web-test-runner.config.mjs uses the same flags and path. The flags keep Chromium
 * from calling hosts this machine cannot reach (see ../shared/TOOLCHAIN.md); `--no-sandbox` is
 * needed as root.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROME_PATH, else the first Chromium/Chrome found in the usual Debian places. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH');
  return found;
}

/** Launches headless Chromium with the shared flags plus `args`; other options go to puppeteer. */
export function launchChromium({ args = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...args],
  });
}
