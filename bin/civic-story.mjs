#!/usr/bin/env node
// The `civic-story` command: `civic-story --help`. The logic is in dist/cli/ (src/cli/); this file
// hands it the file system and the process.
import { readFileSync, writeFileSync } from 'node:fs';

let cli;
try {
  cli = await import('../dist/cli/index.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error;
  console.error('civic-story: dist/ is missing; in a copy of the repository, run `npm run build` first.');
  process.exit(2);
}

// Output piped into a command that stops reading (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await cli.main(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
