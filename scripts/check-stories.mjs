// Every story of the built catalogue, in en, nl, sv and ar, checked with axe (WCAG 2.1 A and AA) in
// headless Chromium. Needs storybook-static/ (npm run build-storybook). Prints one line per failure
// and, last, a JSON line {"passed":N,"failed":N} for scripts/test.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from './browsers.mjs';
import { serveFolder } from './preview.mjs';

const LOCALES = (process.env.CIVIC_STORY_LOCALES ?? 'en,nl,sv,ar').split(',');
const folder = new URL('../storybook-static/', import.meta.url).pathname;
const index = JSON.parse(readFileSync(`${folder}index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = await serveFolder(folder);
const { port } = server;
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_FLAGS });
const page = await browser.newPage();
const offOrigin = [];
page.on('request', (request) => {
  const url = new URL(request.url());
  if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') offOrigin.push(request.url());
});
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));

let passed = 0;
let failed = 0;
const started = performance.now();
for (const story of stories) {
  for (const locale of LOCALES) {
    const label = `${story.id} [${locale}]`;
    pageErrors.length = 0;
    try {
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, { timeout: 10000 });
      // Let elements load their documents (src) and settle; the loading story stays busy on purpose.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('civic-city-profile, civic-timeline, civic-quote')].every(
            (element) => element.shadowRoot && !element.shadowRoot.querySelector('[aria-busy="true"]') || element.hasAttribute('data-story-loading'),
          ),
        null,
        { timeout: 10000 },
      ).catch(() => {});
      await page.waitForTimeout(100);
      // A story whose element never registered would pass axe as an empty box.
      const undefinedTags = await page.evaluate(() =>
        [...new Set([...document.querySelectorAll('#storybook-root *')].map((element) => element.localName))].filter(
          (tag) => tag.startsWith('civic-') && !customElements.get(tag),
        ),
      );
      if (undefinedTags.length) throw new Error(`not defined: ${undefinedTags.join(', ')}`);
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== locale) throw new Error(`<html lang> is "${lang}", not "${locale}"`);
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // The a11y addon runs the same axe after each render; wait for it to finish.
        for (let attempt = 0; ; attempt += 1) {
          try {
            const result = await window.axe.run(document.querySelector('#storybook-root'), {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            });
            return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
          } catch (error) {
            if (attempt > 50 || !/already running/i.test(String(error))) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      if (pageErrors.length) violations.push(...pageErrors.map((message) => `page error: ${message}`));
      if (violations.length) {
        failed += 1;
        console.log(`✗ ${label}\n    ${violations.join('\n    ')}`);
      } else {
        passed += 1;
      }
    } catch (error) {
      failed += 1;
      console.log(`✗ ${label}: ${error.message.split('\n')[0]}`);
    }
  }
}
if (offOrigin.length) {
  failed += 1;
  console.log(`✗ requests to other origins: ${[...new Set(offOrigin)].join(', ')}`);
}
await browser.close();
await server.close();
console.log(`stories: ${stories.length} stories × ${LOCALES.length} locales checked with axe in ${Math.round((performance.now() - started) / 1000)} s`);
console.log(JSON.stringify({ passed, failed }));
process.exitCode = failed ? 1 : 0;
