// @ts-check
/**
 * Real-browser tests in Debian's Chromium, Firefox ESR and WebKitGTK (see ../shared/TOOLCHAIN.md).
 * Choose engines with KRATOM_BROWSERS=chromium,firefox,webkit (default: all three).
 * scripts/test.mjs starts Xvfb + WebKitWebDriver for WebKit and prints the closing summary line.
 */
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { recoverFromStuckNavigation } from './scripts/webdriver-recovery.mjs';
import { patchFirefoxBidi } from './scripts/lib/firefox-bidi-compat.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium.mjs';

const wanted = (process.env.KRATOM_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
// The scripts' Chromium flags (no calls to unreachable hosts, no sandbox as root), plus the test runner's.
// Site isolation off: every test file is a navigation from about:blank to the one local test server,
// which otherwise starts a new renderer process each time; the whole Chromium suite took 240 CPU-s
// with it and 175 without (same machine, one after the other), and every test passed both ways. The
// test pages load nothing from another site, so there is nothing for site isolation to separate.
const chromiumArgs = [
  ...CHROMIUM_ARGS,
  '--headless=new',
  '--disable-dev-shm-usage',
  '--disable-features=site-per-process,IsolateOrigins',
  '--disable-site-isolation-trials',
];
/**
 * puppeteer's network events off: no test listens to puppeteer's requests (chunk loading is checked
 * in the page, with Resource Timing), and under WebDriver BiDi Firefox's parent process serialised
 * every module request of every test file for them. The whole Firefox suite took 274 CPU-s with them
 * and 193 without; Chromium (with site isolation also off) 148 against 175.
 */
const puppeteerOptions = { headless: true, networkEnabled: false };

/** @param {import('@web/test-runner').BrowserLauncher} launcher @param {string} name */
function named(launcher, name) {
  Object.defineProperty(launcher, 'name', { value: name });
  return launcher;
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    named(
      chromeLauncher({
        launchOptions: {
          ...puppeteerOptions,
          executablePath: chromiumPath(),
          args: chromiumArgs,
        },
      }),
      'Chromium',
    ),
  );
}
if (wanted.includes('firefox')) {
  patchFirefoxBidi();
  browsers.push(
    named(
      chromeLauncher({
        launchOptions: {
          ...puppeteerOptions,
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
          extraPrefsFirefox: { 'network.proxy.type': 0, 'browser.shell.checkDefaultBrowser': false },
        },
      }),
      'Firefox',
    ),
  );
}
if (wanted.includes('webkit')) {
  browsers.push(
    named(
      recoverFromStuckNavigation(
        webdriverLauncher({
          automationProtocol: 'webdriver',
          hostname: '127.0.0.1',
          port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
          logLevel: 'error',
          capabilities: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
              args: ['--automation'],
            },
            'wdio:enforceWebDriverClassic': true,
          },
        }),
      ),
      'WebKit',
    ),
  );
}

/**
 * Counts results over every browser session, in total and per group (`default`: behaviour, what
 * readers and hosts see; `perf`: performance internals), and writes them for scripts/test.mjs.
 * A test an engine cannot run is registered with `it.skip` there and counts as skipped.
 */
function countingReporter() {
  return {
    /** @param {{ sessions: any[] }} args */
    onTestRunFinished({ sessions }) {
      const zero = () => ({ passed: 0, failed: 0, skipped: 0 });
      const total = zero();
      /** @type {Record<string, { passed: number, failed: number, skipped: number }>} */
      const groups = {};
      for (const session of sessions) {
        const group = (groups[session.group?.name ?? 'default'] ??= zero());
        /** @param {'passed' | 'failed' | 'skipped'} key */
        const add = (key) => {
          total[key]++;
          group[key]++;
        };
        /** @param {any} suite */
        const walk = (suite) => {
          for (const t of suite?.tests ?? []) add(t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed');
          for (const s of suite?.suites ?? []) walk(s);
        };
        walk(session.testResults);
        // A file that failed to load (syntax error, import error) counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) add('failed');
      }
      writeFileSync('.wtr-results.json', JSON.stringify({ ...total, groups }));
    },
  };
}

/**
 * Two groups: behaviour tests (test/*.test.ts) and the performance-internals suite (test/perf/:
 * lazy rendering, no Intl on English pages, heap growth, which locale chunks load). Both run in
 * every engine; failures in `perf` mean a deliberate optimisation regressed, not a reader-visible bug.
 */
const isPerf = (/** @type {string} */ file) => /(^|\/)test\/perf\//.test(file);
const requested = process.env.KRATOM_TEST_FILES?.split(',').map((f) => f.trim());
const behaviourFiles = requested ? requested.filter((f) => !isPerf(f)) : ['test/**/*.test.ts', '!test/perf/**'];
const perfFiles = requested ? requested.filter(isPerf) : ['test/perf/**/*.test.ts'];

/** `executeServerCommand('forced-colors', { active })`: forced-colors emulation (Chromium only). */
function forcedColorsPlugin() {
  return {
    name: 'kratom-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.name !== 'Chromium') return false;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) return false;
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      await cdp.detach();
      return true;
    },
  };
}

/** `executeServerCommand('heap-used')`: JS heap bytes after a full GC (Chromium via CDP), else null. */
function heapPlugin() {
  return {
    name: 'kratom-heap',
    async executeCommand({ command, session }) {
      if (command !== 'heap-used') return undefined;
      if (session.browser.name !== 'Chromium') return null;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) return null;
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.enable');
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}

export default {
  files: behaviourFiles.length ? behaviourFiles : undefined,
  groups: perfFiles.length ? [{ name: 'perf', files: perfFiles }] : [],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  browsers,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    forcedColorsPlugin(),
    heapPlugin(),
  ],
  testFramework: { config: { timeout: 30000 } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    summaryReporter({ flatten: false }),
    countingReporter(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
