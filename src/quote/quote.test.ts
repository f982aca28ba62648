// <civic-quote>: what a reader sees and what a screen reader gets, in Chromium and Firefox.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import './civic-quote.js';
import type { CivicQuote } from './quote.js';
import { quoteTexts } from './quote.js';
import type { StoryDocument } from '../schema/index.js';
import { sample, sampleUrl, setPageLanguage, settled, textOf } from '../../test/helpers.js';

const MOTTO_NL = 'Niet je afkomst, maar je toekomst telt.';
const MOTTO_EN = 'It is not your origin but your future that counts.';
const MOTTO_SV = 'Det är inte ditt ursprung utan din framtid som räknas.';
const MOTTO_AR = 'ليس أصلك بل مستقبلك هو ما يهم.';
const BOHMAN_SV = 'Det vore ju dumt av oss att inte ta tillvara på de kontakter, den kultur och den kunskap som finns hos dessa människor på ett begåvat sätt.';

/** A small document: a Dutch quote with translations, a Swedish one, and one in a language without CLDR marks here. */
function testDocument(): StoryDocument {
  return {
    version: 1,
    lang: 'nl',
    quotes: [
      {
        id: 'motto',
        lang: 'nl',
        text: { nl: MOTTO_NL, en: MOTTO_EN, sv: MOTTO_SV, ar: MOTTO_AR },
        author: { name: 'Bart Somers', role: { nl: 'burgemeester van Mechelen', en: 'Mayor of Mechelen' } },
        date: '2019-03',
        sources: ['kis'],
      },
      {
        id: 'bohman',
        lang: 'sv',
        text: { sv: BOHMAN_SV, en: 'It would be foolish of us not to make good use of the contacts, the culture and the knowledge these people have.' },
        author: { name: 'Jan Bohman', role: { sv: 'internationella avdelningen, Borlänge kommun' } },
        sources: ['icld'],
      },
      {
        id: 'plain',
        text: 'Samen leven in diversiteit is onze nieuwe realiteit.',
        author: { name: 'Bart Somers' },
      },
    ],
    sources: [
      { id: 'kis', title: 'Beste burgemeester ter wereld', publisher: 'Kennisplatform Inclusief Samenleven', url: 'https://example.org/kis', lang: 'nl' },
      { id: 'icld', title: 'Olikheter i Borlänge skapar partnerskap med globala mål', publisher: 'ICLD', lang: 'sv' },
    ],
  } as StoryDocument;
}

/** A one-quote document in a given language, for the quotation marks. */
const quoteIn = (lang: string, text: string): StoryDocument =>
  ({ version: 1, quotes: [{ id: 'q', lang, text: { [lang]: text }, author: { name: 'A. Speaker' } }] }) as StoryDocument;

async function render(template: TemplateResult): Promise<CivicQuote> {
  const el = await fixture<CivicQuote>(template);
  await el.updateComplete;
  return el;
}

const part = <T extends Element = HTMLElement>(el: CivicQuote, name: string): T | null => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const shown = (node: Element | null): boolean => !!node && node.getClientRects().length > 0;

/** The strings of a computed `quotes` value: open, close, nested open, nested close. */
function quoteMarks(element: Element): string[] {
  return [...getComputedStyle(element).quotes.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? '');
}

describe('civic-quote: structure', () => {
  it('renders a figure with the blockquote, and a figcaption with author, role, date and a linked cite', async () => {
    const el = await render(html`<civic-quote .data=${testDocument()}></civic-quote>`);
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

  it('cites a source without a URL as plain text', async () => {
    const el = await render(html`<civic-quote quote="bohman" .data=${testDocument()}></civic-quote>`);
    const cite = part(el, 'source')!.querySelector('cite')!;
    expect(cite.textContent).to.equal('Olikheter i Borlänge skapar partnerskap med globala mål');
    expect(cite.closest('a')).to.equal(null);
    expect(part(el, 'quote')!.hasAttribute('cite')).to.equal(false);
  });

  it('has no default slot once a document renders, so the light-DOM fallback is not shown', async () => {
    const el = await render(html`<civic-quote .data=${testDocument()}><blockquote><p>Fallback words</p></blockquote></civic-quote>`);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    const light = el.querySelector('blockquote')!;
    expect(light.assignedSlot).to.equal(null);
    expect(shown(light)).to.equal(false);
  });

  it('reads an inline JSON document, and then does not show the fallback beside it', async () => {
    const el = await render(
      html`<civic-quote quote="bohman"
        ><script type="application/json">
          ${JSON.stringify(testDocument())}
        </script
        ><blockquote><p>Fallback words</p></blockquote></civic-quote
      >`,
    );
    expect(textOf(part(el, 'quote'))).to.equal(BOHMAN_SV);
    expect(shown(el.querySelector('blockquote'))).to.equal(false);
  });

  it('reports civic-load, and shows an invalid document as an alert', async () => {
    const el = document.createElement('civic-quote');
    el.data = testDocument();
    const loaded = oneEvent(el, 'civic-load');
    document.body.append(el);
    expect((await loaded).detail.document.quotes).to.have.length(3);
    const failed = oneEvent(el, 'civic-error');
    el.data = { version: 2 };
    await failed;
    expect(el.shadowRoot!.querySelector('[role="alert"][part="error"]')).to.exist;
    el.remove();
  });

  it('fits a 240px column without overflowing, in both variants', async () => {
    for (const variant of ['block', 'pull'] as const) {
      const el = await render(html`<civic-quote style="inline-size: 240px" variant=${variant} .data=${testDocument()}></civic-quote>`);
      const figure = part(el, 'figure')!;
      expect(figure.scrollWidth, variant).to.be.at.most(figure.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.equal(240);
    }
  });

  it('wraps a 20,000-character quote and unbroken names, titles and translations inside 240px', async () => {
    const hostile = {
      version: 1,
      quotes: [
        {
          id: 'long',
          lang: 'nl',
          text: { nl: 'x'.repeat(20000), en: 'y'.repeat(400) },
          author: { name: 'N'.repeat(200), role: { en: 'R'.repeat(200) } },
          context: { en: 'C'.repeat(200) },
          sources: ['s'],
        },
      ],
      sources: [{ id: 's', title: 'T'.repeat(200), publisher: 'P'.repeat(200), url: `https://example.org/${'u'.repeat(200)}` }],
    } as StoryDocument;
    for (const variant of ['block', 'pull'] as const) {
      const el = await render(html`<civic-quote style="inline-size: 240px" variant=${variant} .data=${hostile}></civic-quote>`);
      const right = el.getBoundingClientRect().right;
      const figure = part(el, 'figure')!;
      const outside = [figure, ...figure.querySelectorAll('*')]
        .filter((node) => node.getBoundingClientRect().right > right + 1)
        .map((node) => node.localName + (node.className ? `.${node.className}` : ''));
      expect(outside, variant).to.deep.equal([]);
      expect(textOf(part(el, 'quote'))).to.have.length(20000);
    }
    const unknown = await render(html`<civic-quote style="inline-size: 240px" quote=${'z'.repeat(500)} .data=${hostile}></civic-quote>`);
    const empty = part(unknown, 'empty')!;
    expect(empty.scrollWidth).to.be.at.most(empty.clientWidth + 1);
  });

  it('makes the pull variant larger and centred', async () => {
    const block = await render(html`<civic-quote style="inline-size: 640px" .data=${testDocument()}></civic-quote>`);
    const pull = await render(html`<civic-quote style="inline-size: 640px" variant="pull" .data=${testDocument()}></civic-quote>`);
    const size = (el: CivicQuote): number => parseFloat(getComputedStyle(part(el, 'quote')!).fontSize);
    expect(size(pull)).to.be.greaterThan(size(block));
    expect(getComputedStyle(part(pull, 'figure')!).textAlign).to.equal('center');
    expect(pull.getAttribute('variant')).to.equal('pull');
  });
});

describe('civic-quote: languages', () => {
  afterEach(() => setPageLanguage('en'));

  const pages = [
    { page: 'en', translation: { lang: 'en', text: MOTTO_EN }, role: 'en' },
    { page: 'nl', translation: undefined, role: 'nl' },
    { page: 'sv', translation: { lang: 'sv', text: MOTTO_SV }, role: 'nl' },
    { page: 'ar', translation: { lang: 'ar', text: MOTTO_AR }, role: 'nl' },
  ];
  for (const { page, translation, role } of pages) {
    it(`marks the original and the translation with their languages on a "${page}" page`, async () => {
      await setPageLanguage(page);
      const el = await render(html`<civic-quote .data=${testDocument()}></civic-quote>`);
      const quote = part(el, 'quote')!;
      expect(quote.lang).to.equal('nl');
      expect(textOf(quote)).to.equal(MOTTO_NL);
      expect(getComputedStyle(quote).direction).to.equal('ltr');
      const shownTranslation = part(el, 'translation');
      if (translation) {
        const text = shownTranslation!.querySelector<HTMLElement>('.spoken')!;
        expect(text.lang).to.equal(translation.lang);
        expect(textOf(text)).to.equal(translation.text);
        expect(getComputedStyle(text).direction).to.equal(translation.lang === 'ar' ? 'rtl' : 'ltr');
        // The label is in the UI language (not marked as Dutch or as the translation's language).
        const label = part(el, 'translation-label')!;
        expect(label.closest('[lang]')).to.equal(null);
        expect(textOf(label)).to.contain(new Intl.DisplayNames([page], { type: 'language' }).of('nl'));
      } else {
        expect(shownTranslation).to.equal(null);
        expect(part(el, 'translation-label')).to.equal(null);
      }
      expect(el.shadowRoot!.querySelector('.role')!.getAttribute('lang')).to.equal(role);
    });
  }

  it('labels a translation differently per UI language (Dutch on en, sv and ar pages)', async () => {
    const labels: string[] = [];
    for (const page of ['en', 'sv', 'ar']) {
      await setPageLanguage(page);
      const el = await render(html`<civic-quote .data=${testDocument()}></civic-quote>`);
      labels.push(textOf(part(el, 'translation-label')));
    }
    expect(labels[0]).to.equal('Translation from Dutch');
    expect(new Set(labels).size).to.equal(3);
  });

  it('follows the element’s own lang for the content, and keeps its labels in the UI language', async () => {
    const el = await render(html`<civic-quote lang="sv" .data=${testDocument()}></civic-quote>`);
    const text = part(el, 'translation')!.querySelector<HTMLElement>('.spoken')!;
    expect(text.lang).to.equal('sv');
    expect(textOf(text)).to.equal(MOTTO_SV);
    expect(part(el, 'figure')!.lang).to.equal('en');
    // The original keeps its own language inside the English-labelled figure.
    expect(part(el, 'quote')!.lang).to.equal('nl');
  });

  it('offers no translation to a reader of the original language, and names the language when it has none', async () => {
    await setPageLanguage('fr');
    const el = await render(html`<civic-quote .data=${testDocument()}></civic-quote>`);
    expect(part(el, 'translation')).to.equal(null);
    // No French text: the reader is told which language the quote is in ("néerlandais").
    expect(textOf(part(el, 'language-note'))).to.contain('néerlandais');
    await setPageLanguage('nl');
    await el.updateComplete;
    expect(part(el, 'language-note')).to.equal(null);
  });

  it('takes a plain-string text as the original, in the document’s language', async () => {
    const el = await render(html`<civic-quote quote="plain" .data=${testDocument()}></civic-quote>`);
    expect(part(el, 'quote')!.lang).to.equal('nl');
    expect(part(el, 'translation')).to.equal(null);
  });

  it('works out the original and the translation as a pure function', () => {
    const [motto, , plain] = testDocument().quotes!;
    expect(quoteTexts(motto!, 'nl', ['en-GB', 'en'])).to.deep.equal({
      original: { text: MOTTO_NL, lang: 'nl' },
      translation: { text: MOTTO_EN, lang: 'en' },
    });
    expect(quoteTexts(motto!, 'nl', ['nl-BE', 'nl'])?.translation).to.equal(undefined);
    // A preference without a translation gives way to the next one.
    expect(quoteTexts(motto!, 'nl', ['fi', 'sv'])?.translation?.lang).to.equal('sv');
    // The original is the quote's own language even where the document's differs.
    expect(quoteTexts({ ...plain!, lang: 'nl' }, 'en', ['en'])).to.deep.equal({
      original: { text: plain!.text, lang: 'nl' },
      translation: undefined,
    });
    // Without any language information, the first text is the original.
    expect(quoteTexts({ id: 'x', text: { de: 'Hallo', en: 'Hello' }, author: { name: 'X' } }, undefined, ['en'])).to.deep.equal({
      original: { text: 'Hallo', lang: 'de' },
      translation: { text: 'Hello', lang: 'en' },
    });
  });
});

describe('civic-quote: translation modes', () => {
  it('shows the translation under the original by default', async () => {
    const el = await render(html`<civic-quote .data=${testDocument()}></civic-quote>`);
    expect(el.getAttribute('translation')).to.equal('shown');
    expect(shown(part(el, 'quote'))).to.equal(true);
    expect(shown(part(el, 'translation'))).to.equal(true);
    expect(part(el, 'toggle')).to.equal(null);
    const figure = part(el, 'figure')!;
    // Original first, then the translation, then the caption.
    expect([...figure.children].map((child) => child.localName)).to.deep.equal(['blockquote', 'div', 'figcaption']);
  });

  it('leaves the translation out when hidden', async () => {
    const el = await render(html`<civic-quote translation="hidden" .data=${testDocument()}></civic-quote>`);
    expect(part(el, 'translation')).to.equal(null);
    expect(part(el, 'toggle')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain(MOTTO_EN);
    expect(textOf(part(el, 'language-note'))).to.contain('Dutch');
  });

  it('switches between original and translation with a toggle button (aria-pressed)', async () => {
    const el = await render(html`<civic-quote translation="toggle" .data=${testDocument()}></civic-quote>`);
    const toggle = part<HTMLButtonElement>(el, 'toggle')!;
    expect(toggle.localName).to.equal('button');
    expect(toggle.type).to.equal('button');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(textOf(toggle)).to.equal('Show in English');
    expect(shown(part(el, 'quote'))).to.equal(true);
    expect(shown(part(el, 'translation'))).to.equal(false);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // The name stays the same; the pressed state says what is shown.
    expect(textOf(toggle)).to.equal('Show in English');
    expect(shown(part(el, 'quote'))).to.equal(false);
    expect(shown(part(el, 'translation'))).to.equal(true);
    expect(part(el, 'translation')!.querySelector<HTMLElement>('.spoken')!.lang).to.equal('en');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(shown(part(el, 'quote'))).to.equal(true);
  });

  it('toggles from the keyboard, with Enter and Space', async () => {
    const el = await render(html`<civic-quote translation="toggle" .data=${testDocument()}></civic-quote>`);
    const toggle = part<HTMLButtonElement>(el, 'toggle')!;
    toggle.focus();
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    // A button activates on Space at keyup; under load Firefox reports the key before the click lands.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggle.getAttribute('aria-pressed') === 'true', 'Enter presses the toggle');
    await sendKeys({ press: ' ' });
    await waitUntil(() => toggle.getAttribute('aria-pressed') === 'false', 'Space releases the toggle');
    // Focus stays on the button.
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('offers no toggle when there is nothing to translate', async () => {
    await setPageLanguage('nl');
    try {
      const el = await render(html`<civic-quote translation="toggle" .data=${testDocument()}></civic-quote>`);
      expect(part(el, 'toggle')).to.equal(null);
      expect(shown(part(el, 'quote'))).to.equal(true);
    } finally {
      await setPageLanguage('en');
    }
  });

  it('prints both texts without the button, in a browser that can emulate print', async function () {
    const el = await render(html`<civic-quote translation="toggle" .data=${testDocument()}></civic-quote>`);
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip();
    }
    try {
      expect(shown(part(el, 'quote'))).to.equal(true);
      expect(shown(part(el, 'translation'))).to.equal(true);
      expect(shown(part(el, 'toggle'))).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints the original and the translation, without the button', async () => {
    const el = await render(html`<civic-quote translation="toggle" .data=${testDocument()}></civic-quote>`);
    // The print rules are in the styles; check they exist rather than emulating print in both browsers.
    const rules = (el.shadowRoot!.adoptedStyleSheets.length ? el.shadowRoot!.adoptedStyleSheets : [...el.shadowRoot!.styleSheets])
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
    const text = rules.map((rule) => rule.cssText).join('\n');
    expect(text).to.contain('.toggle');
    expect(text).to.match(/\[hidden\]\.translation/);
  });
});

describe('civic-quote: which quote', () => {
  afterEach(() => setPageLanguage('en'));

  it('shows the quote named by quote="ID", and follows a change of it', async () => {
    const el = await render(html`<civic-quote quote="bohman" .data=${testDocument()}></civic-quote>`);
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
    const el = await render(html`<civic-quote quote="no-such-quote" .data=${testDocument()}></civic-quote>`);
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
      const unknown = await render(html`<civic-quote quote="x" .data=${testDocument()}></civic-quote>`);
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
      const el = await render(html`<civic-quote quote=${id} .data=${testDocument()}></civic-quote>`);
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
    const el = document.createElement('civic-quote');
    el.src = sampleUrl('mechelen');
    el.quote = 'motto';
    const event = settled(el);
    document.body.append(el);
    expect((await event).type).to.equal('civic-load');
    await el.updateComplete;
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
    el.data = testDocument();
    await el.updateComplete;
    const light = el.querySelector('blockquote')!;
    expect(light.assignedSlot).to.equal(null);
    expect(shown(light)).to.equal(false);
    expect(part(el, 'quote')!.localName).to.equal('blockquote');
  });

  it('shows the light-DOM quote again when the document is removed, or the inline JSON', async () => {
    const el = await render(html`<civic-quote .data=${testDocument()}>${lightQuote}</civic-quote>`);
    const light = el.querySelector('blockquote')!;
    expect(shown(light)).to.equal(false);
    el.data = undefined;
    await el.updateComplete;
    expect(light.assignedSlot).to.equal(el.shadowRoot!.querySelector('slot'));
    expect(shown(light)).to.equal(true);
    expect(part(el, 'quote')).to.equal(null);

    const inline = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(testDocument()) });
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
    // With a document, the element's own palette again.
    el.data = testDocument();
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'quote')!).color).not.to.equal('rgb(40, 20, 10)');
  });

  it('keeps a blog theme’s grey blockquote readable when the system is dark (where the browser can emulate it)', async function () {
    const theme = Object.assign(document.createElement('style'), { textContent: 'blockquote.themed { color: #555; font-style: italic }' });
    document.head.append(theme);
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch {
      theme.remove();
      this.skip();
    }
    try {
      const el = await render(html`<civic-quote><blockquote class="themed"><p>${MOTTO_NL}</p></blockquote><p>— Bart Somers</p></civic-quote>`);
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
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

  it('hides the fallback while a src loads and after it loaded', async () => {
    const el = document.createElement('civic-quote');
    el.src = sampleUrl('mechelen');
    el.append(Object.assign(document.createElement('blockquote'), { textContent: MOTTO_NL }));
    const event = settled(el);
    document.body.append(el);
    await el.updateComplete;
    expect(shown(el.querySelector('blockquote'))).to.equal(false);
    await event;
    await el.updateComplete;
    expect(shown(el.querySelector('blockquote'))).to.equal(false);
    el.remove();
  });
});

describe('civic-quote: quotation marks', () => {
  const expected: Record<string, string[]> = {
    en: ['\u201C', '\u201D', '\u2018', '\u2019'],
    nl: ['\u201C', '\u201D', '\u2018', '\u2019'],
    de: ['\u201E', '\u201C', '\u201A', '\u2018'],
    sv: ['\u201D', '\u201D', '\u2019', '\u2019'],
    fr: ['\u00AB\u202F', '\u202F\u00BB', '\u201C', '\u201D'],
    ar: ['\u201D', '\u201C', '\u2019', '\u2018'],
  };
  for (const [lang, marks] of Object.entries(expected)) {
    it(`uses ${marks[0]}…${marks[1]} for a quote in "${lang}", as decoration screen readers skip`, async () => {
      const el = await render(html`<civic-quote .data=${quoteIn(lang, 'Words')}></civic-quote>`);
      const quote = part(el, 'quote')!;
      expect(quote.lang).to.equal(lang);
      expect(quoteMarks(quote)).to.deep.equal(marks);
      const paragraph = quote.querySelector('p')!;
      const before = getComputedStyle(paragraph, '::before').content;
      const after = getComputedStyle(paragraph, '::after').content;
      // Generated by CSS from `quotes`, with empty alternative text: not part of the text, not spoken.
      expect(before).to.match(/^open-quote\s*\/\s*""$/);
      expect(after).to.match(/^close-quote\s*\/\s*""$/);
      expect(paragraph.textContent).to.equal('Words');
    });
  }

  it('marks regional tags by their language (de-CH, en-GB)', async () => {
    const swiss = await render(html`<civic-quote .data=${quoteIn('de-CH', 'Worte')}></civic-quote>`);
    expect(quoteMarks(part(swiss, 'quote')!)[0]).to.equal('\u201E');
    const british = await render(html`<civic-quote .data=${quoteIn('en-GB', 'Words')}></civic-quote>`);
    expect(quoteMarks(part(british, 'quote')!)[0]).to.equal('\u201C');
  });

  it('leaves other languages to the browser’s own marks', async () => {
    const el = await render(html`<civic-quote .data=${quoteIn('es', 'Palabras')}></civic-quote>`);
    expect(getComputedStyle(part(el, 'quote')!).quotes).to.equal('auto');
  });

  it('gives the translation the marks of its own language', async () => {
    await setPageLanguage('sv');
    try {
      const el = await render(html`<civic-quote .data=${testDocument()}></civic-quote>`);
      expect(quoteMarks(part(el, 'quote')!)[0]).to.equal('\u201C');
      expect(quoteMarks(part(el, 'translation')!.querySelector('.spoken')!)[0]).to.equal('\u201D');
    } finally {
      await setPageLanguage('en');
    }
  });

  it('puts the marks around a quote of several paragraphs, not around each', async () => {
    const el = await render(html`<civic-quote .data=${quoteIn('en', 'First paragraph.\n\nSecond paragraph.')}></civic-quote>`);
    const [first, second] = [...part(el, 'quote')!.querySelectorAll('p')];
    expect(getComputedStyle(first!, '::before').content).to.match(/^open-quote/);
    expect(getComputedStyle(first!, '::after').content).to.equal('none');
    expect(getComputedStyle(second!, '::before').content).to.equal('none');
    expect(getComputedStyle(second!, '::after').content).to.match(/^close-quote/);
  });
});

describe('civic-quote: dark palette', () => {
  const dark =
    '--civic-text: #e4e7eb; --civic-muted: #b3bcc6; --civic-surface: #1b222b; --civic-border: #4b5866; --civic-accent: #93b4fd; --civic-accent-text: #0b1220; --civic-focus: #93b4fd; background: #0f141a; color: #e4e7eb';

  it('passes axe (contrast included) in both variants, with the toggle up and down', async () => {
    for (const variant of ['block', 'pull']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style=${dark}><civic-quote translation="toggle" variant=${variant} .data=${testDocument()}></civic-quote></div>`,
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

describe('civic-quote: accessibility (axe) for each variant and state in each locale', () => {
  afterEach(() => setPageLanguage('en'));

  const slowSample = `/__test__/slow?ms=2000&file=${encodeURIComponent(sampleUrl('mechelen'))}`;
  const states: Record<string, () => TemplateResult> = {
    shown: () => html`<civic-quote .data=${testDocument()}></civic-quote>`,
    toggle: () => html`<civic-quote translation="toggle" .data=${testDocument()}></civic-quote>`,
    hidden: () => html`<civic-quote translation="hidden" .data=${testDocument()}></civic-quote>`,
    'no url': () => html`<civic-quote quote="bohman" .data=${testDocument()}></civic-quote>`,
    'light DOM': () => html`<civic-quote><blockquote lang="nl"><p>${MOTTO_NL}</p></blockquote><p>— Bart Somers</p></civic-quote>`,
    empty: () => html`<civic-quote .data=${{ version: 1 }}></civic-quote>`,
    unknown: () => html`<civic-quote quote="nope" .data=${testDocument()}></civic-quote>`,
    error: () => html`<civic-quote .data=${{ version: 2 }}></civic-quote>`,
    loading: () => html`<civic-quote src=${slowSample}></civic-quote>`,
  };

  for (const locale of ['en', 'nl', 'sv', 'fr', 'de', 'ar']) {
    it(`passes axe in "${locale}"`, async function () {
      this.timeout(120000);
      await setPageLanguage(locale);
      for (const variant of ['block', 'pull']) {
        for (const [name, template] of Object.entries(states)) {
          const el = await render(template());
          el.variant = variant as CivicQuote['variant'];
          await el.updateComplete;
          try {
            await expect(el, `${variant}, ${name}`).to.be.accessible();
          } catch (error) {
            throw new Error(`${variant}, ${name}: ${(error as Error).message}`, { cause: error });
          }
          if (name === 'toggle') {
            part<HTMLButtonElement>(el, 'toggle')?.click();
            await el.updateComplete;
            await expect(el, `${variant}, toggled`).to.be.accessible();
          }
          el.remove();
        }
      }
      await aTimeout(0);
    });
  }
});
