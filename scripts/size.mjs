// `npm run size`: what each entry costs a visitor, minified and compressed, against its budget, and as
// a ratio to Lit itself (the baseline every civic-story page pays anyway), measured in the same run.
// The CDN bundle is measured as a page loads it: the bundle alone on an English page, the bundle and
// one UI locale module (dist/civic-story.bundle.<locale>.js) on a page in another language, each file
// compressed on its own as a server sends it; and what an error adds (the messages,
// dist/civic-story.bundle.messages.js, and on a non-English page their translations,
// dist/civic-story.bundle.messages.<locale>.js). Each npm entry is bundled here with Lit left out and
// code-split, as a host's bundler that already has Lit would see it: what loads at first is the
// entry's row; what loads later (a UI locale, the messages of an error) has rows of its own. Exits
// non-zero when an entry is over budget.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

// An npm entry as a host's bundler would split it: what loads at first (the entry and its static
// imports) apart from what loads later: the UI locale modules (only on a page in that language), the
// messages of errors and each locale's translations of them (only when there is an error to show).
async function minified(entry, external) {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    splitting: true,
    outdir: '/virtual',
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external,
    conditions: ['browser', 'production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.replace(/^.*\/virtual\//, ''), file.contents]));
  const outputs = Object.fromEntries(Object.entries(result.metafile.outputs).map(([path, output]) => [path.replace(/^.*virtual\//, ''), output]));
  const entryName = Object.keys(outputs).find((path) => ['<stdin>', 'entry.js'].includes(outputs[path].entryPoint));
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const dependency of outputs[path].imports) if (dependency.kind === 'import-statement' && !dependency.external) visit(dependency.path.replace(/^.*virtual\//, ''));
  };
  visit(entryName);
  const join = (paths) => (paths.length ? Buffer.concat(paths.map((path) => Buffer.from(files.get(path)))) : undefined);
  // Each lazy chunk by what it holds: a UI locale, a locale's error messages, or the messages themselves.
  const lazy = { locales: [], errorLocales: [], messages: [] };
  for (const path of files.keys()) {
    if (initial.has(path)) continue;
    const inputs = Object.keys(outputs[path].inputs);
    const kind = inputs.some((input) => input.includes('/error-locales/')) ? 'errorLocales' : inputs.some((input) => input.includes('/i18n/locales/')) ? 'locales' : 'messages';
    lazy[kind].push(path);
  }
  return { initial: join([...initial]), locales: join(lazy.locales), localeCount: lazy.locales.length, errorLocales: join(lazy.errorLocales), errorLocaleCount: lazy.errorLocales.length, messages: join(lazy.messages) };
}

const measure = (bytes) => ({
  min: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const lit = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'];
const rows = [];
const baseline = measure((await minified(`export * from 'lit';`, [])).initial);
rows.push({ name: 'baseline: lit (alone)', ...baseline });
// A page: its files, each compressed on its own (two requests, two responses), summed.
const page = (files) =>
  files.map((file) => measure(readFileSync(file))).reduce((sum, size) => ({ min: sum.min + size.min, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }));
for (const [name, { files, gzip }] of Object.entries(budgets.pages)) rows.push({ name, ...page(files), budget: gzip });
const later = [];
for (const [name, path] of Object.entries(budgets.entries)) {
  const { initial, locales, localeCount, errorLocales, errorLocaleCount, messages } = await minified(`export * from './${path.file}';`, lit);
  rows.push({ name: `${name} (npm, without lit)`, ...measure(initial), budget: path.gzip });
  // Measured once, from the first entry that loads them (the same modules for every entry).
  if (messages && !later.some((row) => row.kind === 'messages')) later.push({ kind: 'messages', name: 'error messages (npm: loads with the first error to show)', ...measure(messages) });
  if (errorLocales && !later.some((row) => row.kind === 'errorLocales')) later.push({ kind: 'errorLocales', name: `error messages' translations (npm, ${errorLocaleCount}: one loads with them on a non-English page)`, ...measure(errorLocales) });
  if (locales && !later.some((row) => row.kind === 'locales')) later.push({ kind: 'locales', name: `UI locale modules (npm, ${localeCount}: one loads on a non-English page)`, ...measure(locales) });
}
for (const { kind, ...row } of later) if (kind) rows.push(row);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
let over = 0;
console.log('| entry | minified | gzip | brotli | gzip vs. lit | gzip budget |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const ratio = (row.gzip / baseline.gzip).toFixed(2);
  const status = row.budget === undefined ? '' : row.gzip <= row.budget ? `${kb(row.budget)} ✓` : `${kb(row.budget)} ✗ OVER`;
  if (row.budget !== undefined && row.gzip > row.budget) over += 1;
  console.log(`| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${ratio}× | ${status} |`);
}
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/size.json', JSON.stringify(rows, null, 2));
if (over) console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget`);
// Under scripts/test.mjs: one check per budget.
if (process.env.CIVIC_CHECK) {
  const budgeted = rows.filter((row) => row.budget !== undefined).length;
  console.log(JSON.stringify({ passed: budgeted - over, failed: over }));
}
process.exitCode = over ? 1 : 0;
