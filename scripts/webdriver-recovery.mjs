// @ts-check
/**
 * Recovery for a WebKitWebDriver hang seen in CI: after a test file has finished and reported
 * every result, @web/test-runner-webdriver navigates the browser to about:blank; WebKitGTK's
 * automation occasionally never answers that navigation, the HTTP request times out after
 * minutes, and the runner counts the whole (passed) file as failed.
 *
 * `recoverFromStuckNavigation(launcher)` bounds that end-of-file step. When it does not finish in
 * time, it prints one line saying so, kills the stuck MiniBrowser (a child of our own
 * WebKitWebDriver, whose pid scripts/test.mjs passes in WEBKIT_DRIVER_PID) and lets the launcher
 * start a fresh browser session for the next file. Results are untouched: a file's tests have
 * all been reported before this step, a test that failed still fails, and a file that never
 * finishes is still failed by the runner's own testsFinishTimeout.
 */
import { execFileSync } from 'node:child_process';

/** Pids of the direct children of `pid` (the browsers WebKitWebDriver started). */
function childPids(pid) {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // pgrep exits 1 when there is no child
  }
}

/**
 * @template {object} L
 * @param {L} launcher a webdriverLauncher() instance
 * @param {{ timeoutMs?: number, driverPid?: number, log?: (line: string) => void }} [options]
 * @returns {L}
 */
export function recoverFromStuckNavigation(launcher, options = {}) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const driverPid = options.driverPid ?? Number(process.env.WEBKIT_DRIVER_PID ?? 0);
  const log = options.log ?? ((line) => console.warn(line));
  /** @type {any} */
  const l = launcher;
  const stopSession = l.stopSession.bind(l);

  l.stopSession = async (/** @type {string} */ id) => {
    const stopping = Promise.resolve(stopSession(id));
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const result = await Promise.race([stopping, timedOut]);
      if (result !== 'timeout') return result;
    } catch (error) {
      log(`test: WebKit failed to leave a finished test page (${String(error).split('\n')[0]}).`);
    } finally {
      clearTimeout(timer);
    }
    stopping.catch(() => {}); // settles (rejects) once the stuck browser is gone
    log(
      `test: WebKit did not leave a finished test page within ${timeoutMs / 1000} s ` +
        '(its results were already reported); restarting the browser for the next file.',
    );
    await restart(l, driverPid);
    return { testCoverage: undefined };
  };
  return launcher;
}

/** Drops the launcher's driver so its next startSession() opens a new browser session. */
async function restart(/** @type {any} */ l, /** @type {number} */ driverPid) {
  if (l.pendingHeartbeat != null) clearInterval(l.pendingHeartbeat);
  const driver = l.driver;
  l.driver = undefined;
  l.driverManager = undefined;
  l.__managerPromise = undefined;
  if (driverPid > 0) {
    for (const pid of childPids(driverPid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
  // WebKitWebDriver holds one session at a time: end the old one before the next starts.
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  await Promise.race([
    Promise.resolve(driver?.deleteSession()).catch(() => {}),
    new Promise((resolve) => (timer = setTimeout(resolve, 10_000))),
  ]);
  clearTimeout(timer);
}
