/**
 * The WebKit launcher wrapper must only bound the runner's end-of-file navigation: a normal stop
 * passes through untouched; a stop that hangs or fails ends after the time limit with one line
 * logged, the old session deleted and the driver dropped so the next file gets a fresh browser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recoverFromStuckNavigation } from '../webdriver-recovery.mjs';

function fakeLauncher(stop) {
  const calls = [];
  const driver = { deleteSession: async () => calls.push('deleteSession') };
  return {
    calls,
    driver,
    driverManager: { name: 'manager' },
    pendingHeartbeat: setInterval(() => {}, 60_000),
    stopSession: (id) => (calls.push(`stop:${id}`), stop()),
  };
}

test('a stop that finishes in time is passed through and nothing is restarted', async () => {
  const launcher = fakeLauncher(async () => ({ testCoverage: { a: 1 } }));
  const lines = [];
  recoverFromStuckNavigation(launcher, { timeoutMs: 200, driverPid: -1, log: (l) => lines.push(l) });
  assert.deepEqual(await launcher.stopSession('s1'), { testCoverage: { a: 1 } });
  assert.deepEqual(launcher.calls, ['stop:s1']);
  assert.ok(launcher.driverManager, 'driver kept');
  assert.deepEqual(lines, []);
  clearInterval(launcher.pendingHeartbeat);
});

test('a stop that hangs ends after the limit, logs once and drops the driver for a fresh session', async () => {
  const launcher = fakeLauncher(() => new Promise(() => {}));
  const lines = [];
  recoverFromStuckNavigation(launcher, { timeoutMs: 100, driverPid: -1, log: (l) => lines.push(l) });
  const started = Date.now();
  assert.deepEqual(await launcher.stopSession('s2'), { testCoverage: undefined });
  assert.ok(Date.now() - started >= 95, 'waited for the limit');
  assert.deepEqual(launcher.calls, ['stop:s2', 'deleteSession']);
  assert.equal(launcher.driver, undefined);
  assert.equal(launcher.driverManager, undefined);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /did not leave a finished test page within 0\.1 s/);
});

test('a stop that fails is reported and recovered the same way', async () => {
  const launcher = fakeLauncher(async () => {
    throw new Error('WebDriverError: UND_ERR_HEADERS_TIMEOUT');
  });
  const lines = [];
  recoverFromStuckNavigation(launcher, { timeoutMs: 1000, driverPid: -1, log: (l) => lines.push(l) });
  assert.deepEqual(await launcher.stopSession('s3'), { testCoverage: undefined });
  assert.equal(launcher.driverManager, undefined);
  assert.match(lines[0], /UND_ERR_HEADERS_TIMEOUT/);
  assert.match(lines[1], /restarting the browser/);
});
