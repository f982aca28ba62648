// `npm run size`: what each entry costs a visitor, minified and compressed, against its budget, and as
// a ratio to Lit itself (the baseline every civic-story page pays anyway), measured in the same run.
// The CDN bundle is measured as a page loads it: the bundle alone on an English page, the bundle and
// one UI locale module (dist/civic-story.bundle.<locale>.js) on a page in another language, each file
// compressed on its own as a server sends it. Each npm entry is bundled here with Lit left out and
// code-split, as a host's bundler that already has Lit would see it. Exits non-zero when an entry is over budget.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

// An npm entry as a host's bundler would split it: what loads at first (the entry and its static
// imports) apart from the UI locale modules that load only on a page in that language.
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
  const entryName = Object.keys(outputs).find((path) => outputs[path].entryPoint);
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const dependency of outputs[path].imports) if (dependency.kind === 'import-statement' && !dependency.external) visit(dependency.path.replace(/^.*virtual\//, ''));
  };
  visit(entryName);
  const join = (paths) => Buffer.concat([...paths].map((path) => Buffer.from(files.get(path))));
  const lazy = [...files.keys()].filter((path) => !initial.has(path));
  return { initial: join(initial), lazy: lazy.length ? join(lazy) : undefined, lazyCount: lazy.length };
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
let locales;
for (const [name, path] of Object.entries(budgets.entries)) {
  const { initial, lazy, lazyCount } = await minified(`export * from './${path.file}';`, lit);
  rows.push({ name: `${name} (npm, without lit)`, ...measure(initial), budget: path.gzip });
  if (lazy && !locales) locales = { name: `UI locale modules (${lazyCount}, one loads on a non-English page)`, ...measure(lazy) };
}
if (locales) rows.push(locales);

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
