// `npm test` after lint and build: the browser tests in Chromium and Firefox ESR, then the checks
// outside the test runner (the JSON Schema against an independent validator, the documentation against
// the schema and the components' JSDoc, that a Lit warning fails a run, the size budgets, the
// WordPress plugin on a real WordPress where it can run, and axe over every story of the built
// catalogue in four locales). Ends with the plain totals
// line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './browsers.mjs';

const extraArgs = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };

if (!ensureBrowsers()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'civic-story-test-'));
const totalsFile = join(dir, 'totals.json');
const wtr = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...extraArgs], {
  stdio: 'inherit',
  env: { ...process.env, CIVIC_TOTALS_FILE: totalsFile },
});
if (existsSync(totalsFile)) {
  const { all } = JSON.parse(readFileSync(totalsFile, 'utf8'));
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
  : ['scripts/check-schema.mjs', 'scripts/check-docs.mjs', 'scripts/check-lit-warnings.mjs', 'scripts/size.mjs', 'scripts/test-wordpress.mjs', 'scripts/check-stories.mjs'];
for (const script of checks) {
  if (script === 'scripts/check-stories.mjs') {
    // The catalogue as `npm start` builds it, checked story by story.
    const build = spawnSync('node_modules/.bin/storybook', ['build', '--quiet'], { stdio: 'inherit' });
    if (build.status !== 0) {
      console.log('storybook build failed');
      totals.failed += 1;
      continue;
    }
  }
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CIVIC_CHECK: '1' } });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  let result;
  try {
    result = JSON.parse(last);
  } catch {
    result = { passed: 0, failed: 1 };
  }
  if (run.status !== 0 && !result.failed) result.failed = 1;
  console.log(`${script}: ${result.passed} passed, ${result.failed} failed`);
  totals.passed += result.passed;
  totals.failed += result.failed;
}

console.log('');
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
