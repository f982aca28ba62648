// Tests run in real browsers: Debian's Chromium (headless, through Playwright), Firefox ESR (headless,
// through puppeteer-core over WebDriver BiDi; Playwright cannot drive a stock Firefox) and WebKitGTK's
// MiniBrowser (through WebKitWebDriver on an Xvfb display, which scripts/test.mjs starts).
// CIVIC_BROWSERS=chromium,firefox,webkit picks some (all three by default).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_FLAGS, findBrowser, wantedBrowsers } from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { ariaSnapshotPlugin, jsonModulePlugin } from './scripts/aria-snapshots.mjs';
import { defaultReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { hostileJson } from './scripts/hostile-documents.mjs';
import { reactEsm } from './scripts/wtr-react.mjs';
import { commonJsAsEsm } from './scripts/wtr-commonjs.mjs';

const wanted = wantedBrowsers();

const browsers = [];
let chromium;
if (wanted.includes('chromium')) {
  chromium = playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: findBrowser('chromium'), args: CHROMIUM_FLAGS, headless: true },
  });
  browsers.push(chromium);
}
if (wanted.includes('firefox')) {
  const firefox = chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: findBrowser('firefox'),
      headless: true,
      extraPrefsFirefox: { 'network.proxy.allow_hijacking_localhost': false },
    },
  });
  firefox.name = 'Firefox';
  browsers.push(firefox);
}
if (wanted.includes('webkit')) {
  // The ports of the WebKitWebDrivers scripts/test.mjs started (one test file each at a time).
  const ports = (process.env.CIVIC_WEBKIT_DRIVERS ?? '').split(',').filter(Boolean).map(Number);
  if (!ports.length) {
    throw new Error('WebKit needs WebKitWebDriver under Xvfb, which `node scripts/test.mjs` starts: run the tests through it, or set CIVIC_BROWSERS=chromium,firefox.');
  }
  browsers.push(webkitLauncher({ ports, binary: findBrowser('webkit') }));
}

// Lit's dev build warns through console.warn, with a lit.dev/msg/ link. The dev-mode notice is
// expected; any other Lit warning is a bug, so it becomes an uncaught error that fails the test file.
const failOnLitWarnings = `<script>
  (() => {
    const warn = console.warn.bind(console);
    console.warn = (...args) => {
      warn(...args);
      const text = args.map(String).join(' ');
      if (/lit\\.dev\\/msg\\//.test(text) && !/lit\\.dev\\/msg\\/dev-mode/.test(text)) {
        setTimeout(() => { throw new Error('Lit warning: ' + text); });
      }
    };
  })();
</script>`;

// A test that runs longer than this has hung. WebKitGTK builds the DOM about five times slower than
// Chromium here (the 1,000- and 2,000-entry timelines take seconds), so a test there gets three times
// as long: WebKit's page raises the limit in the runner's own config before the framework reads it.
const TEST_TIMEOUT = 10000;
const webkitTimeout = `<script type="module">
  const config = window.__WTR_CONFIG__?.testFrameworkConfig;
  if (config && !/Chrom(e|ium)\\/|Firefox\\//.test(navigator.userAgent)) config.timeout = ${TEST_TIMEOUT * 3};
</script>`;

// The policy an embed page is served with: `test` (with the test's own Trusted Types policy, to add
// axe), `readme` (exactly the one README.md states), or the README's with `trusted-types default` or
// `trusted-types 'none'` in place of Lit's policy.
function embedPolicy(name) {
  if (name === 'test') {
    return [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self'",
      "connect-src 'self'",
      "require-trusted-types-for 'script'",
      // lit-html is Lit's own policy; civic-test is the test's, to add axe to the page.
      'trusted-types lit-html civic-test',
    ].join('; ');
  }
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  const stated = /^Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
  if (!stated) throw new Error('README.md states no Content-Security-Policy line');
  if (name === 'readme') return stated;
  const replacement = name === 'tt-none' ? "trusted-types 'none'" : 'trusted-types default';
  return stated.replace(/trusted-types lit-html\b[^;]*/, replacement);
}

/** Requests the counted route has had, by id (src/load/shared-fetch.test.ts). */
const counted = new Map();

/** What the endless route has sent, by id: how much, and whether the browser hung up. */
const endless = new Map();
const gzipped = new Map();
const CHUNK = 64 * 1024;

/** A body streamed in chunks, without Content-Length. */
function chunked(buffer) {
  let offset = 0;
  return new Readable({
    read() {
      this.push(offset < buffer.length ? buffer.subarray(offset, (offset += CHUNK)) : null);
    },
  });
}

// Test-only routes: a counted copy of a file (how many requests elements sharing a src make), a slow
// copy of a file (for the race between an old and a new src), a body that
// is not JSON, the embed page with its CSP, a server that never answers, an answer that never ends,
// and the hostile documents (with their Content-Length, streamed without one, or gzip-compressed so
// that the Content-Length is a small fraction of the document).
function testRoutes(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/__test__/never') {
    // Holds the request open until the browser gives up on it (at most a minute).
    return new Promise((done) => {
      const timer = setTimeout(done, 60_000);
      context.req.on('close', () => {
        clearTimeout(timer);
        done();
      });
    }).then(() => {
      context.status = 204;
    });
  }
  if (url.pathname === '/__test__/endless') {
    const id = url.searchParams.get('id') ?? '';
    const stats = { sent: 0, closed: false };
    endless.set(id, stats);
    const chunk = Buffer.alloc(CHUNK, 'a');
    let started = false;
    const body = new Readable({
      read() {
        if (stats.sent > 512 * 1024 * 1024) return void this.push(null);
        if (!started) {
          started = true;
          stats.sent += 20;
          return void this.push(Buffer.from('{"version":1,"x-a":"'));
        }
        stats.sent += chunk.length;
        this.push(chunk);
      },
    });
    context.req.on('close', () => {
      stats.closed = true;
      body.destroy();
    });
    context.type = 'application/json';
    context.body = body;
    return undefined;
  }
  if (url.pathname === '/__test__/endless-stats') {
    context.type = 'application/json';
    context.body = JSON.stringify(endless.get(url.searchParams.get('id') ?? '') ?? null);
    return undefined;
  }
  if (url.pathname === '/__test__/hostile') {
    const name = url.searchParams.get('doc') ?? '';
    const mode = url.searchParams.get('mode') ?? 'length';
    const json = hostileJson(name);
    context.type = 'application/json';
    if (mode === 'gzip') {
      if (!gzipped.has(name)) gzipped.set(name, gzipSync(json));
      context.set('Content-Encoding', 'gzip');
      context.body = gzipped.get(name);
    } else if (mode === 'stream') {
      context.body = chunked(json);
    } else {
      context.body = json;
    }
    return undefined;
  }
  if (url.pathname === '/__test__/counted') {
    // `id` names the counter; `ms` delays the answer, `fail=N` answers the first N requests with a 500,
    // `cache=no-store` forbids keeping the answer.
    const id = url.searchParams.get('id') ?? '';
    const hits = (counted.get(id) ?? 0) + 1;
    counted.set(id, hits);
    const ms = Math.min(Number(url.searchParams.get('ms') ?? 0), 5000);
    return new Promise((done) => setTimeout(done, ms)).then(async () => {
      if (hits <= Number(url.searchParams.get('fail') ?? 0)) {
        context.status = 500;
        context.type = 'text/plain';
        context.body = 'Server error';
      } else {
        const asked = context.url;
        context.url = url.searchParams.get('file') ?? '/';
        await next();
        // Back to the route's own path, which the runner's cache middleware (it marks files with an
        // extension cacheable for a year) leaves alone.
        context.url = asked;
      }
      // Every request reaches the server: the browser's HTTP cache may keep an answer but must ask
      // again before using it (`no-cache`), or keeps none (`cache=no-store`).
      context.set('Cache-Control', url.searchParams.get('cache') === 'no-store' ? 'no-store' : 'no-cache');
    });
  }
  if (url.pathname === '/__test__/count') {
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    context.body = JSON.stringify(counted.get(url.searchParams.get('id') ?? '') ?? 0);
    return undefined;
  }
  if (url.pathname === '/__test__/slow') {
    const ms = Math.min(Number(url.searchParams.get('ms') ?? 300), 5000);
    return new Promise((done) => setTimeout(done, ms)).then(async () => {
      const asked = context.url;
      context.url = url.searchParams.get('file') ?? '/';
      await next();
      // As the counted route: its own path back, and no answer the browser may keep, so each test
      // that asks for a slow answer gets one.
      context.url = asked;
      context.set('Cache-Control', 'no-store');
    });
  }
  if (url.pathname.startsWith('/__test__/alone/')) {
    // The CDN bundle copied alone, without its UI locale modules: every other file here is a 404.
    if (url.pathname !== '/__test__/alone/civic-story.bundle.js') {
      context.status = 404;
      context.type = 'text/plain';
      context.body = 'Not found';
      return undefined;
    }
    context.url = '/dist/civic-story.bundle.js';
    return next();
  }
  if (url.pathname === '/__test__/embed') {
    // A page as a CMS would serve it: only the CDN bundle, the given body, and a strict CSP header
    // with Trusted Types (test/bundle.test.ts). `bundle=alone` loads a copy of the bundle from a
    // folder that has no UI locale modules (test/bundle-locales.test.ts).
    const bundle = url.searchParams.get('bundle') === 'alone' ? '/__test__/alone/civic-story.bundle.js' : '/dist/civic-story.bundle.js';
    const lang = (url.searchParams.get('lang') ?? 'en').replace(/[^A-Za-z-]/g, '');
    const body = Buffer.from(url.searchParams.get('body') ?? '', 'base64url').toString('utf8');
    context.set('Content-Security-Policy', embedPolicy(url.searchParams.get('csp') ?? 'test'));
    context.type = 'text/html';
    context.body = `<!doctype html>
<html lang="${lang}" dir="${lang.startsWith('ar') ? 'rtl' : 'ltr'}">
<head>
  <meta charset="utf-8">
  <title>Embed test</title>
  <script src="/test/fixtures/embed-log.js"></script>
  <script type="module" src="${bundle}"></script>
</head>
<body><main>${body}</main></body>
</html>`;
    return undefined;
  }
  if (url.pathname === '/__test__/ssr') {
    // Server-rendered markup of a sample, from the built civic-story/ssr (test/frameworks/ssr.test.ts).
    const sample = (url.searchParams.get('sample') ?? 'mechelen').replace(/[^a-z]/g, '');
    const options = {
      element: url.searchParams.get('element') ?? 'city-profile',
      quote: url.searchParams.get('quote') ?? undefined,
      lang: url.searchParams.get('lang') ?? undefined,
    };
    return import('./dist/ssr/index.js').then(async ({ renderStory }) => {
      const document = JSON.parse(readFileSync(`samples/${sample}.json`, 'utf8'));
      context.type = 'text/html';
      context.body = await renderStory(document, options);
    });
  }
  if (url.pathname === '/__test__/not-json') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><p>This is a web page, not JSON.</p>';
    return undefined;
  }
  return next();
}

const runnerHtml = (testFramework, head = '') => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8">${head}</head>
  <body>
    ${failOnLitWarnings}
    ${webkitTimeout}
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

// The fuzz suite runs once, in Chromium: 1,000 cases in `npm test`, CIVIC_FUZZ_RUNS in `npm run fuzz`
// (`--group fuzz`). A focused run (`--files …`) leaves it out unless it asks for the group.
const FUZZ_FILE = 'src/schema/fuzz.test.ts';
const fuzzRuns = Math.max(1, Number(process.env.CIVIC_FUZZ_RUNS ?? 1000) || 1000);
const focused = process.argv.includes('--files');
const groups =
  chromium && (!focused || process.argv.includes('--group'))
    ? [
        {
          name: 'fuzz',
          files: FUZZ_FILE,
          browsers: [chromium],
          testRunnerHtml: (testFramework) => runnerHtml(testFramework, `<script>window.CIVIC_FUZZ_RUNS = ${fuzzRuns};</script>`),
        },
      ]
    : [];

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', `!${FUZZ_FILE}`],
  groups,
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: Math.max(240000, fuzzRuns * 40),
  browserStartTimeout: 60000,
  middleware: [testRoutes],
  plugins: [reactEsm(), commonJsAsEsm(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), jsonModulePlugin(), ariaSnapshotPlugin()],
  testFramework: { config: { timeout: TEST_TIMEOUT } },
  testRunnerHtml: (testFramework) => runnerHtml(testFramework),
  reporters: [defaultReporter(), totalsReporter()],
};
