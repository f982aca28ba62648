// <civic-timeline> with a long list: the first update renders a screenful, the rest follows in later
// tasks; in the end every entry is in the DOM, in the accessibility tree and found by find-in-page.
// Filters, a language switch and disconnection in the middle of it work out.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './civic-timeline.js';
import type { CivicTimeline } from './timeline.js';
import { resetPage, setPageLanguage, textOf } from '../../test/helpers.js';
import { allNodes, ariaTree } from '../../test/a11y/aria-tree.js';
import { categoryButton, countText, entries, shadow, visibleEntries } from './test/helpers.js';
import { manyDocument } from '../../test/fixtures/documents.js';
import type { StoryDocument } from '../schema/index.js';
import { FIRST_STEP } from './render-steps.js';

afterEach(resetPage);

const SIZE = 2000;

/**
 * `count` entries with details, each costing enough that the list always renders in steps (a list
 * whose rest fits in AT_ONCE_BUDGET renders in one task).
 */
function longDocument(count: number): StoryDocument {
  const doc = manyDocument(count);
  for (const [index, initiative] of (doc.initiatives ?? []).entries()) {
    initiative.outcome = `Outcome of initiative ${index + 1}: ${'more places in schools, youth work and housing; '.repeat(6)}`;
    initiative.partners = ['Police', 'Schools', 'Housing association', 'Youth work', 'Library'];
    initiative.status = 'done';
  }
  return doc;
}

/** Connects a timeline of `count` entries and returns it after its first update only. */
async function startTimeline(count = SIZE): Promise<CivicTimeline> {
  const el = document.createElement('civic-timeline');
  el.data = longDocument(count);
  document.body.append(el);
  // The first update runs in a microtask; the steps after it wait for tasks of their own.
  while (!el.shadowRoot?.querySelector('ol')) await Promise.resolve();
  return el;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const titleText = (entry: Element | undefined): string => textOf(entry?.querySelector('[part="title"]'));

describe('civic-timeline: a long list renders in steps', () => {
  it('shows a screenful at once and the count of all entries, then every entry in order', async () => {
    const el = await startTimeline();
    expect(entries(el).length).to.equal(FIRST_STEP);
    expect(countText(el), 'the count covers the entries still to come').to.equal('Showing 2,000 of 2,000 initiatives');
    await el.updateComplete;
    expect(entries(el).length).to.equal(SIZE);
    // Oldest first: the document's entries cycle through twenty years.
    expect(titleText(entries(el)[0])).to.equal('Initiative 1');
    expect(titleText(entries(el)[SIZE - 1])).to.equal('Initiative 2000');
  });

  it('renders a short list in one update', async () => {
    const el = await startTimeline(FIRST_STEP);
    expect(entries(el).length).to.equal(FIRST_STEP);
    expect(el.renderingSteps).to.equal(undefined);
  });

  it('reports civic-load once, when the last entry is in the DOM', async () => {
    const el = document.createElement('civic-timeline');
    let loads = 0;
    let entriesAtLoad = 0;
    el.addEventListener('civic-load', () => {
      loads += 1;
      entriesAtLoad = entries(el).length;
    });
    el.data = longDocument(SIZE);
    document.body.append(el);
    await el.updateComplete;
    await nextTask();
    expect(loads).to.equal(1);
    expect(entriesAtLoad).to.equal(SIZE);
  });

  it('gives every entry to the accessibility tree', async () => {
    const el = await startTimeline();
    await el.updateComplete;
    // None is hidden from assistive technology, off screen or not (content-visibility skips only their painting).
    expect(entries(el).filter((entry) => getComputedStyle(entry).display === 'none' || entry.closest('[aria-hidden="true"]'))).to.deep.equal([]);
    const last = ariaTree(entries(el).at(-1)!);
    expect(allNodes(last).find((node) => node.role === 'heading')?.name).to.equal('Initiative 2000');
    // Chromium's own tree: every entry is a list item in it. (The content of the entries that
    // content-visibility skips is built once a screen reader turns on the full tree, which the
    // DevTools protocol alone does not.)
    const { names } = await executeServerCommand<{ names: string[] | null }, { role: string }>('civic-chromium-ax-names', { role: 'listitem' });
    if (names) expect(names.length).to.equal(SIZE);
  });

  it('lets find-in-page reach the last entry once it is rendered', async function () {
    const find = (window as { find?: (text: string) => boolean }).find;
    if (typeof find !== 'function') this.skip();
    const el = await startTimeline();
    // WebKitGTK's window.find does not look into shadow trees at all (it misses the first entry, which
    // is on screen); its own find bar is another matter, but a test has no way to drive it.
    getSelection()?.removeAllRanges();
    const shown = textOf(entries(el)[0]!.querySelector('[part="title"]'));
    expect(shown).to.match(/Initiative/);
    if (!find.call(window, shown)) this.skip();
    // Text that only the last entry has.
    const last = 'Summary of initiative 2000.';
    getSelection()?.removeAllRanges();
    expect(find.call(window, last), 'not in the DOM yet').to.equal(false);
    await el.updateComplete;
    getSelection()?.removeAllRanges();
    expect(find.call(window, last)).to.equal(true);
    getSelection()?.removeAllRanges();
  });

  it('filters and searches while it renders, over every entry', async () => {
    const el = await startTimeline();
    categoryButton(el, 'youth').click();
    await el.updateComplete;
    expect(entries(el).length).to.equal(SIZE);
    expect(visibleEntries(el).length).to.equal(500);
    expect(countText(el)).to.equal('Showing 500 of 2,000 initiatives');

    el.remove();
    const other = await startTimeline();
    const input = shadow(other).querySelector('input[type="search"]') as HTMLInputElement;
    input.focus();
    input.value = 'initiative 1999';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await other.updateComplete;
    expect(visibleEntries(other).map(titleText)).to.deep.equal(['Initiative 1999']);
    expect(shadow(other).activeElement, 'the search field keeps focus while the rest renders').to.equal(input);
  });

  it('finishes in the new language after a language switch in the middle', async () => {
    const el = await startTimeline();
    await nextTask();
    expect(entries(el).length).to.be.below(SIZE);
    await setPageLanguage('nl');
    await el.updateComplete;
    expect(entries(el).length).to.equal(SIZE);
    expect(entries(el).map(titleText).filter((title) => !title.startsWith('Initiatief '))).to.deep.equal([]);
    expect(countText(el)).to.equal('2.000 van 2.000 initiatieven getoond');
  });

  it('stops rendering when disconnected and goes on when connected again', async () => {
    const el = await startTimeline(1500);
    el.remove();
    // updateComplete does not wait for steps that cannot run.
    await el.updateComplete;
    const rendered = entries(el).length;
    expect(rendered).to.be.below(1500);
    for (let i = 0; i < 5; i++) await nextTask();
    expect(entries(el).length, 'no work while disconnected').to.equal(rendered);
    let loads = 0;
    el.addEventListener('civic-load', () => (loads += 1));
    document.body.append(el);
    await el.updateComplete;
    await nextTask();
    expect(entries(el).length).to.equal(1500);
    expect(loads).to.equal(1);
  });

  it('starts over with a new document', async () => {
    const el = await startTimeline(300);
    await el.updateComplete;
    const other = longDocument(1500);
    other.initiatives?.forEach((initiative, index) => (initiative.title = `Other ${index + 1}`));
    el.data = other;
    for (let tick = 0; tick < 100 && !titleText(entries(el)[0]).startsWith('Other'); tick++) await Promise.resolve();
    expect(entries(el).length, 'the new document’s first step').to.equal(FIRST_STEP);
    await el.updateComplete;
    expect(entries(el).length).to.equal(1500);
    expect(entries(el).map(titleText).filter((title) => !title.startsWith('Other '))).to.deep.equal([]);
  });
});
