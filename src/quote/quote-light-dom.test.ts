// <civic-quote>: without a document, the blockquote it wraps (and the no-JavaScript fallback).
import { expect, aTimeout, html, oneEvent } from '@open-wc/testing';
import './civic-quote.js';
import { MOTTO_NL, quotesDocument } from '../../test/fixtures/documents.js';
import { sampleUrl, settled, textOf } from '../../test/helpers.js';
import { skipWithoutMediaEmulation, withMedia } from '../../test/suites/media.js';
import { render, part, shown } from './test/helpers.js';

describe('civic-quote: without a document', () => {
  const lightQuote = html`<blockquote lang="nl"><p>${MOTTO_NL}</p></blockquote>
    <p>— Bart Somers, <cite>Beste burgemeester ter wereld</cite></p>`;

  it('shows and styles the blockquote it wraps, through a slot', async () => {
    const el = await render(html`<civic-quote>${lightQuote}</civic-quote>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot).to.exist;
    expect(slot.hasAttribute('name')).to.equal(false);
    const quote = el.querySelector('blockquote')!;
    expect(quote.assignedSlot).to.equal(slot);
    expect(shown(quote)).to.equal(true);
    expect(el.innerText).to.contain(MOTTO_NL);
    // ::slotted() styles: the browser's 40px indent is gone, the caption is muted and smaller.
    expect(getComputedStyle(quote).marginInlineStart).to.equal('0px');
    const caption = el.querySelector(':scope > p')!;
    expect(parseFloat(getComputedStyle(caption).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(quote).fontSize));
    expect(part(el, 'figure')).to.exist;
  });

  it('hides the light DOM once a document arrives', async () => {
    const el = await render(html`<civic-quote>${lightQuote}</civic-quote>`);
    el.data = quotesDocument();
    await el.updateComplete;
    const light = el.querySelector('blockquote')!;
    expect(light.assignedSlot).to.equal(null);
    expect(shown(light)).to.equal(false);
    expect(part(el, 'quote')!.localName).to.equal('blockquote');
  });

  it('shows the light-DOM quote again when the document is removed, or the inline JSON', async () => {
    const el = await render(html`<civic-quote .data=${quotesDocument()}>${lightQuote}</civic-quote>`);
    const light = el.querySelector('blockquote')!;
    expect(shown(light)).to.equal(false);
    el.data = undefined;
    await el.updateComplete;
    expect(light.assignedSlot).to.equal(el.shadowRoot!.querySelector('slot'));
    expect(shown(light)).to.equal(true);
    expect(part(el, 'quote')).to.equal(null);

    const inline = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(quotesDocument()) });
    el.append(inline);
    await aTimeout(0);
    await el.updateComplete;
    expect(textOf(part(el, 'quote'))).to.equal(MOTTO_NL);
    expect(shown(light)).to.equal(false);
    inline.remove();
    await aTimeout(0);
    await el.updateComplete;
    expect(shown(light)).to.equal(true);
  });

  it('takes the page’s colours for the page’s own markup, and paints no surface under it', async () => {
    const el = await render(
      html`<div style="color: rgb(40, 20, 10); background: rgb(250, 240, 220)"><civic-quote>${lightQuote}</civic-quote></div>`,
    ).then((wrapper) => wrapper.querySelector('civic-quote')!);
    await el.updateComplete;
    expect(getComputedStyle(el.querySelector('blockquote')!).color).to.equal('rgb(40, 20, 10)');
    expect(getComputedStyle(el.querySelector(':scope > p')!).color).to.equal('rgb(40, 20, 10)');
    expect(getComputedStyle(part(el, 'figure')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.data = quotesDocument();
    await el.updateComplete;
    // With a document too (the page's colours by default): the page's text colour, no surface.
    expect(getComputedStyle(part(el, 'quote')!).color).to.equal('rgb(40, 20, 10)');
    expect(getComputedStyle(part(el, 'figure')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps a blog theme’s grey blockquote readable when the system is dark (where the browser can emulate it)', async function () {
    skipWithoutMediaEmulation(this);
    const theme = Object.assign(document.createElement('style'), { textContent: 'blockquote.themed { color: #555; font-style: italic }' });
    document.head.append(theme);
    try {
      await withMedia({ colorScheme: 'dark' }, async () => {
        const el = await render(html`<civic-quote><blockquote class="themed"><p>${MOTTO_NL}</p></blockquote><p>— Bart Somers</p></civic-quote>`);
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
        await expect(el).to.be.accessible();
      });
    } finally {
      theme.remove();
    }
  });

  it('shows the fallback markup before the element is defined (a page without the script)', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '480px';
    frame.srcdoc = `<!doctype html><html lang="en"><body><civic-quote src="/samples/mechelen.json" quote="motto"><blockquote lang="nl"><p>${MOTTO_NL}</p></blockquote><p>— Bart Somers</p></civic-quote></body></html>`;
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const inner = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('civic-quote')).to.equal(undefined);
    const element = inner.querySelector<HTMLElement>('civic-quote')!;
    expect(element.shadowRoot).to.equal(null);
    const quote = inner.querySelector('blockquote')!;
    expect(quote.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(element.innerText).to.contain(MOTTO_NL);
    expect(element.innerText).to.contain('Bart Somers');
    frame.remove();
  });

  it('shows the fallback while a src loads (it holds the space), and hides it once the quote shows', async () => {
    const el = document.createElement('civic-quote');
    el.src = sampleUrl('mechelen');
    el.append(Object.assign(document.createElement('blockquote'), { textContent: MOTTO_NL }));
    const event = settled(el);
    document.body.append(el);
    await el.updateComplete;
    expect(shown(el.querySelector('blockquote'))).to.equal(true);
    await event;
    await el.updateComplete;
    expect(shown(el.querySelector('blockquote'))).to.equal(false);
    el.remove();
  });
});
