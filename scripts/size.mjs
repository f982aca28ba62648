// `npm run size`: what each entry costs a visitor, minified and compressed, against its budget, and as
// a ratio to Lit itself (the baseline every civic-story page pays anyway), measured in the same run.
// The CDN bundle is measured as built; each npm entry is bundled here with Lit left out, as a host's
// bundler that already has Lit would see it. Exits non-zero when an entry is over budget.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

async function minified(entry, external) {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    conditions: ['browser', 'production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

const measure = (bytes) => ({
  min: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const lit = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'];
const rows = [];
const baseline = measure(await minified(`export * from 'lit';`, []));
rows.push({ name: 'baseline: lit (alone)', ...baseline });
rows.push({ name: 'dist/civic-story.bundle.js (CDN, all in)', ...measure(readFileSync('dist/civic-story.bundle.js')), budget: budgets['civic-story.bundle.js'] });
for (const [name, path] of Object.entries(budgets.entries)) {
  rows.push({ name: `${name} (npm, without lit)`, ...measure(await minified(`export * from './${path.file}';`, lit)), budget: path.gzip });
}

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
process.exitCode = over ? 1 : 0;
