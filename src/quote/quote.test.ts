// <civic-quote>: the figure, its caption and source, which quote is shown, and long data.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './civic-quote.js';
import type { CivicQuote } from './quote.js';
import { BOHMAN_SV, MOTTO_NL, hostileQuote, quotesDocument } from '../../test/fixtures/documents.js';
import { connectAndSettle, sample, sampleUrl, setPageLanguage, textOf } from '../../test/helpers.js';
import { overflowing } from '../../test/suites/media.js';
import { render, part, shown } from './test/helpers.js';
import { DARK, DARK_PAGE, themeStyle } from '../ui/tokens.js';

describe('civic-quote: structure', () => {
  it('renders a figure with the blockquote, and a figcaption with author, role, date and a linked cite', async () => {
    const el = await render(html`<civic-quote .data=${quotesDocument()}></civic-quote>`);
    const figure = part(el, 'figure')!;
    expect(figure.localName).to.equal('figure');
    const quote = figure.querySelector('blockquote')!;
    expect(quote.getAttribute('part')).to.equal('quote');
    expect(textOf(quote)).to.equal(MOTTO_NL);
    expect(quote.getAttribute('cite')).to.equal('https://example.org/kis');
    const caption = figure.querySelector('figcaption')!;
    expect(caption.getAttribute('part')).to.equal('caption');
    expect(textOf(part(el, 'author'))).to.equal('Bart Somers');
    expect(textOf(caption)).to.contain('Mayor of Mechelen');
    const time = caption.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2019-03');
    expect(time.textContent).to.equal('March 2019');
    const source = part(el, 'source')!;
    const cite = source.querySelector('cite')!;
    expect(cite.textContent).to.equal('Beste burgemeester ter wereld');
    expect(cite.lang).to.equal('nl');
    expect(cite.closest('a')?.getAttribute('href')).to.equal('https://example.org/kis');
    expect(textOf(source)).to.contain('Kennisplatform Inclusief Samenleven');
  });

  it('names the figure by its speaker only; role, context and source stay in the caption', async () => {
    const el = await render(html`<civic-quote .data=${quotesDocument()}></civic-quote>`);
    const figure = part(el, 'figure')!;
    const ids = (figure.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(ids.map((id) => textOf(el.shadowRoot!.getElementById(id)))).to.deep.equal(['Bart Somers']);
    expect(ids.map((id) => el.shadowRoot!.getElementById(id)?.getAttribute('part'))).to.deep.equal(['author']);
    expect(figure.hasAttribute('aria-label')).to.be.false;
    const caption = part(el, 'caption')!;
    expect(textOf(caption)).to.contain('Mayor of Mechelen');
    expect(caption.contains(part(el, 'source'))).to.be.true;
  });

  it('cites a source without a URL as plain text', async () => {
    const el = await render(html`<civic-quote quote="bohman" .data=${quotesDocument()}></civic-quote>`);
    const cite = part(el, 'source')!.querySelector('cite')!;
    expect(cite.textContent).to.equal('Olikheter i Borlänge skapar partnerskap med globala mål');
    expect(cite.closest('a')).to.equal(null);
    expect(part(el, 'quote')!.hasAttribute('cite')).to.equal(false);
  });

  it('has no default slot once a document renders, so the light-DOM fallback is not shown', async () => {
    const el = await render(html`<civic-quote .data=${quotesDocument()}><blockquote><p>Fallback words</p></blockquote></civic-quote>`);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    const light = el.querySelector('blockquote')!;
    expect(light.assignedSlot).to.equal(null);
    expect(shown(light)).to.equal(false);
  });

  it('reads an inline JSON document, and then does not show the fallback beside it', async () => {
    const el = await render(
      html`<civic-quote quote="bohman"
        ><script type="application/json">
          ${JSON.stringify(quotesDocument())}
        </script
        ><blockquote><p>Fallback words</p></blockquote></civic-quote
      >`,
    );
    expect(textOf(part(el, 'quote'))).to.equal(BOHMAN_SV);
    expect(shown(el.querySelector('blockquote'))).to.equal(false);
  });

  it('reports civic-load with the whole document', async () => {
    const el = document.createElement('civic-quote');
    el.data = quotesDocument();
    const loaded = oneEvent(el, 'civic-load');
    document.body.append(el);
    expect((await loaded).detail.document.quotes).to.have.length(3);
    el.remove();
  });

  it('fits a 240px column without overflowing, in both variants', async () => {
    for (const variant of ['block', 'pull'] as const) {
      const el = await render(html`<civic-quote style="inline-size: 240px" variant=${variant} .data=${quotesDocument()}></civic-quote>`);
      const figure = part(el, 'figure')!;
      expect(figure.scrollWidth, variant).to.be.at.most(figure.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.equal(240);
    }
  });

  it('wraps a 20,000-character quote and unbroken names, titles and translations inside 240px', async () => {
    const hostile = hostileQuote();
    for (const variant of ['block', 'pull'] as const) {
      const el = await render(html`<civic-quote style="inline-size: 240px" variant=${variant} .data=${hostile}></civic-quote>`);
      expect(overflowing(el), variant).to.deep.equal([]);
      expect(textOf(part(el, 'quote'))).to.have.length(20000);
    }
    const unknown = await render(html`<civic-quote style="inline-size: 240px" quote=${'z'.repeat(500)} .data=${hostile}></civic-quote>`);
    const empty = part(unknown, 'empty')!;
    expect(empty.scrollWidth).to.be.at.most(empty.clientWidth + 1);
  });

  it('makes the pull variant larger and centred', async () => {
    const block = await render(html`<civic-quote style="inline-size: 640px" .data=${quotesDocument()}></civic-quote>`);
    const pull = await render(html`<civic-quote style="inline-size: 640px" variant="pull" .data=${quotesDocument()}></civic-quote>`);
    const size = (el: CivicQuote): number => parseFloat(getComputedStyle(part(el, 'quote')!).fontSize);
    expect(size(pull)).to.be.greaterThan(size(block));
    expect(getComputedStyle(part(pull, 'figure')!).textAlign).to.equal('center');
    expect(pull.getAttribute('variant')).to.equal('pull');
  });
});

describe('civic-quote: which quote', () => {
  afterEach(() => setPageLanguage('en'));

  it('shows the quote named by quote="ID", and follows a change of it', async () => {
    const el = await render(html`<civic-quote quote="bohman" .data=${quotesDocument()}></civic-quote>`);
    expect(part(el, 'quote')!.lang).to.equal('sv');
    expect(textOf(part(el, 'quote'))).to.equal(BOHMAN_SV);
    expect(textOf(part(el, 'author'))).to.equal('Jan Bohman');
    el.quote = 'motto';
    await el.updateComplete;
    expect(textOf(part(el, 'quote'))).to.equal(MOTTO_NL);
    el.removeAttribute('quote');
    await el.updateComplete;
    expect(textOf(part(el, 'quote'))).to.equal(MOTTO_NL);
  });

  it('says so, naming the id, when the quote does not exist', async () => {
    const el = await render(html`<civic-quote quote="no-such-quote" .data=${quotesDocument()}></civic-quote>`);
    const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
    expect(empty.getAttribute('role')).to.equal('status');
    expect(textOf(empty)).to.contain('no-such-quote');
    expect(part(el, 'figure')).to.equal(null);
  });

  it('says so when the document has no quotes', async () => {
    const el = await render(html`<civic-quote .data=${{ version: 1, city: { name: 'Mechelen' } }}></civic-quote>`);
    const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
    expect(textOf(empty)).to.equal('This story has no quotes.');
  });

  // Needs the merged translations (xliff/fragments/quote.json): until then the message is English everywhere.
  it('gives the empty messages in the UI language', async () => {
    const messages = async (): Promise<string[]> => {
      const none = await render(html`<civic-quote .data=${{ version: 1 }}></civic-quote>`);
      const unknown = await render(html`<civic-quote quote="x" .data=${quotesDocument()}></civic-quote>`);
      return [textOf(none.shadowRoot), textOf(unknown.shadowRoot)];
    };
    const english = await messages();
    await setPageLanguage('nl');
    const dutch = await messages();
    expect(dutch[0]).not.to.equal(english[0]);
    expect(dutch[1]).not.to.equal(english[1]);
    expect(dutch[1]).to.contain('‘\u2068x\u2069’');
  });

  it('isolates an odd or right-to-left id in the message, so it cannot reorder the sentence', async () => {
    for (const id of ['מזהה-1', '<b>x</b> & "y"', ' motto']) {
      const el = await render(html`<civic-quote quote=${id} .data=${quotesDocument()}></civic-quote>`);
      const empty = part(el, 'empty')!;
      expect(empty.textContent).to.contain(`\u2068${id}\u2069`);
      expect(empty.querySelector('b')).to.equal(null);
    }
  });

  it('marks the empty message with the UI language when the element’s own lang asks for other content', async () => {
    const el = await render(html`<civic-quote lang="sv" .data=${{ version: 1 }}></civic-quote>`);
    const empty = part(el, 'empty')!;
    expect(textOf(empty)).to.equal('This story has no quotes.');
    expect(empty.closest('[lang]')?.getAttribute('lang')).to.equal('en');
  });

  it('loads the Mechelen sample by src and shows the motto on an English page', async () => {
    const { el, event } = await connectAndSettle('civic-quote', { src: sampleUrl('mechelen'), quote: 'motto' });
    expect(event.type).to.equal('civic-load');
    const quote = part(el, 'quote')!;
    expect(quote.localName).to.equal('blockquote');
    expect(quote.closest('figure')).to.exist;
    expect(quote.lang).to.equal('nl');
    expect(textOf(quote)).to.equal(MOTTO_NL);
    expect(textOf(part(el, 'caption'))).to.contain('Bart Somers');
    expect(part(el, 'translation')!.querySelector<HTMLElement>('.spoken')!.lang).to.equal('en');
    el.remove();
  });

  it('renders the Mechelen motto differently on en, nl, sv and ar pages', async () => {
    const document_ = await sample('mechelen');
    const views = new Set<string>();
    for (const page of ['en', 'nl', 'sv', 'ar']) {
      await setPageLanguage(page);
      const el = await render(html`<civic-quote quote="motto" .data=${document_}></civic-quote>`);
      expect(part(el, 'quote')!.lang, page).to.equal('nl');
      views.add(textOf(part(el, 'figure')));
    }
    expect(views.size).to.equal(4);
  });
});

describe('civic-quote: dark palette', () => {
  // The dark palette as a theme set through the tokens, on a dark page.
  const dark = `${themeStyle(DARK)}; background: ${DARK_PAGE}; color: ${DARK.text}`;

  it('passes axe (contrast included) in both variants, with the toggle up and down', async () => {
    for (const variant of ['block', 'pull']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style=${dark}><civic-quote translation="toggle" variant=${variant} .data=${quotesDocument()}></civic-quote></div>`,
      );
      const el = wrapper.querySelector('civic-quote')!;
      await el.updateComplete;
      await expect(wrapper, variant).to.be.accessible();
      part<HTMLButtonElement>(el, 'toggle')!.click();
      await el.updateComplete;
      await expect(wrapper, `${variant}, toggled`).to.be.accessible();
    }
  });
});
