#!/usr/bin/env node
/**
 * Runs the whole test suite: unit checks in Node (content/locales tooling), then the browser
 * tests in Chromium, Firefox ESR and WebKitGTK. Starts Xvfb + WebKitWebDriver for WebKit when
 * needed. The very last line is `N passed, N failed, N skipped`; the exit code is non-zero on
 * any failure.
 *
 * Options: --browsers chromium,firefox,webkit   --files test/a.test.ts,test/b.test.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import net from 'node:net';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const browsers = opt('--browsers') ?? process.env.KRATOM_BROWSERS ?? 'chromium,firefox,webkit';
const files = opt('--files');
const totals = { passed: 0, failed: 0, skipped: 0 };
const children = [];

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function startWebKit() {
  const port = 4444 + Math.floor(Math.random() * 400);
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  if (!existsSync('/usr/bin/WebKitWebDriver') || !existsSync('/usr/bin/Xvfb')) {
    throw new Error('WebKit needs webkit2gtk-driver, xvfb and xauth (apt-get install -y webkit2gtk-driver xvfb xauth)');
  }
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  children.push(xvfb);
  await delay(500);
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  children.push(driver);
  process.env.WEBKIT_DRIVER_PID = String(driver.pid);
  for (let i = 0; i < 50 && !(await portOpen(port)); i++) await delay(100);
  return { port, display };
}

function cleanup() {
  for (const c of children) {
    try {
      c.kill('SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

/** Installs Debian's browsers when missing and we are root (fresh machine); otherwise explains. */
function ensureBrowsers() {
  const need = [];
  if (browsers.includes('chromium') && !existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium'))
    need.push('chromium');
  if (browsers.includes('firefox') && !existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'))
    need.push('firefox-esr');
  if (browsers.includes('webkit') && !existsSync('/usr/bin/WebKitWebDriver')) need.push('webkit2gtk-driver');
  if (browsers.includes('webkit') && !existsSync('/usr/bin/Xvfb')) need.push('xvfb', 'xauth');
  if (need.length === 0) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`test: installing ${need.join(', ')} from Debian packages…`);
    run('apt-get', ['update', '-qq']);
    if (
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...need], {
        DEBIAN_FRONTEND: 'noninteractive',
      }) === 0
    )
      return;
  }
  console.error(
    `test: missing browsers: ${need.join(', ')}. Install them with:\n  sudo apt-get install -y --no-install-recommends ${need.join(' ')}`,
  );
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
ensureBrowsers();

// 1. Node-side checks of our own tooling (content checker rules, locale checker rules).
if (!files) {
  const nodeTests = existsSync('scripts/tests')
    ? readdirSync('scripts/tests')
        .filter((f) => f.endsWith('.test.mjs'))
        .sort()
        .map((f) => `scripts/tests/${f}`)
    : [];
  if (nodeTests.length) {
    const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests], { encoding: 'utf8' });
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    const num = (key) => Number(new RegExp(`^# ${key} (\\d+)`, 'm').exec(r.stdout)?.[1] ?? 0);
    totals.passed += num('pass');
    totals.failed += num('fail') + (r.status !== 0 && num('fail') === 0 ? 1 : 0);
    totals.skipped += num('skipped') + num('todo');
  }
}

// 2. Browser tests.
const built = spawnSync(
  'sh',
  ['-c', 'node scripts/locales-build.mjs --quiet && node scripts/build-structures.mjs --quiet'],
  {
    encoding: 'utf8',
  },
);
if (built.status !== 0) {
  process.stderr.write(built.stdout + built.stderr);
  totals.failed++;
} else {
  const env = { KRATOM_BROWSERS: browsers };
  if (files) env.KRATOM_TEST_FILES = files;
  if (browsers.includes('webkit')) {
    const { port, display } = await startWebKit();
    env.WEBKIT_DRIVER_PORT = String(port);
    env.DISPLAY = display;
  }
  rmSync('.wtr-results.json', { force: true });
  const status = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], env);
  if (existsSync('.wtr-results.json')) {
    const r = JSON.parse(readFileSync('.wtr-results.json', 'utf8'));
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
    const label = { default: 'behaviour', perf: 'performance internals (test/perf/)' };
    for (const [name, g] of Object.entries(r.groups ?? {}))
      console.log(
        `browser tests, ${label[name] ?? name}: ${g.passed} passed, ${g.failed} failed, ${g.skipped} skipped`,
      );
    if (status !== 0 && r.failed === 0) totals.failed++;
  } else {
    totals.failed++;
  }
}

cleanup();
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
