// Layout shift and main-thread blocking of an ordinary article page that embeds the three elements:
// Lighthouse's mobile profile (performance category only) against Debian's Chromium, headless.
//
//   node scripts/lighthouse.mjs [--runs 3] [--page none|fallback|gist|hint|gist-hint|ssr|all] [--bundle file]
//                               [--throttling simulate|devtools] [--json] [--serve]
//   (--page takes a comma-separated list of variants)
//
// The page (served from 127.0.0.1 with the built CDN bundle): a heading, paragraphs, then
// <civic-city-profile>, <civic-timeline> and <civic-quote>, each loading samples/mechelen.json by
// `src`, with text between and after them, so that any change in their size moves text a reader
// sees. Its variants are what a page author can give the elements while the document loads:
//   none      nothing inside the elements;
//   fallback  the no-JavaScript fallback content civic-story/ssr `renderFallback` writes;
//   hint      a size hint: `min-block-size` on each element, the height it has once loaded at this
//             viewport (measured first, as an author would read it from the browser's tools), and
//             `display: block` for the three in the page's style sheet, so that the hint holds
//             before the script has run (an element not yet defined is inline);
//   gist      the short fallback the WordPress plugin writes (the city's name and summary, the
//             initiatives' years and titles, the quote and its author);
//   gist-hint the gist and the size hint together;
//   hint-inline  (not in `all`) the hint without `display: block`: what goes wrong without it;
//   ssr       the server-rendered elements (civic-story/ssr `renderStory`: declarative shadow DOM and
//             the document inline, so nothing is fetched).
// Prints the median CLS, Total Blocking Time and Largest Contentful Paint of N runs per variant (a
// fresh browser profile each run), and the elements that moved. Needs `npm run build` first.
// Layout shifts are observed, not simulated: with Lighthouse's default (simulated) throttling the
// page really loads at loopback speed, so they are those of a fast connection; `--throttling devtools`
// slows the page down for real (and takes much longer).
//
// `lighthouseEmbed({ runs, bundle, page })` does the same for one variant, for scripts/bench.mjs.
import { readFileSync } from 'node:fs';
import { dirname, basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { killAll, launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { findBrowser } from './browsers.mjs';
import { serveFolder } from './preview.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const SAMPLE = 'mechelen';

/** The page variants, in the order the table shows them. */
export const PAGES = ['none', 'fallback', 'gist', 'hint', 'gist-hint', 'ssr'];
const MORE_PAGES = ['hint-inline'];

/** Lighthouse's mobile profile: the viewport the hint is measured at (its screen emulation). */
const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const TEXT = [
  'Mechelen is a city of 86,000 people between Brussels and Antwerp, and one of the most diverse in Flanders: its inhabitants have roots in some 128 countries.',
  'Twenty years ago the city had a reputation for crime and neglect, and a far-right party won a third of the vote. What changed, and what did the city do to make its neighbourhoods and schools places everybody shares?',
  'The city council chose to treat safety and inclusion as one policy: the same streets, the same schools, the same expectations for every resident, whatever their background.',
  'Schools were one of the first places where this showed. Parents were encouraged, one street at a time, to enrol their children in the school around the corner rather than one further away.',
  'Sport clubs, youth work and the city’s own hiring followed, each with its own measures and results, some of them disputed.',
  'What follows are the initiatives in the order they started, and what they led to, with their sources.',
  'Other cities have asked how much of this can be copied. The answer from Mechelen is modest: the instruments are ordinary, what matters is keeping them up for years.',
  'This article is part of a series on how European cities of medium size approach inclusion. The next part looks at Västerås and Borlänge in Sweden.',
];

const paragraphs = (from, to) => TEXT.slice(from, to).map((text) => `<p>${text}</p>`).join('\n      ');

/** The elements' markup for a variant: fallback and SSR content from the built civic-story/ssr. */
async function widgets(page, hints) {
  const src = `/samples/${SAMPLE}.json`;
  const elements = [
    { tag: 'civic-city-profile', element: 'city-profile', attributes: '' },
    { tag: 'civic-timeline', element: 'timeline', attributes: '' },
    { tag: 'civic-quote', element: 'quote', attributes: ' quote="motto"' },
  ];
  if (page === 'none') return elements.map(({ tag, attributes }) => `<${tag} src="${src}"${attributes}></${tag}>`);
  if (page === 'hint' || page === 'hint-inline') {
    return elements.map(({ tag, attributes }) => `<${tag} src="${src}"${attributes} style="min-block-size: ${hints[tag]}px"></${tag}>`);
  }
  const document = JSON.parse(readFileSync(resolve(root, `samples/${SAMPLE}.json`), 'utf8'));
  if (page === 'gist' || page === 'gist-hint') {
    const style = (tag) => (page === 'gist-hint' ? ` style="min-block-size: ${hints[tag]}px"` : '');
    const gist = wordpressGist(document);
    return elements.map(({ tag, element, attributes }) => `<${tag} src="${src}"${attributes}${style(tag)}>${gist[element]}</${tag}>`);
  }
  const ssr = await import(pathToFileURL(resolve(root, 'dist/ssr/index.js')).href);
  if (page === 'fallback') {
    return Promise.all(
      elements.map(async ({ tag, element, attributes }) => {
        const fallback = await ssr.renderFallback(document, { element, quote: element === 'quote' ? 'motto' : undefined, lang: 'en' });
        return `<${tag} src="${src}"${attributes}>${fallback}</${tag}>`;
      }),
    );
  }
  if (page === 'ssr') {
    return Promise.all(elements.map(({ element }) => ssr.renderStory(document, { element, quote: element === 'quote' ? 'motto' : undefined })));
  }
  throw new Error(`lighthouse: unknown page "${page}" (${PAGES.join(', ')})`);
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A text of the document in English, else in the document's language. */
const english = (text, lang) => (typeof text === 'string' ? text : (text?.en ?? text?.[lang] ?? Object.values(text ?? {})[0] ?? ''));

/** The fallback the WordPress plugin writes for a document on the site (its includes/fallback.php). */
function wordpressGist(document) {
  const { city, initiatives = [], quotes = [] } = document;
  const quote = quotes.find((candidate) => candidate.id === 'motto') ?? quotes[0];
  const original = quote.lang && typeof quote.text === 'object' ? quote.text[quote.lang] : english(quote.text, document.lang);
  return {
    'city-profile': `<p><strong>${escape(english(city.name, document.lang))}</strong> <span>${escape(english(city.summary, document.lang))}</span></p>`,
    timeline: `<ul>${initiatives
      .map((item) => `<li>${item.start ? `<time datetime="${escape(item.start)}">${escape(item.start.slice(0, 4))}</time>: ` : ''}<span>${escape(english(item.title, document.lang))}</span></li>`)
      .join('')}</ul>`,
    quote: `<blockquote><p lang="${escape(quote.lang ?? document.lang)}">${escape(original)}</p></blockquote><p>— ${escape(quote.author.name)}</p>`,
  };
}

/** The article page of a variant, loading the bundle from /bundle/. */
async function articlePage(page, hints) {
  const [profile, timeline, quote] = await widgets(page, hints);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Mechelen: how a city learned to live together</title>
    <meta name="description" content="How Mechelen made its neighbourhoods and schools places everybody shares.">
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.6; color: #1b1f24; background: #fff; }
      header, main, footer { max-inline-size: 44rem; margin-inline: auto; padding-inline: 1rem; }
      header { padding-block: 0.75rem; border-block-end: 1px solid #d0d7de; }
      civic-city-profile, civic-timeline, civic-quote { margin-block: 1.5rem; }${page === 'hint' || page === 'gist-hint' ? '\n      civic-city-profile, civic-timeline, civic-quote { display: block; }' : ''}
    </style>
    <script type="module" src="/bundle/civic-story.bundle.js"></script>
  </head>
  <body>
    <header><a href="/">City news</a></header>
    <main>
      <h1>Mechelen: how a city learned to live together</h1>
      ${paragraphs(0, 2)}
      ${profile}
      ${paragraphs(2, 5)}
      ${timeline}
      ${paragraphs(5, 6)}
      ${quote}
      ${paragraphs(6, 8)}
    </main>
    <footer><p>© City news</p></footer>
  </body>
</html>`;
}

/** Serves the repository (samples/) plus the page at /article.html and the bundle's folder at /bundle/. */
async function serve(bundleFile, html) {
  const bundleDir = dirname(bundleFile);
  const bundleName = basename(bundleFile);
  const state = { html };
  const server = await serveFolder(root, (request, response, next) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/article.html') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(state.html);
      return;
    }
    if (url.pathname.startsWith('/bundle/')) {
      // The bundle, and the files beside it (its UI locale modules), from the given bundle's folder.
      const name = url.pathname.slice('/bundle/'.length);
      const file = name === 'civic-story.bundle.js' ? bundleName : name;
      if (!/^[\w.-]+\.js$/.test(file)) return next();
      try {
        const body = readFileSync(resolve(bundleDir, file));
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(body);
      } catch {
        response.statusCode = 404;
        response.end('Not found');
      }
      return;
    }
    next();
  });
  return { ...server, url: `http://127.0.0.1:${server.port}/article.html`, setHtml: (value) => void (state.html = value) };
}

/** Each element's height once loaded, at Lighthouse's mobile viewport, in CSS pixels. */
async function measureHeights(url) {
  const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: MOBILE.width, height: MOBILE.height }, deviceScaleFactor: MOBILE.deviceScaleFactor, isMobile: true });
    await page.goto(url);
    return await page.evaluate(async () => {
      const tags = ['civic-city-profile', 'civic-timeline', 'civic-quote'];
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const elements = tags.map((tag) => document.querySelector(tag));
      // Loaded: each has fired civic-load, or shows its view already.
      await new Promise((done) => {
        const check = () => (elements.every((el) => el.shadowRoot?.querySelector('[part="loading"]') === null && el.shadowRoot.childElementCount) ? done() : setTimeout(check, 50));
        check();
      });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return Object.fromEntries(elements.map((el) => [el.localName, Math.round(el.getBoundingClientRect().height * 100) / 100]));
    });
  } finally {
    await browser.close();
  }
}

/** One Lighthouse run in a fresh headless Chromium. */
async function lighthouseRun(url, throttling) {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH || findBrowser('chromium'),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error', throttlingMethod: throttling });
    const { audits } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    const shifts = (audits['layout-shifts']?.details?.items ?? []).map((item) => ({
      score: item.score,
      node: item.node?.selector ?? item.node?.snippet ?? '',
    }));
    return {
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      shifts,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse (mobile, performance only) on the article page of one variant, `runs` times.
 * @param {{ runs?: number, bundle?: string, page?: string, throttling?: 'simulate' | 'devtools' }} [options]
 *   `bundle`: a CDN bundle file to load in place of dist/civic-story.bundle.js (its UI locale modules
 *   beside it); `page`: one of PAGES; `throttling`: Lighthouse's throttling method, `simulate` (its
 *   default: TBT and LCP computed for a slow phone) or `devtools` (the page really slowed down).
 * @returns {Promise<{ cls: number, tbt: number, lcp: number, runs: { cls: number, tbt: number, lcp: number, shifts: { score: number, node: string }[] }[] }>} medians and each run.
 */
export async function lighthouseEmbed({ runs = 3, bundle = resolve(root, 'dist/civic-story.bundle.js'), page = 'none', throttling = 'simulate' } = {}) {
  if (![...PAGES, ...MORE_PAGES].includes(page)) throw new Error(`lighthouse: unknown page "${page}" (${PAGES.join(', ')})`);
  const bundleFile = resolve(bundle);
  readFileSync(bundleFile); // missing: throw now, with the path
  const server = await serve(bundleFile, '');
  try {
    let hints;
    if (page.includes('hint')) {
      server.setHtml(await articlePage('none'));
      hints = await measureHeights(server.url);
    }
    server.setHtml(await articlePage(page, hints));
    const results = [];
    for (let run = 0; run < Math.max(1, runs); run += 1) results.push(await lighthouseRun(server.url, throttling));
    return {
      cls: median(results.map((run) => run.cls)),
      tbt: median(results.map((run) => run.tbt)),
      lcp: median(results.map((run) => run.lcp)),
      runs: results,
      ...(hints ? { hints } : {}),
    };
  } finally {
    await server.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const runs = Math.max(1, Number(option('runs', process.env.CIVIC_LIGHTHOUSE_RUNS ?? 3)) || 3);
  const bundle = resolve(option('bundle', resolve(root, 'dist/civic-story.bundle.js')));
  const pageOption = option('page', 'all');
  const throttling = option('throttling', 'simulate');
  // Ctrl-C is chrome-launcher's own; a SIGTERM also closes the browser it started.
  process.on('SIGTERM', () => {
    killAll();
    process.exit(143);
  });
  const pages = pageOption === 'all' ? PAGES : pageOption.split(',');
  if (args.includes('--serve')) {
    // Only serves the page (the first variant asked for) to look at it in a browser; Ctrl-C ends it.
    const server = await serve(bundle, '');
    server.setHtml(await articlePage(pages[0], pages[0].includes('hint') ? (server.setHtml(await articlePage('none')), await measureHeights(server.url)) : undefined));
    console.log(server.url);
    return;
  }
  const rows = [];
  for (const page of pages) {
    const result = await lighthouseEmbed({ runs, bundle, page, throttling });
    rows.push({ page, ...result });
    if (!args.includes('--json')) {
      const hints = result.hints ? `  hints ${Object.entries(result.hints).map(([tag, px]) => `${tag} ${px}px`).join(', ')}` : '';
      console.log(
        `${page.padEnd(9)} CLS ${result.cls.toFixed(3)}  TBT ${Math.round(result.tbt)} ms  LCP ${Math.round(result.lcp)} ms` +
          `  (runs: CLS ${result.runs.map((run) => run.cls.toFixed(3)).join(' ')})${hints}`,
      );
      const movers = new Map();
      for (const run of result.runs) for (const shift of run.shifts) movers.set(shift.node, Math.max(movers.get(shift.node) ?? 0, shift.score));
      for (const [node, score] of [...movers].sort((a, b) => b[1] - a[1]).slice(0, 4)) console.log(`            moved: ${node} (${score.toFixed(3)})`);
    }
  }
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
