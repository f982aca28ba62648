// Consumer projects type-check against the packed package, with no declarations of their own:
// test/consumers/react-ts (React 19, TypeScript strict, bare tags and civic-story/react) and
// test/consumers/vue-ts (Vue 3, vue-tsc --strictTemplates). Also publint and attw (esm-only) on the
// package, and the packed `civic-story` command. Run after `npm run build`. Prints `{"passed":N,"failed":N}` last, like the other checks.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'civic-story-consumers-'));
const results = { passed: 0, failed: 0 };

function check(name, command, args, cwd = root) {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8' });
  const ok = run.status === 0;
  results[ok ? 'passed' : 'failed'] += 1;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (!ok) console.log(`${run.stdout}${run.stderr}`.trim().split('\n').slice(-40).join('\n'));
}

try {
  // The package as npm would install it: packed, unpacked into node_modules/civic-story, next to
  // this repository's own dependencies (react, vue, lit, their types).
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8' }));
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, 'civic-story'), { recursive: true });
  execFileSync('tar', ['xzf', join(work, filename), '-C', join(modules, 'civic-story'), '--strip-components=1']);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === 'civic-story' || entry.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  for (const project of ['react-ts', 'vue-ts']) cpSync(join(root, 'test/consumers', project), join(work, project), { recursive: true });

  check('React 19 + TypeScript strict: bare tags and civic-story/react', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(work, 'react-ts')]);
  check('Vue 3 + vue-tsc --strictTemplates: the three tags', process.execPath, [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', join(work, 'vue-ts')]);
  // `npx civic-story` after `npm install civic-story`: the packed bin runs, with the package's own samples.
  check('the civic-story command from the packed package', process.execPath, [join(modules, 'civic-story/bin/civic-story.mjs'), 'validate', join(modules, 'civic-story/samples/mechelen.json')], work);
  check('publint', process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict', join(modules, 'civic-story')]);
  check('attw --profile esm-only (every export)', process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), join(work, filename), '--profile', 'esm-only']);
} catch (error) {
  console.error(error);
  results.failed += 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
process.exit(results.failed ? 1 : 0);
