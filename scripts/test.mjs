// `npm test` after lint and build: the browser tests in Chromium, Firefox ESR and WebKit, then the
// checks outside the test runner (the JSON Schema against an independent validator, the documentation
// against the schema and the components' JSDoc, that a Lit warning fails a run, the size budgets, the
// Node tests of server rendering and the editor schema, consumer projects type-checked against the
// packed package with publint and attw, the WordPress plugin on a real WordPress where it can run, and
// axe over every story of the built catalogue in four locales). Ends with the plain totals line `N passed, N failed`. For WebKit it starts Xvfb and
// WebKitWebDriver itself and stops them when the browser tests end, also on failure, Ctrl-C or SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers, startWebKit, wantedBrowsers } from './browsers.mjs';

const extraArgs = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
let byBrowser = {};

let wanted;
try {
  wanted = wantedBrowsers();
} catch (error) {
  console.error(`civic-story: ${error.message}`);
  process.exit(1);
}
if (!ensureBrowsers(wanted)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// What runs now (the test runner or a check) and WebKit's processes: ended on Ctrl-C or SIGTERM.
let running;
let webkit;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.error(`civic-story: ${signal}, stopping the browsers…`);
    if (running && running.exitCode === null) {
      // The test runner stops its browsers and exits on SIGINT (it has no SIGTERM handler).
      running.kill('SIGINT');
      await Promise.race([running.exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
      if (running.exitCode === null) running.kill('SIGKILL');
    }
    await webkit?.stop();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/** Runs node (or `command`) with `args`; unlike spawnSync it keeps the signal handlers above working. */
function run(args, { command = process.execPath, env = process.env, capture = false } = {}) {
  // Stopping on a signal: start nothing more.
  if (stopping) return new Promise(() => {});
  const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (text) => (stdout += text));
  child.stderr?.on('data', (chunk) => process.stderr.write(chunk));
  running = child;
  return child.exited.then((status) => ({ status, stdout }));
}

const dir = mkdtempSync(join(tmpdir(), 'civic-story-test-'));
const totalsFile = join(dir, 'totals.json');
const env = { ...process.env, CIVIC_BROWSERS: wanted.join(','), CIVIC_TOTALS_FILE: totalsFile };
let wtr = { status: 1 };
try {
  if (wanted.includes('webkit')) {
    // One MiniBrowser per driver, one test file each at a time.
    const drivers = Math.max(1, Number(process.env.CIVIC_WEBKIT_INSTANCES ?? 2));
    webkit = await startWebKit(drivers);
    env.CIVIC_WEBKIT_DRIVERS = webkit.ports.join(',');
  }
  wtr = await run(['node_modules/@web/test-runner/dist/bin.js', ...extraArgs], { env });
} catch (error) {
  console.error(`civic-story: could not start the browser tests: ${error.message}`);
} finally {
  await webkit?.stop();
  webkit = undefined;
}
if (existsSync(totalsFile)) {
  const { all, byBrowser: perBrowser } = JSON.parse(readFileSync(totalsFile, 'utf8'));
  byBrowser = perBrowser;
  totals.passed += all.passed;
  totals.failed += all.failed;
  totals.skipped += all.skipped;
} else {
  console.error('civic-story: the browser tests reported no results.');
  totals.failed += 1;
}
if (wtr.status !== 0 && totals.failed === 0) totals.failed += 1;
rmSync(dir, { recursive: true, force: true });

// The other checks each print a JSON line `{"passed":N,"failed":N}` last. A focused run (--files …)
// skips them.
const checks = extraArgs.length
  ? []
  : [
      'scripts/check-schema.mjs',
      'scripts/check-docs.mjs',
      'scripts/check-lit-warnings.mjs',
      'scripts/size.mjs',
      'scripts/check-node.mjs',
      'scripts/check-consumers.mjs',
      'scripts/test-wordpress.mjs',
      'scripts/check-stories.mjs',
    ];
for (const script of checks) {
  if (script === 'scripts/check-stories.mjs') {
    // The catalogue as `npm start` builds it, checked story by story.
    const build = await run(['build', '--quiet'], { command: 'node_modules/.bin/storybook' });
    if (build.status !== 0) {
      console.log('storybook build failed');
      totals.failed += 1;
      continue;
    }
  }
  const check = await run([script], { env: { ...process.env, CIVIC_CHECK: '1' }, capture: true });
  process.stdout.write(check.stdout);
  const last = check.stdout.trim().split('\n').at(-1) ?? '';
  let result;
  try {
    result = JSON.parse(last);
  } catch {
    result = { passed: 0, failed: 1 };
  }
  if (check.status !== 0 && !result.failed) result.failed = 1;
  console.log(`${script}: ${result.passed} passed, ${result.failed} failed`);
  totals.passed += result.passed;
  totals.failed += result.failed;
}

// Each engine's share of the browser tests, then the closing line CI reads.
console.log('');
for (const [browser, counts] of Object.entries(byBrowser)) {
  console.log(`${browser}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${counts.files} test files)`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
