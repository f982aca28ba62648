// Proves the test setup fails a run on a Lit warning other than the dev-mode notice: runs a fixture
// that triggers one and expects the runner to fail because of it. JSON totals line last.
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--files', 'test/meta/lit-warning.fixture.ts'], {
  encoding: 'utf8',
  env: { ...process.env, CIVIC_BROWSERS: 'chromium', CIVIC_TOTALS_FILE: '' },
});
const output = `${run.stdout}\n${run.stderr}`;
const failedOnWarning = run.status !== 0 && /Lit warning: .*change-in-update/.test(output);
console.log(failedOnWarning ? 'a Lit warning fails the test run: yes' : `a Lit warning did NOT fail the run (exit ${run.status})\n${output.slice(-2000)}`);
console.log(JSON.stringify({ passed: failedOnWarning ? 1 : 0, failed: failedOnWarning ? 0 : 1 }));
process.exitCode = failedOnWarning ? 0 : 1;
