// <civic-city-profile>: the languages of content and labels.
import { expect, fixture, html } from '@open-wc/testing';
import './civic-city-profile.js';
import { cityWithEverything } from '../../test/fixtures/documents.js';
import { resetPage, sample, setPageLanguage, textOf } from '../../test/helpers.js';
import { root, heading, groups, terms, group, values, profile } from './test/helpers.js';

afterEach(resetPage);

describe('civic-city-profile: languages of content', () => {
  it('marks content text with its language', async () => {
    const el = await profile(await sample('mechelen'));
    expect(root(el).querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('en');
    // The name is a plain string in the document's language.
    expect(heading(el).getAttribute('lang')).to.equal('nl');
    await setPageLanguage('nl');
    expect(root(el).querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('nl');
    // A label the document has only in Swedish and English, on a Dutch page: the Swedish original.
    const trust = groups(el).at(-1)!;
    expect(trust.querySelector('dt')!.getAttribute('lang')).to.equal('sv');
    expect(textOf(trust.querySelector('dt'))).to.equal('invånarnas tillit till det politiska styret');
    expect(trust.querySelector('[part="value"]')!.getAttribute('lang')).to.equal('sv');
    // Numbers are written in the page's language, so they carry no lang of their own.
    expect(groups(el)[0]!.querySelector('[part="value"]')!.hasAttribute('lang')).to.equal(false);
    await setPageLanguage('sv');
    const cameras = groups(el)[5]!;
    expect(cameras.querySelector('[part="note"]')!.getAttribute('lang')).to.equal('sv');
  });

  it('prefers the element’s own lang for content, and keeps its labels in the page language', async () => {
    const el = await profile(await sample('vasteras'), { lang: 'sv' });
    expect(root(el).querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('sv');
    expect(textOf(root(el).querySelector('[part="summary"]'))).to.contain('Segregationen ökar');
    // The card's own labels are English (the page's language), and say so.
    expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('en');
    expect(textOf(root(el).querySelector('[part="place"]'))).to.equal('Sweden');
  });

  it('marks its labels with the UI language, also inside a region in another language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><civic-city-profile></civic-city-profile></div>`);
    const el = wrapper.querySelector('civic-city-profile')!;
    el.data = await sample('borlange');
    await el.updateComplete;
    expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('en');
    expect(heading(el).getAttribute('lang')).to.equal('sv');
    await setPageLanguage('nl');
    expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('nl');
  });

  it('gives plain text of unknown language the element’s own lang', async () => {
    const el = await profile({ version: 1, city: { name: 'Borlänge', summary: 'En bruksort.' } }, { lang: 'sv' });
    expect(root(el).querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('sv');
    const plain = await profile({ version: 1, city: { name: 'Borlänge', summary: 'En bruksort.' } });
    expect(root(plain).querySelector('[part="summary"]')!.hasAttribute('lang')).to.equal(false);
  });
});

describe('civic-city-profile: translated labels (need the merged translations)', () => {
  it('gives kinds, approximations, dates and the empty message in the page language', async () => {
    const el = await profile(cityWithEverything());
    const noCity = await profile({ version: 1 });
    const read = (): string[] => [
      // Area: French writes Population as English does.
      textOf(groups(el)[1]!.querySelector('dt')),
      values(group(el, terms(el)[5]!)).join(),
      textOf(groups(el)[0]!.querySelector('[part="as-of"]')),
      textOf(root(el).querySelector('[part="leader"] .leader-term')),
      textOf(root(el).querySelector('h3')),
      textOf(root(noCity).querySelector('[part="empty"]')),
    ];
    const english = read();
    expect(english).to.deep.equal(['Area', 'about 400', 'as of October 2016', 'since 2001', 'Key figures', 'This story has no city profile.']);
    for (const locale of ['nl', 'sv', 'fr', 'de', 'ar']) {
      await setPageLanguage(locale);
      const translated = read();
      english.forEach((text, index) => expect(translated[index], `${locale}: ${text}`).not.to.equal(text));
    }
  });
});

describe('civic-city-profile: following the language around it', () => {
  it('follows a lang change on any ancestor, after it was connected', async () => {
    const outer = document.createElement('div');
    outer.dataset['testBox'] = '';
    const inner = document.createElement('section');
    outer.append(inner);
    document.body.append(outer);
    const el = document.createElement('civic-city-profile');
    el.data = await sample('mechelen');
    inner.append(el);
    await el.updateComplete;
    const card = (): HTMLElement => root(el).querySelector<HTMLElement>('[part="card"]')!;
    // An English page and no other lang around: the labels need no lang of their own.
    expect(card().hasAttribute('lang')).to.be.false;
    outer.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    // Now inside Dutch text, the English labels say they are English.
    expect(card().getAttribute('lang')).to.equal('en');
    inner.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(card().hasAttribute('lang')).to.be.false;
    inner.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(card().getAttribute('lang')).to.equal('en');
  });
});
