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
//
// Then hostile input: the documents that once froze a page (scripts/hostile-documents.mjs), each given
// to an element by `src` (with its Content-Length, streamed without one, gzip-compressed) or as
// `.data`, a server that never answers, and the largest realistic document the byte cap admits. For
// each, the longest main-thread task (PerformanceObserver 'longtask': tasks of 50 ms or more) from
// connecting the element to its civic-load or civic-error. Budgets: 50 ms for every hostile input,
// 200 ms for the verdict on the largest admitted document.
//
// Options: CIVIC_BENCH_RUNS (default 21), CIVIC_BENCH_SIZE (default 1000), `--only render|hostile`, and
// `--bundle <file>` to measure another build of the bundle in its place (for development; the default
// is the built one).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from './browsers.mjs';
import { hostileJson } from './hostile-documents.mjs';
import { serveFolder } from './preview.mjs';

const RUNS = Math.max(15, Number(process.env.CIVIC_BENCH_RUNS ?? 21));
const WARMUP = 3;
const SIZE = Number(process.env.CIVIC_BENCH_SIZE ?? 1000);
const BUDGET = 2;
const root = resolve(new URL('..', import.meta.url).pathname);
const bundleArg = process.argv.indexOf('--bundle');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
const HOSTILE_BUDGET = 50;
const CAP_BUDGET = 200;
const HOSTILE_RUNS = 3;
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

// The hostile documents: with Content-Length (`length`), streamed without it (`stream`), or gzip
// with the compressed size as Content-Length (`gzip`); and a server that never answers.
const gzipped = new Map();
function hostileRoutes(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/__bench__/never') {
    request.on('close', () => response.destroy());
    return true;
  }
  if (url.pathname !== '/__bench__/hostile') return false;
  const name = url.searchParams.get('doc');
  const mode = url.searchParams.get('mode') ?? 'length';
  const json = hostileJson(name);
  if (mode === 'gzip') {
    if (!gzipped.has(name)) gzipped.set(name, gzipSync(json));
    response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': gzipped.get(name).length });
    response.end(gzipped.get(name));
  } else if (mode === 'stream') {
    response.writeHead(200, { 'content-type': 'application/json' });
    let offset = 0;
    const write = () => {
      while (offset < json.length) {
        const more = response.write(json.subarray(offset, (offset += 64 * 1024)));
        if (!more) return void response.once('drain', write);
      }
      response.end();
    };
    response.on('close', () => (offset = json.length));
    write();
  } else {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': json.length });
    response.end(json);
  }
  return true;
}

const server = await serveFolder(root, (request, response, next) => hostileRoutes(request, response) || next());
const { port } = server;
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'] });
/** A page with the bench HTML (and the --bundle file, if given) loaded and civic-timeline defined; its page errors collect in `errors`. */
async function openBenchPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/__bench__.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page_html }));
  if (bundleArg > 0) {
    await page.route('**/dist/civic-story.bundle.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: bundle }));
  }
  await page.goto(`http://127.0.0.1:${port}/__bench__.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('civic-timeline') !== undefined, null, { timeout: 10000 });
  return { page, errors };
}

/** The render benchmark: <civic-timeline> against static HTML; 1 when over budget. */
async function renderBench() {
  const { page, errors } = await openBenchPage();

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
    return 1;
  }
  console.log(`Within budget: ${ratio.toFixed(2)}× ≤ ${BUDGET}×.`);
  return 0;
}

/**
 * Hostile input: for each case, the longest main-thread task from connecting an element to its
 * civic-load or civic-error, over HOSTILE_RUNS runs (the worst run counts); 1 when over budget.
 */
async function hostileBench() {
  const cases = [
    // [label, tag, how the element gets the document, budget]
    ['1.0 MB: 50 initiatives × 9,999 partners, by src', 'civic-timeline', { src: '/__bench__/hostile?doc=partners' }, HOSTILE_BUDGET],
    ['1.0 MB: the same, as .data', 'civic-timeline', { data: 'partners' }, HOSTILE_BUDGET],
    ['3.9 MB: 50 initiatives × 10,000 unknown source references, by src', 'civic-timeline', { src: '/__bench__/hostile?doc=source-refs' }, HOSTILE_BUDGET],
    ['3.9 MB: the same, as .data', 'civic-timeline', { data: 'source-refs' }, HOSTILE_BUDGET],
    ['11.8 MB: 12 titles × 10,000 languages, by src', 'civic-timeline', { src: '/__bench__/hostile?doc=languages' }, HOSTILE_BUDGET],
    ['11.8 MB: the same, as .data', 'civic-timeline', { data: 'languages' }, HOSTILE_BUDGET],
    ['40 MB valid document, by src (Content-Length)', 'civic-timeline', { src: '/__bench__/hostile?doc=valid-40mb' }, HOSTILE_BUDGET],
    ['40 MB valid document, by src (streamed, no Content-Length)', 'civic-timeline', { src: '/__bench__/hostile?doc=valid-40mb&mode=stream' }, HOSTILE_BUDGET],
    ['80 MB valid document, by src (Content-Length)', 'civic-timeline', { src: '/__bench__/hostile?doc=valid-80mb' }, HOSTILE_BUDGET],
    ['80 MB valid document, by src (streamed, no Content-Length)', 'civic-timeline', { src: '/__bench__/hostile?doc=valid-80mb&mode=stream' }, HOSTILE_BUDGET],
    ['80 MB valid document, gzip (Content-Length 0.1 MB)', 'civic-timeline', { src: '/__bench__/hostile?doc=valid-80mb&mode=gzip' }, HOSTILE_BUDGET],
    ['a server that never answers (timeout="1000")', 'civic-timeline', { src: '/__bench__/never', timeout: 1000 }, HOSTILE_BUDGET],
    ['largest admitted: 8.35 MB, 2,000 initiatives in 3 languages, by src: verdict (<civic-city-profile>)', 'civic-city-profile', { src: '/__bench__/hostile?doc=full' }, CAP_BUDGET],
    ['the same, streamed (no Content-Length): verdict', 'civic-city-profile', { src: '/__bench__/hostile?doc=full&mode=stream' }, CAP_BUDGET],
    ['the same in <civic-timeline>: verdict and first render of 2,000 entries (no budget)', 'civic-timeline', { src: '/__bench__/hostile?doc=full' }, undefined],
  ];
  const { page, errors } = await openBenchPage();

  const rows = [];
  let over = 0;
  for (const [label, tag, source, budget] of cases) {
    const runs = [];
    // One unmeasured run first: the page's first use of a code path pays for compiling it.
    for (let run = -1; run < HOSTILE_RUNS; run++) {
      // A document given as .data is parsed before the clock starts: that is the page's own work.
      if (source.data) await page.evaluate(async (name) => (window.benchData = await (await fetch(`/__bench__/hostile?doc=${name}`)).json()), source.data);
      runs.push(
        await page.evaluate(
          async ({ tag, source }) => {
            const stage = document.getElementById('stage');
            stage.replaceChildren();
            globalThis.gc?.();
            await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
            const tasks = [];
            const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
            observer.observe({ type: 'longtask' });
            const element = document.createElement(tag);
            if (source.timeout) element.setAttribute('timeout', String(source.timeout));
            if (source.data) element.data = window.benchData;
            else element.src = source.src;
            const outcome = new Promise((done) => {
              element.addEventListener('civic-load', () => done('civic-load'), { once: true });
              element.addEventListener('civic-error', (event) => done(`civic-error (${event.detail.kind})`), { once: true });
            });
            const started = performance.now();
            stage.append(element);
            const result = await outcome;
            const elapsed = performance.now() - started;
            // Long tasks are reported after they end; give the observer a moment.
            await new Promise((done) => setTimeout(done, 100));
            tasks.push(...observer.takeRecords().map((entry) => entry.duration));
            observer.disconnect();
            window.benchData = undefined;
            return { result, elapsed, longest: Math.max(0, ...tasks), count: tasks.length };
          },
          { tag, source },
        ),
      );
      if (run < 0) runs.pop();
    }
    const longest = Math.max(...runs.map((run) => run.longest));
    const outcomes = [...new Set(runs.map((run) => run.result))].join(', ');
    const elapsed = median(runs.map((run) => run.elapsed));
    const within = budget === undefined || longest < budget;
    if (!within) over += 1;
    rows.push({ label, outcome: outcomes, longest: round(longest), longestByRun: runs.map((run) => round(run.longest)), elapsed: round(elapsed), budget, within });
  }
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

  console.log('');
  console.log(`Hostile input: longest main-thread task from connecting the element to its event (worst of ${HOSTILE_RUNS} runs after one unmeasured run; "< 50" = no task of 50 ms or more), Chromium ${browser.version()}`);
  console.log('');
  console.log('| input | outcome | longest task, worst run (ms) | longest task, median run (ms) | budget (ms) | time to event, median (ms) |');
  console.log('|---|---|---:|---:|---:|---:|');
  const shown = (ms) => (ms < 50 ? '< 50' : ms.toFixed(0));
  for (const row of rows) {
    console.log(`| ${row.label} | ${row.outcome} | ${shown(row.longest)} | ${shown(median(row.longestByRun))} | ${row.budget ?? '–'}${row.within ? '' : ' ✗'} | ${row.elapsed.toFixed(0)} |`);
  }
  console.log('');
  mkdirSync(resolve(root, '.bench'), { recursive: true });
  writeFileSync(resolve(root, '.bench/hostile.json'), `${JSON.stringify({ date: new Date().toISOString(), browser: `Chromium ${browser.version()}`, runs: HOSTILE_RUNS, rows }, null, 2)}\n`);
  console.log('Written to .bench/hostile.json');
  if (over) {
    console.error(`bench: ${over} hostile input(s) over budget.`);
    return 1;
  }
  console.log(`Within budget: every hostile input under ${HOSTILE_BUDGET} ms, the largest admitted document under ${CAP_BUDGET} ms.`);
  return 0;
}

let exitCode = 0;
try {
  if (only !== 'hostile') exitCode |= await renderBench();
  if (only !== 'render') exitCode |= await hostileBench();
} catch (error) {
  console.error(`bench: ${error.message}`);
  exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
