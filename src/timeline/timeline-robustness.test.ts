// <civic-timeline>: hostile and long data, dark mode, forced colours and print (the 280 px column and
// axe in each medium are in the shared contract, timeline-contract.test.ts).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { sizedBoxEach, skipWithoutMediaEmulation } from '../../test/suites/media.js';
import './civic-timeline.js';
import { resetPage, textOf } from '../../test/helpers.js';
import { categoryButton, countText, entries, renderTimeline, shadow, visibleEntries } from './test/helpers.js';
import { datedDocument, hostileTimeline, manyDocument } from '../../test/fixtures/documents.js';
import { LIGHT } from '../ui/tokens.js';

afterEach(resetPage);


describe('civic-timeline: hostile and long data', () => {
  const container = sizedBoxEach();

  it('shows a 40-character category slug in full on its filter button', async () => {
    const el = await renderTimeline(hostileTimeline(), {}, container());
    expect(textOf(categoryButton(el, `a${'b'.repeat(38)}9`))).to.equal(`a${'b'.repeat(38)}9`);
  });

  it('sets right-to-left titles and summaries right to left on a left-to-right page', async () => {
    const el = await renderTimeline(hostileTimeline(), {}, container());
    const entry = entries(el).find((li) => li.querySelector('[part="title"]')?.getAttribute('lang') === 'ar') as HTMLLIElement;
    expect(entry).to.exist;
    expect(entry.querySelector('[part="title"]')?.matches(':dir(rtl)')).to.be.true;
    expect(entry.querySelector('[part="summary"]')?.matches(':dir(rtl)')).to.be.true;
    // The rest of the entry stays left to right.
    expect(entry.matches(':dir(ltr)')).to.be.true;
    const partners = [...shadow(el).querySelectorAll('[part="details"] dd')].find((dd) => textOf(dd).includes('شريك'));
    expect(partners?.getAttribute('dir'), 'partner names can be in any script').to.equal('auto');
  });

  it('renders 2,000 initiatives, all in the DOM, and filters and searches them', async () => {
    const el = await renderTimeline(manyDocument(2000), {}, container());
    expect(entries(el).length).to.equal(2000);
    expect(countText(el)).to.equal('Showing 2,000 of 2,000 initiatives');
    categoryButton(el, 'youth').click();
    await el.updateComplete;
    expect(visibleEntries(el).length).to.equal(500);
    const input = shadow(el).querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'initiative 1999';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(visibleEntries(el).map((entry) => textOf(entry.querySelector('[part="title"]')))).to.deep.equal([]);
    input.value = 'initiative 2000';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(visibleEntries(el).map((entry) => textOf(entry.querySelector('[part="title"]')))).to.deep.equal(['Initiative 2000']);
  });

  it('shows a search containing markup or regular-expression characters as text', async () => {
    const doc = manyDocument(12);
    doc.initiatives![2]!.title = 'Cost (€) [phase 1] <b>bold</b> .* $1';
    const el = await renderTimeline(doc, {}, container());
    const input = shadow(el).querySelector('input[type="search"]') as HTMLInputElement;
    input.value = '[phase 1] <b>';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(visibleEntries(el).length).to.equal(1);
    expect(visibleEntries(el)[0]?.querySelector('b')).to.equal(null);
    expect(textOf(visibleEntries(el)[0]?.querySelector('[part="title"]'))).to.equal('Cost (€) [phase 1] <b>bold</b> .* $1');
  });
});

describe('civic-timeline: colours and media', () => {
  it('paints no background of its own unless --civic-surface gives one', async () => {
    const el = await renderTimeline(datedDocument());
    const timeline = shadow(el).querySelector('.timeline') as HTMLElement;
    expect(getComputedStyle(timeline).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.style.setProperty('--civic-surface', LIGHT.surface);
    expect(getComputedStyle(timeline).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('stays light and passes axe on a light page in dark mode (Chromium emulates the colour scheme)', async function () {
    skipWithoutMediaEmulation(this);
    document.body.style.background = '#ffffff';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await renderTimeline(datedDocument());
      categoryButton(el, 'housing').click();
      (shadow(el).querySelector('button[part="expand-all"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const timeline = shadow(el).querySelector('.timeline') as HTMLElement;
      // The page's colour scheme (none, so light) decides, not the operating system's.
      expect(getComputedStyle(timeline).color).to.equal(getComputedStyle(document.body).color);
      expect(getComputedStyle(categoryButton(el, 'safety')).color, 'the light accent').to.equal('rgb(29, 78, 216)'); // LIGHT.accent
      await expect(el).to.be.accessible();
    } finally {
      document.body.style.background = '';
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('marks a pressed filter by more than colour in forced-colours mode (Chromium)', async function () {
    skipWithoutMediaEmulation(this);
    await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
    try {
      const el = await renderTimeline(datedDocument());
      const housing = categoryButton(el, 'housing');
      housing.click();
      await el.updateComplete;
      expect(getComputedStyle(housing, '::before').content).to.contain('✓');
      expect(getComputedStyle(categoryButton(el, 'safety'), '::before').content).to.equal('none');
      expect(getComputedStyle(housing).backgroundColor).not.to.equal(getComputedStyle(categoryButton(el, 'safety')).backgroundColor);
      // The line between the entries is a border, which forced colours keep.
      expect(getComputedStyle(entries(el)[0] as HTMLLIElement, '::after').borderInlineStartStyle).to.equal('solid');
    } finally {
      await emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
    }
  });

  it('prints a filtered timeline with the count, so the page says it is a selection (Chromium)', async function () {
    skipWithoutMediaEmulation(this);
    const el = await renderTimeline(datedDocument());
    categoryButton(el, 'housing').click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      const count = shadow(el).querySelector('[part="count"]') as HTMLElement;
      expect(getComputedStyle(count).display).not.to.equal('none');
      expect(count.getBoundingClientRect().height).to.be.above(0);
      expect(getComputedStyle(shadow(el).querySelector('[part="filters"]') as HTMLElement).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('button[part="expand-all"]') as HTMLElement).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    categoryButton(el, 'housing').click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      const count = shadow(el).querySelector('[part="count"]') as HTMLElement;
      expect(getComputedStyle(count).display, 'nothing to say when all are shown').to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
