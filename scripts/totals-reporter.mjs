import { writeFileSync } from 'node:fs';
// Prints the test totals per browser and a final plain line `N passed, N failed` that CI reads.

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const all = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const totals = byBrowser.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0, files: 0, failedFiles: 0 };
        const before = totals.failed;
        count(session.testResults, totals);
        totals.files += 1;
        // A file that failed outside a test (an uncaught error, a Lit warning, a load failure) counts once.
        if (!session.passed && totals.failed === before) totals.failed += 1;
        if (!session.passed) totals.failedFiles += 1;
        byBrowser.set(session.browser.name, totals);
      }
      console.log('');
      for (const [browser, totals] of byBrowser) {
        console.log(`${browser}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${totals.files} files)`);
        all.passed += totals.passed;
        all.failed += totals.failed;
        all.skipped += totals.skipped;
      }
      // scripts/test.mjs adds these to the other checks and prints the closing line.
      if (process.env.CIVIC_TOTALS_FILE) writeFileSync(process.env.CIVIC_TOTALS_FILE, JSON.stringify({ all, byBrowser: Object.fromEntries(byBrowser) }));
    },
  };
}
