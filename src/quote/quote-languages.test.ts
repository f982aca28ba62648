// <civic-quote>: the languages of the original, the translation and the labels, and the quotation marks.
import { expect, html } from '@open-wc/testing';
import './civic-quote.js';
import { quoteTexts } from './quote.js';
import { MOTTO_AR, MOTTO_EN, MOTTO_NL, MOTTO_SV, quoteIn, quotesDocument } from '../../test/fixtures/documents.js';
import { setPageLanguage, textOf } from '../../test/helpers.js';
import { render, part, quoteMarks } from './test/helpers.js';

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
      const el = await render(html`<civic-quote .data=${quotesDocument()}></civic-quote>`);
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
      const el = await render(html`<civic-quote .data=${quotesDocument()}></civic-quote>`);
      labels.push(textOf(part(el, 'translation-label')));
    }
    expect(labels[0]).to.equal('Translation from Dutch');
    expect(new Set(labels).size).to.equal(3);
  });

  it('follows the element’s own lang for the content, and keeps its labels in the UI language', async () => {
    const el = await render(html`<civic-quote lang="sv" .data=${quotesDocument()}></civic-quote>`);
    const text = part(el, 'translation')!.querySelector<HTMLElement>('.spoken')!;
    expect(text.lang).to.equal('sv');
    expect(textOf(text)).to.equal(MOTTO_SV);
    expect(part(el, 'figure')!.lang).to.equal('en');
    // The original keeps its own language inside the English-labelled figure.
    expect(part(el, 'quote')!.lang).to.equal('nl');
  });

  it('offers no translation to a reader of the original language, and names the language when it has none', async () => {
    await setPageLanguage('fr');
    const el = await render(html`<civic-quote .data=${quotesDocument()}></civic-quote>`);
    expect(part(el, 'translation')).to.equal(null);
    // No French text: the reader is told which language the quote is in ("néerlandais").
    expect(textOf(part(el, 'language-note'))).to.contain('néerlandais');
    await setPageLanguage('nl');
    await el.updateComplete;
    expect(part(el, 'language-note')).to.equal(null);
  });

  it('takes a plain-string text as the original, in the document’s language', async () => {
    const el = await render(html`<civic-quote quote="plain" .data=${quotesDocument()}></civic-quote>`);
    expect(part(el, 'quote')!.lang).to.equal('nl');
    expect(part(el, 'translation')).to.equal(null);
  });

  it('works out the original and the translation as a pure function', () => {
    const [motto, , plain] = quotesDocument().quotes!;
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
      const el = await render(html`<civic-quote .data=${quotesDocument()}></civic-quote>`);
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
