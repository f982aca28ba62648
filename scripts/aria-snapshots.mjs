// Test-runner commands for the accessibility-tree contract (test/a11y/story-trees.test.ts):
// - `civic-aria-snapshot` compares a story's tree with its committed snapshot in test/a11y-snapshots/,
//   or (with CIVIC_UPDATE_SNAPSHOTS=1, `npm run snapshots`) writes it;
// - `civic-playwright-aria` returns Playwright's own ARIA snapshot of a selector (Chromium), to check
//   the names the test computes against an independent implementation;
// - `civic-chromium-ax-names` returns the names of every node of a role in Chromium's accessibility
//   tree (DevTools protocol), to check that long lists reach screen readers in full.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SNAPSHOT_DIR = 'test/a11y-snapshots';
const SNAPSHOT_BROWSERS = ['chromium', 'firefox'];
const update = process.env.CIVIC_UPDATE_SNAPSHOTS === '1';

const fileName = (story, browser) =>
  `${String(story).replace(/[^A-Za-z0-9._-]+/g, '-')}.${String(browser).toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yaml`;

export function ariaSnapshotPlugin() {
  return {
    name: 'civic-aria-snapshots',
    async executeCommand({ command, payload, session }) {
      if (command === 'civic-aria-snapshot') {
        // Snapshots are kept for Chromium and Firefox; other browsers (WebKit) check the general rules only.
        if (!SNAPSHOT_BROWSERS.includes(String(session.browser.name).toLowerCase())) return { file: null, expected: payload.actual, updated: false, kept: false };
        const file = join(SNAPSHOT_DIR, fileName(payload.story, session.browser.name));
        const text = `${payload.actual.trimEnd()}\n`;
        if (update) {
          mkdirSync(SNAPSHOT_DIR, { recursive: true });
          writeFileSync(file, text);
          return { file, expected: text, updated: true };
        }
        return { file, expected: existsSync(file) ? readFileSync(file, 'utf8') : null, updated: false };
      }
      if (command === 'civic-playwright-aria') {
        // An object either way: a command that returns null counts as not handled.
        if (session.browser.type !== 'playwright') return { snapshot: null };
        const page = session.browser.getPage(session.id);
        return { snapshot: await page.locator(payload.selector).ariaSnapshot() };
      }
      if (command === 'civic-chromium-ax-names') {
        // The names of the nodes of one role in Chromium's own accessibility tree (what a screen
        // reader is given), for long lists: an object either way, `names: null` outside Chromium.
        if (session.browser.type !== 'playwright') return { names: null };
        const page = session.browser.getPage(session.id);
        const cdp = await page.context().newCDPSession(page);
        try {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          const names = nodes.filter((node) => !node.ignored && node.role?.value === payload.role).map((node) => String(node.name?.value ?? ''));
          return { names };
        } finally {
          await cdp.detach();
        }
      }
      return undefined;
    },
  };
}

/**
 * The stories import JSON (`import mechelen from '../samples/mechelen.json'`), as Vite allows. In the
 * test runner such an import gets `?civic-json-module` and is served as a JavaScript module; a plain
 * request for the same file (a component's `src`) still gets the JSON itself.
 */
export function jsonModulePlugin() {
  return {
    name: 'civic-json-modules',
    transformImport({ source }) {
      return /\.json$/.test(source) ? `${source}?civic-json-module` : undefined;
    },
    transform(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('civic-json-module')) {
        return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
      }
      return undefined;
    },
  };
}
