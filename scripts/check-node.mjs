// The tests that run in Node rather than a browser (server rendering, JSON-LD, the civic-story
// command): `node --test test/node/`, against the built package (run `npm run build` first). Prints
// the runner's report, then
// `{"passed":N,"failed":N}` as its last line, like the other checks of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('dist/ssr/index.js')) {
  console.error('check-node: dist/ is missing; run `npm run build` first.');
  console.log(JSON.stringify({ passed: 0, failed: 1 }));
  process.exit(1);
}
const files = readdirSync('test/node')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `test/node/${name}`);
const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(run.stdout)?.[1] ?? 0);
const passed = count('pass');
let failed = count('fail') + count('cancelled');
if (run.status !== 0 && failed === 0) failed = 1;
console.log(JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
