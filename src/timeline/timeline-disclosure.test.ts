// <civic-timeline>: disclosure of an entry's details, "expand all", keyboard operation, print.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { printRules, skipWithoutMediaEmulation, withMedia } from '../../test/suites/media.js';
import './civic-timeline.js';
import type { CivicTimeline } from './timeline.js';
import { resetPage, setPageLanguage, textOf } from '../../test/helpers.js';
import { categoryButton, entries, renderTimeline, shadow } from './test/helpers.js';
import { datedDocument, manyDocument } from '../../test/fixtures/documents.js';

afterEach(resetPage);

const disclosures = (el: CivicTimeline): HTMLButtonElement[] => [...shadow(el).querySelectorAll<HTMLButtonElement>('button[part="disclosure"]')];
const detailsOf = (el: CivicTimeline, button: HTMLButtonElement): HTMLElement =>
  shadow(el).getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
const isShown = (element: HTMLElement): boolean => getComputedStyle(element).display !== 'none';
const expandAll = (el: CivicTimeline): HTMLButtonElement => shadow(el).querySelector('button[part="expand-all"]') as HTMLButtonElement;

describe('civic-timeline: disclosure', () => {
  it('gives only entries with outcome, partners or sources a disclosure button', async () => {
    const el = await renderTimeline(datedDocument());
    const buttons = disclosures(el);
    expect(buttons.length).to.equal(1);
    const entry = buttons[0]?.closest('li') as HTMLLIElement;
    expect(textOf(entry.querySelector('[part="title"]'))).to.equal('Mixed neighbourhoods');
  });

  it('names the button shortly, describes it by its entry, and ties it to the details with aria-expanded and aria-controls', async () => {
    const el = await renderTimeline(datedDocument());
    const button = disclosures(el)[0] as HTMLButtonElement;
    // "Details", not "Details Mixed neighbourhoods" right after the heading that says it; the
    // heading describes the button, so moving from button to button still says whose details.
    expect(button.hasAttribute('aria-labelledby')).to.be.false;
    expect(button.hasAttribute('aria-label')).to.be.false;
    expect(textOf(button)).to.equal('Details');
    const describedBy = (button.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => shadow(el).getElementById(id)?.getAttribute('part'))).to.deep.equal(['title']);
    expect(describedBy.map((id) => textOf(shadow(el).getElementById(id)))).to.deep.equal(['Mixed neighbourhoods']);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const details = detailsOf(el, button);
    expect(details).to.exist;
    expect(details.getAttribute('part')).to.equal('details');
    // Closed details are in the DOM (for print) but not displayed, so assistive technology skips them.
    expect(isShown(details)).to.be.false;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(details)).to.be.true;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(details)).to.be.false;
  });

  it('reveals outcome, partners and sources', async () => {
    const el = await renderTimeline(datedDocument());
    const details = detailsOf(el, disclosures(el)[0] as HTMLButtonElement);
    const terms = [...details.querySelectorAll('dt')].map((dt) => textOf(dt));
    expect(terms).to.deep.equal(['Outcome', 'Partners', 'Sources']);
    const values = [...details.querySelectorAll('dd')];
    expect(textOf(values[0])).to.equal('Fewer people moved away.');
    expect(textOf(values[1])).to.equal('Housing association and Schools');
    expect(values[2]?.querySelector('cite')?.textContent).to.equal('Annual report');
    expect(values[2]?.querySelector('a')?.getAttribute('href')).to.equal('https://example.org/report');
    expect(values[2]?.querySelector('time')?.getAttribute('datetime')).to.equal('2019-03');
    await setPageLanguage('nl');
    await el.updateComplete;
    expect(textOf(detailsOf(el, disclosures(el)[0] as HTMLButtonElement).querySelectorAll('dd')[1])).to.equal('Housing association en Schools');
  });

  it('opens and closes every entry with "expand all"', async () => {
    const doc = manyDocument(6);
    doc.initiatives!.forEach((initiative, index) => {
      if (index % 2 === 0) initiative.outcome = `Outcome ${index + 1}`;
    });
    const el = await renderTimeline(doc);
    const toggle = expandAll(el);
    expect(textOf(toggle)).to.equal('Expand all');
    expect(disclosures(el).length).to.equal(3);
    toggle.click();
    await el.updateComplete;
    expect(disclosures(el).every((button) => button.getAttribute('aria-expanded') === 'true')).to.be.true;
    expect(disclosures(el).every((button) => isShown(detailsOf(el, button)))).to.be.true;
    expect(textOf(expandAll(el))).to.equal('Collapse all');
    expandAll(el).click();
    await el.updateComplete;
    expect(disclosures(el).every((button) => button.getAttribute('aria-expanded') === 'false')).to.be.true;
    expect(textOf(expandAll(el))).to.equal('Expand all');
    // Opening each one by hand makes it "collapse all" as well.
    for (const button of disclosures(el)) button.click();
    await el.updateComplete;
    expect(textOf(expandAll(el))).to.equal('Collapse all');
  });

  it('has no "expand all" when no entry has details', async () => {
    const el = await renderTimeline(manyDocument(3));
    expect(expandAll(el)).to.equal(null);
  });

  it('prints every entry expanded', async function () {
    const el = await renderTimeline(datedDocument());
    const details = detailsOf(el, disclosures(el)[0] as HTMLButtonElement);
    // In every browser: the print rules open the details and drop the controls.
    expect(printRules(el).some((rule) => rule.includes('.details') && /display: block/.test(rule))).to.be.true;
    skipWithoutMediaEmulation(this);
    await withMedia({ media: 'print' }, () => {
      expect(isShown(details)).to.be.true;
      for (const part of ['filters', 'expand-all', 'count']) {
        expect(isShown(shadow(el).querySelector(`[part="${part}"]`) as HTMLElement), part).to.be.false;
      }
      expect(isShown(disclosures(el)[0] as HTMLButtonElement)).to.be.false;
    });
  });
});

describe('civic-timeline: keyboard', () => {
  let before: HTMLButtonElement;
  beforeEach(() => {
    before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
  });
  afterEach(() => {
    before.remove();
    document.querySelectorAll('civic-timeline').forEach((el) => el.remove());
  });

  it('reaches the first control with Tab; Enter and Space toggle a filter', async () => {
    const el = await renderTimeline(datedDocument());
    before.focus();
    await sendKeys({ press: 'Tab' });
    const first = shadow(el).activeElement as HTMLButtonElement;
    expect(first).to.equal(shadow(el).querySelector('button[part="filter"]'));
    await sendKeys({ press: 'Tab' });
    const safety = categoryButton(el, 'safety');
    expect(shadow(el).activeElement).to.equal(safety);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(safety.getAttribute('aria-pressed')).to.equal('true');
    expect(entries(el).filter((entry) => !entry.hidden).length).to.equal(1);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(safety.getAttribute('aria-pressed')).to.equal('false');
    expect(shadow(el).activeElement, 'focus stays on the toggle').to.equal(safety);
  });

  it('reaches the search field first when there is one, and types into it', async () => {
    const el = await renderTimeline(manyDocument(12));
    before.focus();
    await sendKeys({ press: 'Tab' });
    const input = shadow(el).activeElement as HTMLInputElement;
    expect(input?.type).to.equal('search');
    await sendKeys({ type: 'initiative 12' });
    await el.updateComplete;
    expect(entries(el).filter((entry) => !entry.hidden).length).to.equal(1);
  });

  it('opens details and "expand all" with Enter and Space', async () => {
    const el = await renderTimeline(datedDocument());
    const button = disclosures(el)[0] as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expandAll(el).focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(expandAll(el));
  });

  it('shows a focus ring on every control', async () => {
    const el = await renderTimeline(datedDocument());
    before.focus();
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement | null;
      if (!active) break;
      const style = getComputedStyle(active);
      expect(style.outlineStyle, active.className).to.equal('solid');
      expect(parseFloat(style.outlineWidth), active.className).to.be.at.least(2);
      seen.push(active.getAttribute('part') ?? active.tagName);
    }
    expect(seen).to.include.members(['filter', 'expand-all', 'disclosure']);
  });
});
