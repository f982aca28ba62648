// <civic-timeline>: category filters, the announced count, and search.
import { expect } from '@open-wc/testing';
import './civic-timeline.js';
import { SEARCH_ANNOUNCE_DELAY } from './timeline.js';
import type { CivicTimeline } from './timeline.js';
import { formatNumber } from '../i18n/format.js';
import { resetPage, sample, setPageLanguage, textOf } from '../../test/helpers.js';
import { allButton, announcement, categoryButton, countText, entries, liveRegion, renderTimeline, shadow, visibleEntries } from './test/helpers.js';
import { datedDocument, manyDocument } from '../../test/fixtures/documents.js';

afterEach(resetPage);

const pressed = (button: HTMLButtonElement): string | null => button.getAttribute('aria-pressed');
const categoriesShown = (el: CivicTimeline): string[] => [
  ...new Set(visibleEntries(el).map((entry) => textOf(entry.querySelector('[part="category"]')))),
];

async function press(el: CivicTimeline, button: HTMLButtonElement): Promise<void> {
  button.click();
  await el.updateComplete;
}

/** Waits until the reader's pause in typing has passed and the count is announced. */
async function afterPause(el: CivicTimeline): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, SEARCH_ANNOUNCE_DELAY + 50));
  await el.updateComplete;
}

async function search(el: CivicTimeline, text: string): Promise<void> {
  const input = shadow(el).querySelector('input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('civic-timeline: category filters', () => {
  it('offers one aria-pressed toggle per category, plus "All", in a labelled group', async () => {
    const el = await renderTimeline(datedDocument());
    const group = shadow(el).querySelector('[part="filters"]') as HTMLElement;
    expect(group.getAttribute('role')).to.equal('group');
    const label = shadow(el).getElementById(group.getAttribute('aria-labelledby') ?? '');
    expect(textOf(label)).to.equal('Filter by category');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((button) => textOf(button))).to.deep.equal(['All', 'Safety', 'Housing', 'Education', 'Youth']);
    expect(buttons.map(pressed)).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
    expect(buttons.every((button) => button.type === 'button')).to.be.true;
  });

  it('narrows the list when a category is pressed, and allows several at a time', async () => {
    const el = await renderTimeline(datedDocument());
    expect(visibleEntries(el).length).to.equal(7);
    await press(el, categoryButton(el, 'housing'));
    expect(pressed(categoryButton(el, 'housing'))).to.equal('true');
    expect(pressed(allButton(el))).to.equal('false');
    expect(visibleEntries(el).length).to.equal(2);
    expect(categoriesShown(el)).to.deep.equal(['Housing']);
    // Filtered entries stay in the DOM, hidden, so find-in-page and the list length are unchanged.
    expect(entries(el).length).to.equal(7);
    await press(el, categoryButton(el, 'education'));
    expect(visibleEntries(el).length).to.equal(4);
    expect(categoriesShown(el).sort()).to.deep.equal(['Education', 'Housing']);
    // Pressing again releases it.
    await press(el, categoryButton(el, 'housing'));
    expect(pressed(categoryButton(el, 'housing'))).to.equal('false');
    expect(categoriesShown(el)).to.deep.equal(['Education']);
  });

  it('shows everything again with "All"', async () => {
    const el = await renderTimeline(datedDocument());
    await press(el, categoryButton(el, 'safety'));
    await press(el, categoryButton(el, 'youth'));
    expect(visibleEntries(el).length).to.equal(2);
    await press(el, allButton(el));
    expect(pressed(allButton(el))).to.equal('true');
    expect(pressed(categoryButton(el, 'safety'))).to.equal('false');
    expect(visibleEntries(el).length).to.equal(7);
    // Releasing the last pressed category is "All" too.
    await press(el, categoryButton(el, 'safety'));
    await press(el, categoryButton(el, 'safety'));
    expect(pressed(allButton(el))).to.equal('true');
    expect(visibleEntries(el).length).to.equal(7);
  });

  it('announces the number shown in a polite live region after filtering, not on first render', async () => {
    const el = await renderTimeline(datedDocument());
    // Visible from the start, for the eye and for reading; the live region stays empty, so loading
    // the timeline announces nothing.
    expect(countText(el)).to.equal('Showing 7 of 7 initiatives');
    const region = liveRegion(el) as HTMLElement;
    expect(region).to.exist;
    expect(region.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(region.closest('[part="toolbar"]')).to.exist;
    expect(announcement(el)).to.equal('');
    expect(shadow(el).querySelectorAll('[role="status"], [aria-live]').length, 'one live region').to.equal(1);
    await press(el, categoryButton(el, 'housing'));
    expect(countText(el)).to.equal('Showing 2 of 7 initiatives');
    expect(announcement(el)).to.equal('Showing 2 of 7 initiatives');
    // The same element, so assistive technology hears the change.
    expect(liveRegion(el)).to.equal(region);
    // While the live region holds the count, the visible copy is hidden from screen readers: read once.
    expect(shadow(el).querySelector('[part="count"]')?.getAttribute('aria-hidden')).to.equal('true');
    await press(el, allButton(el));
    expect(announcement(el)).to.equal('Showing 7 of 7 initiatives');
  });

  it('announces nothing when the categories attribute sets the first filter', async () => {
    const el = await renderTimeline(datedDocument(), { categories: 'housing' });
    expect(countText(el)).to.equal('Showing 2 of 7 initiatives');
    expect(announcement(el)).to.equal('');
    expect(shadow(el).querySelector('[part="count"]')?.hasAttribute('aria-hidden')).to.be.false;
  });

  it('writes the count with the page language’s numbers', async () => {
    const doc = manyDocument(1204);
    const el = await renderTimeline(doc);
    await press(el, categoryButton(el, 'housing'));
    expect(countText(el)).to.equal('Showing 301 of 1,204 initiatives');
    for (const tag of ['nl', 'sv', 'ar']) {
      await setPageLanguage(tag);
      await el.updateComplete;
      expect(countText(el), tag).to.contain(formatNumber(1204, tag));
      expect(countText(el), tag).to.contain(formatNumber(301, tag));
    }
    expect(formatNumber(1204, 'nl')).to.equal('1.204');
  });

  it('starts with the filter of the categories attribute, and a new attribute value replaces the reader’s choice', async () => {
    const el = await renderTimeline(datedDocument(), { categories: 'housing, education' });
    expect(pressed(categoryButton(el, 'housing'))).to.equal('true');
    expect(pressed(categoryButton(el, 'education'))).to.equal('true');
    expect(pressed(allButton(el))).to.equal('false');
    expect(visibleEntries(el).length).to.equal(4);
    await press(el, categoryButton(el, 'education'));
    expect(visibleEntries(el).length).to.equal(2);
    el.categories = 'youth';
    await el.updateComplete;
    expect(pressed(categoryButton(el, 'youth'))).to.equal('true');
    expect(pressed(categoryButton(el, 'housing'))).to.equal('false');
    expect(visibleEntries(el).length).to.equal(1);
    // A category the document does not have is ignored.
    el.categories = 'sports';
    await el.updateComplete;
    expect(pressed(allButton(el))).to.equal('true');
    expect(visibleEntries(el).length).to.equal(7);
  });

  it('narrows the Mechelen sample with each category toggle', async () => {
    const doc = await sample('mechelen');
    const el = await renderTimeline(doc);
    const slugs = [...new Set(doc.initiatives?.map((initiative) => initiative.category))];
    expect(shadow(el).querySelectorAll('button[part="filter"][aria-pressed]').length).to.equal(slugs.length + 1);
    for (const slug of slugs) {
      await press(el, categoryButton(el, slug as string));
      const expected = doc.initiatives?.filter((initiative) => initiative.category === slug).length;
      expect(visibleEntries(el).length, slug).to.equal(expected);
      expect(visibleEntries(el).length).to.be.below(doc.initiatives?.length ?? 0);
      await press(el, categoryButton(el, slug as string));
    }
  });
});

describe('civic-timeline: search', () => {
  it('offers a labelled search field only above ten initiatives', async () => {
    const small = await renderTimeline(manyDocument(10));
    expect(shadow(small).querySelector('input[type="search"]')).to.equal(null);
    const el = await renderTimeline(manyDocument(11));
    const input = shadow(el).querySelector('input[type="search"]') as HTMLInputElement;
    expect(input).to.exist;
    expect(input.labels?.length).to.equal(1);
    expect(textOf(input.labels?.[0])).to.equal('Search initiatives');
  });

  it('searches titles and summaries, ignoring case and diacritics', async () => {
    const doc = manyDocument(12);
    doc.initiatives![3]!.title = { en: 'Bäckby partnership', nl: 'Samenwerking in Bäckby' };
    doc.initiatives![7]!.summary = { en: 'Together with the BACKBY property owners.', nl: 'Met de eigenaars.' };
    const el = await renderTimeline(doc);
    await search(el, 'backby');
    expect(visibleEntries(el).map((entry) => textOf(entry.querySelector('[part="title"]')))).to.deep.equal(['Bäckby partnership', 'Initiative 8']);
    expect(countText(el)).to.equal('Showing 2 of 12 initiatives');
    await afterPause(el);
    expect(announcement(el)).to.equal('Showing 2 of 12 initiatives');
    await search(el, 'BÄCKBY  partner');
    expect(visibleEntries(el).length).to.equal(1);
    await search(el, '');
    expect(visibleEntries(el).length).to.equal(12);
  });

  it('announces the count once the reader pauses typing, not at every keystroke', async () => {
    const el = await renderTimeline(manyDocument(12));
    await press(el, categoryButton(el, 'housing'));
    // A filter change is announced at once.
    expect(announcement(el)).to.equal('Showing 3 of 12 initiatives');
    const heard: string[] = [];
    const region = liveRegion(el)!;
    const observer = new MutationObserver(() => heard.push(announcement(el)));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    for (const text of ['i', 'in', 'ini', 'initiative 5']) {
      await search(el, text);
      // The visible count follows every keystroke; the live region holds what it said.
      expect(announcement(el)).to.equal('Showing 3 of 12 initiatives');
    }
    expect(countText(el)).to.equal('Showing 1 of 12 initiatives');
    await afterPause(el);
    observer.disconnect();
    expect(announcement(el)).to.equal('Showing 1 of 12 initiatives');
    expect(heard.filter((text, index) => text !== heard[index - 1])).to.deep.equal(['Showing 1 of 12 initiatives']);
  });

  it('drops a pending announcement when the timeline leaves the page', async () => {
    const el = await renderTimeline(manyDocument(12));
    await search(el, 'initiative 5');
    el.remove();
    await afterPause(el);
    expect(announcement(el)).to.equal('');
  });

  it('searches the text in the displayed language', async () => {
    const el = await renderTimeline(manyDocument(12));
    await search(el, 'initiatief');
    expect(visibleEntries(el).length).to.equal(0);
    await setPageLanguage('nl');
    await el.updateComplete;
    expect(visibleEntries(el).length).to.equal(12);
  });

  it('combines search with the category filter', async () => {
    const el = await renderTimeline(manyDocument(12));
    await press(el, categoryButton(el, 'housing'));
    expect(visibleEntries(el).length).to.equal(3);
    await search(el, 'initiative 5');
    expect(visibleEntries(el).map((entry) => textOf(entry.querySelector('[part="title"]')))).to.deep.equal(['Initiative 5']);
  });

  it('says when nothing matches, and offers to show all', async () => {
    const el = await renderTimeline(manyDocument(12));
    expect(shadow(el).querySelector('[part="no-match"]')).to.equal(null);
    await press(el, categoryButton(el, 'housing'));
    await search(el, 'nothing like this');
    expect(visibleEntries(el).length).to.equal(0);
    const message = shadow(el).querySelector('[part="no-match"]') as HTMLElement;
    expect(textOf(message)).to.contain('No initiatives match the filters.');
    expect(countText(el)).to.equal('Showing 0 of 12 initiatives');
    await afterPause(el);
    expect(announcement(el)).to.equal('Showing 0 of 12 initiatives');
    const showAll = message.querySelector('button') as HTMLButtonElement;
    showAll.focus();
    showAll.click();
    await el.updateComplete;
    expect(visibleEntries(el).length).to.equal(12);
    expect((shadow(el).querySelector('input[type="search"]') as HTMLInputElement).value).to.equal('');
    expect(pressed(allButton(el))).to.equal('true');
    // The button is gone with the message; focus moves to "All" rather than to the page.
    expect(shadow(el).querySelector('[part="no-match"]')).to.equal(null);
    expect(document.activeElement).to.equal(el);
    expect(shadow(el).activeElement).to.equal(allButton(el));
  });
});

describe('civic-timeline: focus when entries are hidden', () => {
  it('moves focus to the filters when the entry holding it is filtered out', async () => {
    const el = await renderTimeline(datedDocument());
    const disclosure = shadow(el).querySelector('button[part="disclosure"]') as HTMLButtonElement;
    disclosure.focus();
    expect(shadow(el).activeElement).to.equal(disclosure);
    // The page changes the filter while the reader is in an entry that does not match it.
    el.categories = 'youth';
    await el.updateComplete;
    expect(disclosure.closest('li')?.hidden).to.be.true;
    expect(document.activeElement).to.equal(el);
    expect(shadow(el).activeElement).to.equal(categoryButton(el, 'youth'));
  });

  it('moves focus to the search field when a language change hides the entry holding it', async () => {
    const doc = manyDocument(12);
    doc.initiatives![0]!.outcome = { en: 'More readers.', nl: 'Meer lezers.' };
    const el = await renderTimeline(doc);
    await search(el, 'initiative 1');
    const disclosure = shadow(el).querySelector('button[part="disclosure"]') as HTMLButtonElement;
    disclosure.focus();
    // The search is over the displayed text: in Dutch, "initiative" no longer matches.
    await setPageLanguage('nl');
    await el.updateComplete;
    expect(disclosure.closest('li')?.hidden).to.be.true;
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('input[type="search"]'));
  });

  it('leaves focus alone when the focused entry stays visible, or focus is elsewhere', async () => {
    const el = await renderTimeline(datedDocument());
    const disclosure = shadow(el).querySelector('button[part="disclosure"]') as HTMLButtonElement;
    disclosure.focus();
    el.categories = 'housing';
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(disclosure);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.categories = 'youth';
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });
});
