// The screenshots of docs/editor.md, taken in headless Chromium from the built catalogue's story
// editor as a person would use it: `node scripts/screenshot-editor.mjs` writes docs/images/editor-*.png.
// Also prints every request the editor's page made (all must be to the catalogue's own origin).
// Needs storybook-static/ (npm run build-storybook).
import { chromium } from 'playwright-core';
import { statSync } from 'node:fs';
import { CHROMIUM_FLAGS, findBrowser } from './browsers.mjs';
import { serveFolder } from './preview.mjs';

const out = (name) => new URL(`../docs/images/${name}.png`, import.meta.url).pathname;
const server = await serveFolder(new URL('../storybook-static/', import.meta.url).pathname);
const origin = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const requests = [];
page.on('request', (request) => requests.push(request.url()));
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));

await page.goto(`${origin}/iframe.html?id=tools-story-editor--editor&viewMode=story&globals=locale:en`);
const editor = page.locator('civic-story-editor');
await editor.locator('.cm-content').waitFor();
await page.waitForTimeout(500);
const written = [];
const shot = async (name, target, options = {}) => {
  await target.screenshot({ path: out(name), ...options });
  written.push(`${out(name)} (${Math.round(statSync(out(name)).size / 1024)} kB)`);
};

// 1. The editor as it opens, on a new city (a short document, so both sides fit).
await editor.locator('#city').fill('Lier');
await editor.locator('#city-lang').selectOption('nl');
await editor.getByRole('button', { name: 'Start a new story' }).click();
await page.waitForTimeout(500);
await shot('editor-overview', page);

// 2. Three initiatives pasted from a spreadsheet.
const rows = [
  'id\ttitle\ttitle:en\tstart\tcategory',
  'straathoekwerk\tStraathoekwerk in elke wijk\tStreet workers in every district\t2015\tyouth',
  'leesclub\tLeesclub voor ouders\tA reading club for parents\t2017-03\teducation',
  'sport-voor-iedereen\tSport voor iedereen\tSports for all\t2019-09-01\tyouth',
].join('\n');
await editor.locator('#table').fill(rows);
await editor.locator('#table-kind').selectOption('initiatives');
await editor.getByRole('button', { name: 'Add the rows' }).click();
await page.waitForTimeout(600);
const importBox = await editor.locator('section[aria-labelledby=import-heading]').boundingBox();
const timelineBox = await editor.locator('civic-timeline').boundingBox();
const top = Math.min(importBox.y, timelineBox.y) - 8;
const bottom = Math.max(importBox.y + importBox.height, timelineBox.y + timelineBox.height) + 8;
await page.setViewportSize({ width: 1280, height: Math.ceil(bottom) + 20 });
await shot('editor-import', page, { clip: { x: 0, y: top, width: 1280, height: Math.min(bottom - top, 900) } });
await page.setViewportSize({ width: 1280, height: 800 });

// 3. A date that does not exist, listed, and the cursor sent to it.
const view = editor.locator('.cm-content');
await view.click();
await page.keyboard.press('Control+Home');
await page.evaluate(() => {
  const host = document.querySelector('civic-story-editor');
  const text = host.view.state.doc.toString();
  const at = text.indexOf('"start": "') + '"start": "'.length;
  host.view.dispatch({ changes: { from: at, to: text.indexOf('"', at), insert: '2019-13-01' } });
});
await page.waitForTimeout(600);
await editor.locator('.problems button').first().click();
await page.waitForTimeout(300);
await shot('editor-problem', editor.locator('section[aria-labelledby=document-heading]'));

// 4. The embed code of the city profile.
await page.evaluate(() => {
  const host = document.querySelector('civic-story-editor');
  const text = host.view.state.doc.toString();
  host.view.dispatch({ changes: { from: 0, to: text.length, insert: text.replace('2019-13-01', '2019-12-01') } });
});
await page.waitForTimeout(600);
await editor.getByRole('button', { name: 'Copy embed code' }).click();
await editor.locator('#snippet').waitFor();
await page.waitForTimeout(300);
await shot('editor-embed', editor.locator('section[aria-labelledby=take-heading]'));

await browser.close();
await server.close();
console.log(written.join('\n'));
const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
console.log(`requests: ${requests.length}, to other origins: ${elsewhere.length}${elsewhere.length ? `\n  ${elsewhere.join('\n  ')}` : ''}`);
for (const url of requests) console.log(`  ${url.replace(origin, '')}`);
if (errors.length) console.log(`page errors:\n  ${errors.join('\n  ')}`);
process.exitCode = elsewhere.length || errors.length ? 1 : 0;
