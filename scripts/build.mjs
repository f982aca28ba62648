// `npm run build`: the JavaScript (rollup), the type declarations (tsc), the JSON Schema and the
// custom elements manifest, into dist/; then the WordPress plugin zip (scripts/build-wordpress.mjs).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

function run(command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`civic-story build: ${command} ${args.join(' ')} failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`  ${[command, ...args].join(' ')}: ${Math.round(performance.now() - started)} ms`);
}

rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/rollup', ['-c', '--silent']);
run('node_modules/.bin/tsc', ['-p', 'tsconfig.json', '--emitDeclarationOnly', '--outDir', 'dist']);
run(process.execPath, ['scripts/gen-schema.mjs']);
// The manifest and what is generated from it (custom-elements-manifest.config.mjs).
run('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run(process.execPath, ['scripts/build-wordpress.mjs']);
