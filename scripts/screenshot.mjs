// Screenshots of stories from the built catalogue, to look at what a person sees:
//   node scripts/screenshot.mjs <story-id> [locale=en] [width=1000] [out.png] [dark]
// Needs storybook-static/ (npm run build-storybook).
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from './browsers.mjs';
import { serveFolder } from './preview.mjs';

const [id, locale = 'en', width = '1000', out = `/tmp/${id}-${locale}-${width}.png`, scheme = 'light'] = process.argv.slice(2);
if (!id) {
  console.error('usage: node scripts/screenshot.mjs <story-id> [locale] [width] [out.png] [light|dark]');
  process.exit(2);
}
const server = await serveFolder(new URL('../storybook-static/', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(`http://127.0.0.1:${server.port}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}`);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
console.log(out);
