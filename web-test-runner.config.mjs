// Tests run in real headless browsers: Debian's Chromium (through Playwright) and Firefox ESR
// (through puppeteer-core over WebDriver BiDi; Playwright cannot drive a stock Firefox).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_FLAGS, findBrowser } from './scripts/browsers.mjs';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { ariaSnapshotPlugin, jsonModulePlugin } from './scripts/aria-snapshots.mjs';
import { defaultReporter } from '@web/test-runner';

const wanted = (process.env.CIVIC_BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser('chromium'), args: CHROMIUM_FLAGS, headless: true },
    }),
  );
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

// Test-only routes: a slow copy of a file (for the race between an old and a new src) and a body
// that is not JSON.
function testRoutes(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/__test__/slow') {
    const ms = Math.min(Number(url.searchParams.get('ms') ?? 300), 5000);
    return new Promise((done) => setTimeout(done, ms)).then(() => {
      context.url = url.searchParams.get('file') ?? '/';
      return next();
    });
  }
  if (url.pathname === '/__test__/embed') {
    // A page as a CMS would serve it: only the CDN bundle, the given body, and a strict CSP header
    // with Trusted Types (test/bundle.test.ts).
    const lang = (url.searchParams.get('lang') ?? 'en').replace(/[^A-Za-z-]/g, '');
    const body = Buffer.from(url.searchParams.get('body') ?? '', 'base64url').toString('utf8');
    context.set(
      'Content-Security-Policy',
      [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "require-trusted-types-for 'script'",
        // lit-html is Lit's own policy; civic-test is the test's, to add axe to the page.
        'trusted-types lit-html civic-test',
      ].join('; '),
    );
    context.type = 'text/html';
    context.body = `<!doctype html>
<html lang="${lang}" dir="${lang.startsWith('ar') ? 'rtl' : 'ltr'}">
<head>
  <meta charset="utf-8">
  <title>Embed test</title>
  <script src="/test/fixtures/embed-log.js"></script>
  <script type="module" src="/dist/civic-story.bundle.js"></script>
</head>
<body><main>${body}</main></body>
</html>`;
    return undefined;
  }
  if (url.pathname === '/__test__/not-json') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><p>This is a web page, not JSON.</p>';
    return undefined;
  }
  return next();
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  middleware: [testRoutes],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), jsonModulePlugin(), ariaSnapshotPlugin()],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    ${failOnLitWarnings}
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), totalsReporter()],
};
