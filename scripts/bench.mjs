// `npm run bench` (after the build): how long <civic-timeline> takes to show 1,000 initiatives, against
// the same markup as static HTML, in one run of headless Chromium.
//
// (a) component: a fresh <civic-timeline> gets a fresh copy of a generated 1,000-initiative document as
//     `.data`, is connected, and we wait for `updateComplete` and force layout (`offsetHeight`). This is
//     everything a page pays: validation, preparation (sorting, dates), Lit's render, style and layout.
// (b) baseline: the markup (a) rendered (its shadow root's innerHTML, our own markup) parsed into a
//     fresh shadow root with the same constructed style sheets, then the same forced layout.
// Reported: the medians, the ratio (a)/(b) (budget: 2), and the time to apply a category
// filter and a search to the 1,000 entries. Writes .bench/results.json; exits 1 over budget.
//
// Options: CIVIC_BENCH_RUNS (default 21), CIVIC_BENCH_SIZE (default 1000), and `--bundle <file>` to
// measure another build of the bundle in its place (for development; the default is the built one).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from './browsers.mjs';
import { serveFolder } from './preview.mjs';

const RUNS = Math.max(15, Number(process.env.CIVIC_BENCH_RUNS ?? 21));
const WARMUP = 3;
const SIZE = Number(process.env.CIVIC_BENCH_SIZE ?? 1000);
const BUDGET = 2;
const root = resolve(new URL('..', import.meta.url).pathname);
const bundleArg = process.argv.indexOf('--bundle');
const bundleFile = bundleArg > 0 ? resolve(process.argv[bundleArg + 1]) : resolve(root, 'dist/civic-story.bundle.js');

let bundle;
try {
  bundle = readFileSync(bundleFile, 'utf8');
} catch {
  console.error(`bench: ${bundleFile} is missing; run \`npm run build\` first (npm run bench does).`);
  process.exit(1);
}
if (!bundle.includes('civic-timeline')) {
  console.error(`bench: ${bundleFile} does not define <civic-timeline>.`);
  process.exit(1);
}

// A deterministic document: dates at every precision (some undated), ranges and "ongoing", twelve
// categories, two languages, and details (outcome, partners, sources) on part of the entries.
function generateDocument(count) {
  let seed = 20240611;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const categories = ['housing', 'education', 'safety', 'public-space', 'civil-society', 'policing', 'diversity', 'youth', 'welfare', 'partnership', 'international', 'governance'];
  const en = ['neighbourhood', 'school', 'library', 'youth centre', 'partnership', 'safety', 'housing', 'park', 'festival', 'dialogue', 'mentoring', 'renovation', 'sports club', 'language course', 'jobs', 'training'];
  const nl = ['wijk', 'school', 'bibliotheek', 'jeugdhuis', 'samenwerking', 'veiligheid', 'wonen', 'park', 'feest', 'dialoog', 'mentoraat', 'renovatie', 'sportclub', 'taalcursus', 'werk', 'opleiding'];
  const words = (list, n) => Array.from({ length: n }, () => pick(list)).join(' ');
  const pad = (n) => String(n).padStart(2, '0');
  const sources = Array.from({ length: 40 }, (_, i) => ({
    id: `report-${i}`,
    title: `Annual report ${2000 + (i % 25)}: ${words(en, 3)}`,
    publisher: 'City council',
    url: `https://example.org/reports/${i}`,
    date: `${2000 + (i % 25)}-${pad(1 + (i % 12))}`,
  }));
  const initiatives = [];
  for (let i = 0; i < count; i++) {
    const year = 1980 + Math.floor(random() * 45);
    const precision = random();
    const month = pad(1 + Math.floor(random() * 12));
    const day = pad(1 + Math.floor(random() * 28));
    const start = i % 23 === 0 ? undefined : precision < 0.3 ? `${year}` : precision < 0.7 ? `${year}-${month}` : `${year}-${month}-${day}`;
    const initiative = {
      id: `initiative-${i}`,
      title: { en: `${words(en, 3)} ${i + 1}`, nl: `${words(nl, 3)} ${i + 1}` },
      category: categories[i % categories.length],
      status: ['planned', 'ongoing', 'done'][i % 3],
      summary: { en: `The city ${words(en, 24)}.`, nl: `De stad ${words(nl, 24)}.` },
    };
    if (start) initiative.start = start;
    const ending = random();
    if (start && ending < 0.25) initiative.end = 'ongoing';
    else if (start && ending < 0.55) initiative.end = `${year + 1 + Math.floor(random() * 6)}`;
    if (i % 3 === 0) initiative.outcome = { en: `Outcome: ${words(en, 14)}.`, nl: `Resultaat: ${words(nl, 14)}.` };
    if (i % 4 === 0) initiative.partners = ['Police', 'Schools', 'Housing association'];
    if (i % 2 === 0) initiative.sources = [`report-${i % 40}`];
    initiatives.push(initiative);
  }
  return { version: 1, lang: 'en', initiatives, sources };
}

const page_html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>civic-timeline benchmark</title>
  <style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { inline-size: 960px; padding: 16px; }</style></head>
  <body><div id="stage"></div><script type="module" src="/dist/civic-story.bundle.js"></script></body>
</html>`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms * 100) / 100;

const server = await serveFolder(root);
const { port } = server;
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'] });
let exitCode = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/__bench__.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page_html }));
  if (bundleArg > 0) {
    await page.route('**/dist/civic-story.bundle.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: bundle }));
  }
  await page.goto(`http://127.0.0.1:${port}/__bench__.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('civic-timeline') !== undefined, null, { timeout: 10000 });

  const result = await page.evaluate(
    async ({ documentJson, runs, warmup }) => {
      const stage = document.getElementById('stage');
      const source = JSON.parse(documentJson);
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      const settle = async () => {
        stage.replaceChildren();
        globalThis.gc?.();
        await frame();
      };

      // (a) The component, from a fresh copy of the document (no memo of an earlier run applies).
      async function renderComponent() {
        const data = structuredClone(source);
        await settle();
        const element = document.createElement('civic-timeline');
        const started = performance.now();
        element.data = data;
        stage.append(element);
        await element.updateComplete;
        void element.offsetHeight;
        const time = performance.now() - started;
        return { element, time };
      }

      // (b) The same markup as static HTML in a fresh shadow root with the same styles.
      async function renderStatic(markup, sheets) {
        await settle();
        const host = document.createElement('div');
        stage.append(host);
        const started = performance.now();
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = sheets;
        shadow.innerHTML = markup;
        void host.offsetHeight;
        const time = performance.now() - started;
        return { host, time };
      }

      const first = await renderComponent();
      const shadowRoot = first.element.shadowRoot;
      const markup = shadowRoot.innerHTML;
      const sheets = [...shadowRoot.adoptedStyleSheets];
      const entries = shadowRoot.querySelectorAll('li.entry').length;
      if (entries !== source.initiatives.length) throw new Error(`rendered ${entries} entries, expected ${source.initiatives.length}`);

      const component = [];
      const baseline = [];
      for (let run = 0; run < warmup + runs; run++) {
        // Alternate, so drift in the machine's speed touches both alike.
        const a = await renderComponent();
        const b = await renderStatic(markup, sheets);
        if (run >= warmup) {
          component.push(a.time);
          baseline.push(b.time);
        }
      }

      // Filtering and search on a rendered timeline of the same size.
      const { element } = await renderComponent();
      await frame();
      const root = element.shadowRoot;
      const toggle = root.querySelector('button.filter[value]');
      const filterOn = [];
      const filterOff = [];
      const searchKey = [];
      let shownWhenFiltered = 0;
      for (let run = 0; run < warmup + runs; run++) {
        await frame();
        let started = performance.now();
        toggle.click();
        await element.updateComplete;
        void element.offsetHeight;
        const on = performance.now() - started;
        shownWhenFiltered = root.querySelectorAll('li.entry:not([hidden])').length;
        await frame();
        started = performance.now();
        toggle.click();
        await element.updateComplete;
        void element.offsetHeight;
        const off = performance.now() - started;
        if (run >= warmup) {
          filterOn.push(on);
          filterOff.push(off);
        }
      }
      const input = root.querySelector('input[type="search"]');
      for (let run = 0; run < warmup + runs; run++) {
        for (const value of ['s', '']) {
          await frame();
          const started = performance.now();
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await element.updateComplete;
          void element.offsetHeight;
          if (run >= warmup && value) searchKey.push(performance.now() - started);
        }
      }
      return { component, baseline, filterOn, filterOff, searchKey, entries, markupBytes: markup.length, shownWhenFiltered };
    },
    { documentJson: JSON.stringify(generateDocument(SIZE)), runs: RUNS, warmup: WARMUP },
  );
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

  const figures = {
    component: median(result.component),
    baseline: median(result.baseline),
    filterOn: median(result.filterOn),
    filterOff: median(result.filterOff),
    searchKey: median(result.searchKey),
  };
  const ratio = figures.component / figures.baseline;
  const version = browser.version();
  const rows = [
    ['(a) first render, <civic-timeline> (.data → updateComplete + layout)', figures.component],
    ['(b) same markup as static HTML in a fresh shadow root + layout', figures.baseline],
    ['filter: press a category toggle (narrow)', figures.filterOn],
    ['filter: press it again (all)', figures.filterOff],
    ['search: type one letter', figures.searchKey],
  ];
  console.log(`civic-timeline benchmark: ${result.entries} initiatives, ${RUNS} runs after ${WARMUP} warm-up, Chromium ${version}`);
  console.log('');
  console.log('| measurement | median (ms) |');
  console.log('|---|---:|');
  for (const [label, value] of rows) console.log(`| ${label} | ${value.toFixed(1)} |`);
  console.log(`| ratio (a)/(b) (budget ${BUDGET}) | ${ratio.toFixed(2)} |`);
  console.log('');

  mkdirSync(resolve(root, '.bench'), { recursive: true });
  writeFileSync(
    resolve(root, '.bench/results.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        browser: `Chromium ${version}`,
        initiatives: result.entries,
        runs: RUNS,
        warmup: WARMUP,
        markupBytes: result.markupBytes,
        shownWhenFiltered: result.shownWhenFiltered,
        medians: Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, round(value)])),
        ratio: round(ratio),
        budget: BUDGET,
        withinBudget: ratio <= BUDGET,
        samples: Object.fromEntries(['component', 'baseline', 'filterOn', 'filterOff', 'searchKey'].map((key) => [key, result[key].map(round)])),
      },
      null,
      2,
    )}\n`,
  );
  console.log('Written to .bench/results.json');
  if (ratio > BUDGET) {
    console.error(`bench: the first render takes ${ratio.toFixed(2)}× the static-HTML baseline, over the budget of ${BUDGET}×.`);
    exitCode = 1;
  } else {
    console.log(`Within budget: ${ratio.toFixed(2)}× ≤ ${BUDGET}×.`);
  }
} catch (error) {
  console.error(`bench: ${error.message}`);
  exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
