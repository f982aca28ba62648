// <civic-timeline>'s public state: the filter (`categories`), the search and the open entries are
// properties that reflect to attributes, change when the reader acts, and fire one event per change
// of the reader's; `expandAll()` / `collapseAll()`. A page can keep its URL in step. Chromium and Firefox.
import { expect, oneEvent } from '@open-wc/testing';
import './civic-timeline.js';
import type { CivicTimeline } from './timeline.js';
import type { CivicFilterChangeDetail, CivicSearchDetail, CivicToggleDetail } from '../ui/events.js';
import { allButton, categoryButton, renderTimeline, shadow, visibleEntries } from './test/helpers.js';
import { datedDocument, manyDocument } from '../../test/fixtures/documents.js';

afterEach(() => document.querySelectorAll('civic-timeline').forEach((el) => el.remove()));

/** Every event of these types the element fires while `action` runs and the element updates. */
async function recording(el: CivicTimeline, types: string[], action: () => unknown): Promise<CustomEvent[]> {
  const seen: CustomEvent[] = [];
  const listener = (event: Event): void => void seen.push(event as CustomEvent);
  for (const type of types) el.addEventListener(type, listener);
  try {
    await action();
    await el.updateComplete;
  } finally {
    for (const type of types) el.removeEventListener(type, listener);
  }
  return seen;
}

const READER_EVENTS = ['civic-filter-change', 'civic-search', 'civic-toggle'];
const disclosure = (el: CivicTimeline, id: string): HTMLButtonElement =>
  shadow(el).querySelector<HTMLButtonElement>(`button[part="disclosure"][value="${id}"]`)!;
/** Runs what a page does and checks that none of the reader's events fires. */
async function expectNoReaderEvent(el: CivicTimeline, action: () => unknown): Promise<void> {
  expect(await recording(el, READER_EVENTS, action)).to.deep.equal([]);
}
const searchField = (el: CivicTimeline): HTMLInputElement => shadow(el).querySelector<HTMLInputElement>('#search')!;

describe('civic-timeline: the filter as public state', () => {
  it('a page sets the filter, the reader changes it, the page reads it back and hears of it', async () => {
    const el = await renderTimeline(datedDocument());
    // From the page (a link to the timeline filtered): no event.
    await expectNoReaderEvent(el, () => (el.categories = 'housing'));
    expect(el.getAttribute('categories')).to.equal('housing');
    expect(visibleEntries(el).length).to.equal(2);
    // The reader adds education.
    const heard = oneEvent(el, 'civic-filter-change');
    categoryButton(el, 'education').click();
    const event = (await heard) as CustomEvent<CivicFilterChangeDetail>;
    expect(event.detail.categories).to.deep.equal(['housing', 'education']);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.categories).to.equal('housing,education');
    await el.updateComplete;
    expect(el.getAttribute('categories')).to.equal('housing,education');
    expect(visibleEntries(el).length).to.equal(4);
    // "All" clears it: no attribute, an empty list.
    const cleared = await recording(el, ['civic-filter-change'], () => allButton(el).click());
    expect(cleared.map((e) => (e.detail as CivicFilterChangeDetail).categories)).to.deep.equal([[]]);
    expect(el.categories).to.equal(undefined);
    expect(el.hasAttribute('categories')).to.equal(false);
    expect(visibleEntries(el).length).to.equal(7);
  });

  it('the attribute sets the property and the filter', async () => {
    const el = await renderTimeline(datedDocument());
    el.setAttribute('categories', 'youth education');
    await el.updateComplete;
    expect(el.categories).to.equal('youth education');
    expect(categoryButton(el, 'youth').getAttribute('aria-pressed')).to.equal('true');
    el.removeAttribute('categories');
    await el.updateComplete;
    expect(el.categories).to.equal(undefined);
    expect(allButton(el).getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps a page’s URL in step (a listener writes the filter into the query string)', async () => {
    const url = new URL('https://example.org/story');
    const el = await renderTimeline(datedDocument(), { categories: url.searchParams.get('categories') ?? '' });
    el.addEventListener('civic-filter-change', (event) => {
      if (event.detail.categories.length) url.searchParams.set('categories', event.detail.categories.join(','));
      else url.searchParams.delete('categories');
    });
    categoryButton(el, 'safety').click();
    await el.updateComplete;
    expect(url.search).to.equal('?categories=safety');
    // A later visit with that URL opens the timeline with the same filter.
    const again = await renderTimeline(datedDocument(), { categories: url.searchParams.get('categories')! });
    expect(visibleEntries(again).map((entry) => entry.querySelector('[part="title"]')!.textContent!.trim())).to.deep.equal(['Safe streets']);
  });
});

describe('civic-timeline: the search as public state', () => {
  it('a page sets the search; the reader types; the property, attribute and an event follow', async () => {
    const el = await renderTimeline(manyDocument(12));
    expect(el.search).to.equal('');
    expect(el.hasAttribute('search')).to.equal(false);
    await expectNoReaderEvent(el, () => (el.search = 'Initiative 1'));
    expect(searchField(el).value).to.equal('Initiative 1');
    expect(el.getAttribute('search')).to.equal('Initiative 1');
    // "Initiative 1", "Initiative 10", "Initiative 11", "Initiative 12".
    expect(visibleEntries(el).length).to.equal(4);
    const field = searchField(el);
    const heard = oneEvent(el, 'civic-search');
    field.value = 'Initiative 12';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const event = (await heard) as CustomEvent<CivicSearchDetail>;
    expect(event.detail.search).to.equal('Initiative 12');
    expect(el.search).to.equal('Initiative 12');
    await el.updateComplete;
    expect(el.getAttribute('search')).to.equal('Initiative 12');
    expect(visibleEntries(el).length).to.equal(1);
    el.setAttribute('search', 'Initiative 3');
    await el.updateComplete;
    expect(el.search).to.equal('Initiative 3');
    expect(searchField(el).value).to.equal('Initiative 3');
    el.removeAttribute('search');
    await el.updateComplete;
    expect(el.search).to.equal('');
    expect(visibleEntries(el).length).to.equal(12);
  });

  it('"Show all initiatives" clears filter and search, with an event for each', async () => {
    const el = await renderTimeline(manyDocument(12), { categories: 'housing', search: 'zzz' });
    expect(visibleEntries(el).length).to.equal(0);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="no-match"] button')!;
    const events = await recording(el, READER_EVENTS, () => button.click());
    expect(events.map((e) => e.type)).to.deep.equal(['civic-filter-change', 'civic-search']);
    expect(el.categories).to.equal(undefined);
    expect(el.search).to.equal('');
    expect(visibleEntries(el).length).to.equal(12);
  });
});

describe('civic-timeline: open entries as public state', () => {
  it('a page opens an entry by id; the reader closes it; property, attribute and event follow', async () => {
    const el = await renderTimeline(datedDocument());
    await expectNoReaderEvent(el, () => (el.expanded = 'mixed-neighbourhoods'));
    expect(el.getAttribute('expanded')).to.equal('mixed-neighbourhoods');
    expect(disclosure(el, 'mixed-neighbourhoods').getAttribute('aria-expanded')).to.equal('true');
    const heard = oneEvent(el, 'civic-toggle');
    disclosure(el, 'mixed-neighbourhoods').click();
    const event = (await heard) as CustomEvent<CivicToggleDetail>;
    expect(event.detail).to.deep.equal({ expanded: [], id: 'mixed-neighbourhoods', open: false });
    expect(el.expanded).to.equal(undefined);
    await el.updateComplete;
    expect(el.hasAttribute('expanded')).to.equal(false);
    expect(disclosure(el, 'mixed-neighbourhoods').getAttribute('aria-expanded')).to.equal('false');
    el.setAttribute('expanded', 'mixed-neighbourhoods');
    await el.updateComplete;
    expect(disclosure(el, 'mixed-neighbourhoods').getAttribute('aria-expanded')).to.equal('true');
  });

  it('expandAll() and collapseAll() open and close every entry with details, without an event', async () => {
    const doc = manyDocument(4);
    doc.initiatives![1]!.outcome = 'Done.';
    doc.initiatives![3]!.partners = ['Library'];
    const el = await renderTimeline(doc);
    await expectNoReaderEvent(el, () => el.expandAll());
    expect(el.expanded).to.equal('initiative-1,initiative-3');
    expect([...shadow(el).querySelectorAll('button[part="disclosure"]')].map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);
    expect(shadow(el).querySelector('[part="expand-all"]')!.textContent!.trim()).to.equal('Collapse all');
    el.collapseAll();
    await el.updateComplete;
    expect(el.expanded).to.equal(undefined);
    expect([...shadow(el).querySelectorAll('button[part="disclosure"]')].map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false']);
  });

  it('"Expand all" and "Collapse all" pressed by the reader fire civic-toggle', async () => {
    const el = await renderTimeline(datedDocument());
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="expand-all"]')!;
    const opened = await recording(el, ['civic-toggle'], () => button.click());
    expect(opened.map((e) => e.detail)).to.deep.equal([{ expanded: ['mixed-neighbourhoods'], open: true }]);
    expect(el.expanded).to.equal('mixed-neighbourhoods');
    const closed = await recording(el, ['civic-toggle'], () => shadow(el).querySelector<HTMLButtonElement>('[part="expand-all"]')!.click());
    expect(closed.map((e) => e.detail)).to.deep.equal([{ expanded: [], open: false }]);
  });
});
