// The accessibility-tree contract: every story of the catalogue, rendered with its own render function
// and args, in English and in Arabic, gives assistive technology the tree committed in
// test/a11y-snapshots/ (`npm run snapshots` rewrites them after a reviewed change), in Chromium and
// Firefox; WebKit checks the general rules only. Over every tree,
// whatever it holds: no name longer than 80 characters (but names that are an element's own visible
// text, such as a long initiative title), no text heard twice in a row, and in Chromium
// the names of headings, buttons, links, figures and search fields agree with Playwright's own ARIA snapshot.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { resetPage, setPageLanguage } from '../helpers.js';
import { allNodes, ariaTree, ariaYaml, utterances } from './aria-tree.js';
import * as profileStories from '../../stories/city-profile.stories.js';
import * as timelineStories from '../../stories/timeline.stories.js';
import * as quoteStories from '../../stories/quote.stories.js';

/** The longest accessible name a reader should have to sit through. */
export const MAX_NAME = 80;

interface StoryModule {
  default: { args?: Record<string, unknown>; render?: (args: never) => unknown };
  [name: string]: unknown;
}

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: never) => unknown;
}

// 1,000 generated entries of the same shape as the Dates story: their tree is the Dates tree a
// thousand times over, too large to review; the other stories cover every part of it.
const NOT_SNAPSHOTTED = new Set(['timeline--ThousandInitiatives']);

// The compact Mechelen card is also kept on a Dutch page: a card in the language of its content.
const EXTRA_LOCALES: Record<string, string[]> = { 'city-profile--MechelenCompact': ['nl'] };

const FILES: [string, StoryModule][] = [
  ['city-profile', profileStories as unknown as StoryModule],
  ['timeline', timelineStories as unknown as StoryModule],
  ['quote', quoteStories as unknown as StoryModule],
];

const civicElements = (root: Element): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('civic-'));

/** Waits until no element of the story is still loading, and every one has rendered. */
async function settle(root: Element): Promise<void> {
  await Promise.all(civicElements(root).map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  const deadline = performance.now() + 8000;
  for (;;) {
    const loading = civicElements(root).filter(
      (el) => !el.localName.endsWith('-loading-demo') && (el as unknown as { story?: { state: { status: string } } }).story?.state.status === 'loading',
    );
    if (!loading.length || performance.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(civicElements(root).map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** `role "name"` of the nodes Playwright and this test both name, from a Playwright ARIA snapshot. */
function namedInPlaywright(yaml: string): string[] {
  const out: string[] = [];
  for (const line of yaml.split('\n')) {
    const match = /^\s*- (heading|button|link|figure|searchbox) "((?:[^"\\]|\\.)*)"/.exec(line);
    if (match) out.push(`${match[1]} ${JSON.stringify(JSON.parse(`"${match[2]}"`) as string)}`);
  }
  return out;
}

const normalize = (text: string): string => text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

for (const [file, module] of FILES) {
  const meta = module.default;
  const stories = Object.entries(module).filter(([name, value]) => name !== 'default' && typeof value === 'object' && value !== null) as [string, StoryLike][];
  describe(`accessibility tree: ${file} stories`, () => {
    afterEach(resetPage);
    for (const [name, story] of stories) {
      const id = `${file}--${name}`;
      if (NOT_SNAPSHOTTED.has(id)) continue;
      for (const locale of ['en', 'ar', ...(EXTRA_LOCALES[id] ?? [])]) {
        it(`${name} (${locale})`, async () => {
          await setPageLanguage(locale);
          const root = document.createElement('div');
          root.id = 'story-root';
          root.dataset['testBox'] = '';
          document.body.append(root);
          const args = { ...meta.args, ...story.args };
          const renderStory = (story.render ?? meta.render) as (args: Record<string, unknown>) => TemplateResult | HTMLElement;
          render(renderStory(args), root);
          await settle(root);

          const tree = ariaTree(root);
          const actual = ariaYaml(tree);
          // Written first in update mode, so a tree that breaks a rule below can still be looked at.
          const result = await executeServerCommand<{ file: string | null; expected: string | null; updated: boolean; kept?: false }, { story: string; actual: string }>('civic-aria-snapshot', {
            story: `${id}.${locale}`,
            actual,
          });

          // General rules, over whatever the tree holds.
          // Names given by attributes or captions; a heading's or link's own text is the data as shown.
          for (const node of allNodes(tree).filter((candidate) => !candidate.nameFromContent)) {
            expect(node.name.length, `${node.role} "${node.name}" is longer than ${MAX_NAME} characters`).to.be.at.most(MAX_NAME);
          }
          const spoken = utterances(tree);
          spoken.forEach((current, index) => {
            const previous = spoken[index - 1];
            if (!previous) return;
            const [a, b] = [normalize(previous.text), normalize(current.text)];
            const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
            // The same words again, alone or at the start or end of the next thing heard.
            const repeated = shorter === longer || (shorter.length >= 4 && (longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`)));
            expect(repeated, `heard twice in a row: ${previous.role} "${previous.text}", then ${current.role} "${current.text}"`).to.be.false;
          });

          const playwright = (await executeServerCommand<{ snapshot: string | null }, { selector: string }>('civic-playwright-aria', { selector: '#story-root' }))?.snapshot;
          if (playwright) {
            const ours = allNodes(tree)
              .filter((node) => ['heading', 'button', 'link', 'figure', 'searchbox'].includes(node.role) && node.name)
              .map((node) => `${node.role} ${JSON.stringify(node.name)}`);
            expect(ours, 'names computed by the test and by Playwright').to.deep.equal(namedInPlaywright(playwright));
          }

          if (result?.kept === false) return;
          expect(result?.expected, `no snapshot ${result?.file}: review the tree, then run npm run snapshots`).to.be.a('string');
          expect(`${actual.trimEnd()}\n`, `${result?.file} changed: review, then npm run snapshots`).to.equal(result?.expected);
        });
      }
    }
  });
}
