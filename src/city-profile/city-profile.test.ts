// <civic-city-profile>: what a reader sees of the card: heading, place, leader, image, summary, links,
// variants, the facts attribute and loading by src.
import { expect, fixture, html } from '@open-wc/testing';
import './civic-city-profile.js';
import type { CivicCityProfile } from './city-profile.js';
import { requestedKinds } from './city-profile.js';
import { headingLevel } from '../ui/heading.js';
import { cityWithEverything } from '../../test/fixtures/documents.js';
import { connectAndSettle, resetPage, sample, sampleUrl, setPageLanguage, settled, textOf } from '../../test/helpers.js';
import { root, heading, groups, terms, group, values, sourceItems, profile } from './test/helpers.js';

afterEach(resetPage);

describe('civic-city-profile: heading', () => {
  it('names the card with the city at level 2 by default', async () => {
    const el = await profile(await sample('mechelen'));
    const h = heading(el);
    expect(h.localName).to.equal('h2');
    expect(textOf(h)).to.equal('Mechelen');
    const card = root(el).querySelector('article[part="card"]')!;
    expect(card.getAttribute('aria-labelledby')).to.equal(h.id);
    // The sections are not landmarks: a page with three cards does not get three "Key figures" regions.
    for (const section of root(el).querySelectorAll('section')) {
      expect(section.hasAttribute('aria-labelledby') || section.hasAttribute('aria-label')).to.equal(false);
    }
    // The sub-headings sit one level below.
    expect([...root(el).querySelectorAll('h3')].map(textOf)).to.deep.equal(['Key figures', 'Sources']);
  });

  it('follows heading-level, and keeps a valid level for nonsense', async () => {
    const el = await profile(await sample('mechelen'), { level: 4 });
    expect(heading(el).localName).to.equal('h4');
    expect(root(el).querySelectorAll('h5')).to.have.length(2);
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(heading(el).localName).to.equal('h6');
    expect(root(el).querySelectorAll('h6')).to.have.length(3);
    el.setAttribute('heading-level', 'x');
    await el.updateComplete;
    expect(heading(el).localName).to.equal('h2');
    // Only the whole numbers 2 to 6; anything else is the card's default, 2.
    expect([headingLevel(1, 2), headingLevel(3.2, 2), headingLevel(9, 2), headingLevel(undefined, 2), headingLevel('constructor', 2), headingLevel('5', 2)]).to.deep.equal([
      2, 2, 2, 2, 2, 5,
    ]);
    el.headingLevel = 'constructor' as never;
    await el.updateComplete;
    expect(heading(el).localName).to.equal('h2');
  });

  it('shows region and the country named in the page language', async () => {
    const el = await profile(cityWithEverything());
    expect(textOf(root(el).querySelector('[part="place"]'))).to.equal('Flanders, Belgium');
    await setPageLanguage('nl');
    expect(textOf(root(el).querySelector('[part="place"]'))).to.equal('Vlaanderen, België');
    await setPageLanguage('sv');
    expect(textOf(root(el).querySelector('[part="place"]'))).to.contain('Belgien');
    await setPageLanguage('ar');
    const country = new Intl.DisplayNames(['ar'], { type: 'region' }).of('BE')!;
    expect(textOf(root(el).querySelector('[part="place"]'))).to.contain(country);
  });
});

describe('civic-city-profile: the rest of the card', () => {
  it('shows the leader with role and term', async () => {
    const el = await profile(cityWithEverything());
    const leader = root(el).querySelector('[part="leader"]')!;
    expect(textOf(leader)).to.equal('Bart Somers, Mayor, since 2001');
    expect(leader.querySelector('time')!.getAttribute('datetime')).to.equal('2001');
    expect(leader.querySelector('.leader-role')!.getAttribute('lang')).to.equal('en');
  });

  it('shows the image lazily, with its alt text, language and credit', async () => {
    const el = await profile(cityWithEverything());
    const img = root(el).querySelector('[part="image"] img') as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal('The Grote Markt');
    expect(img.getAttribute('lang')).to.equal('en');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(textOf(root(el).querySelector('[part="credit"]'))).to.equal('City of Mechelen');
    // The space is reserved before the image loads (the document gives no size).
    expect(img.getBoundingClientRect().height).to.be.greaterThan(50);
  });

  it('shows the summary as paragraphs and the links', async () => {
    const el = await profile(cityWithEverything());
    expect([...root(el).querySelectorAll('[part="summary"] p')].map(textOf)).to.deep.equal(['A city in Flanders.', 'It is young.']);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="links"] a')!;
    expect(textOf(link)).to.equal('City website');
    expect(link.getAttribute('href')).to.equal('https://www.mechelen.be/');
  });
});

describe('civic-city-profile: more of what a reader sees', () => {
  it('marks the leader’s term with a <time> for each date', async () => {
    const document = cityWithEverything();
    document.city!.leader = { name: 'Bart Somers', role: { en: 'Mayor' }, since: '2001', until: '2024-12' };
    const el = await profile(document);
    const leader = root(el).querySelector('[part="leader"]')!;
    expect(textOf(leader)).to.equal('Bart Somers, Mayor, from 2001 to December 2024');
    expect([...leader.querySelectorAll('time')].map((time) => [time.dateTime, textOf(time)])).to.deep.equal([
      ['2001', '2001'],
      ['2024-12', 'December 2024'],
    ]);
    await setPageLanguage('nl');
    expect(textOf(leader.querySelector('.leader-term'))).to.equal('van 2001 tot december 2024');
    expect([...leader.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal(['2001', '2024-12']);
  });

  it('keeps “about” for a text figure in another language, each part marked with its language', async () => {
    const document = cityWithEverything();
    document.city!.facts = [{ label: { en: 'volunteers' }, value: { sv: 'flera hundra' }, approx: 'about' }];
    const el = await profile(document);
    const value = root(el).querySelector('[part="value"]')!;
    expect(textOf(value)).to.equal('about flera hundra');
    expect(value.hasAttribute('lang')).to.equal(false);
    const original = value.querySelector('span[lang]')!;
    expect([original.getAttribute('lang'), textOf(original)]).to.deep.equal(['sv', 'flera hundra']);
    await setPageLanguage('nl');
    expect(textOf(root(el).querySelector('[part="value"]'))).to.equal('ongeveer flera hundra');
  });

  it('gives plain text of unknown language the language of the page region it stands in', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="sv"><civic-city-profile></civic-city-profile></div>`);
    const el = wrapper.querySelector('civic-city-profile')!;
    el.data = { version: 1, city: { name: 'Borlänge', summary: 'En bruksort.' } };
    await el.updateComplete;
    expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('en');
    expect(heading(el).getAttribute('lang')).to.equal('sv');
    expect(root(el).querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('sv');
  });

  it('sets a right-to-left name right to left on a left-to-right page', async () => {
    const el = await profile({ version: 1, city: { name: { ar: 'الدار البيضاء', he: 'קזבלנקה' } } });
    expect(heading(el).getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(heading(el).querySelector('span')!).direction).to.equal('rtl');
    // The heading block keeps the card's direction, so the name starts where the card does.
    expect(getComputedStyle(heading(el)).direction).to.equal('ltr');
  });
});

describe('civic-city-profile: variants and the facts attribute', () => {
  it('compact shows the name and the first three terms, with the sources they cite', async () => {
    const el = await profile(await sample('mechelen'), { variant: 'compact' });
    expect(textOf(heading(el))).to.equal('Mechelen');
    expect(terms(el)).to.deep.equal(['Population', 'Nationalities', 'Share of young people']);
    // All three nationalities: a compact card does not pick one source over another.
    expect(values(group(el, 'Nationalities'))).to.deep.equal(['128', '131', '138']);
    expect(root(el).querySelector('[part="summary"]')).to.equal(null);
    expect(root(el).querySelector('[part="leader"]')).to.equal(null);
    expect(root(el).querySelector('[part="note"]')).to.equal(null);
    expect(sourceItems(el).map((item) => textOf(item.querySelector('cite')))).to.deep.equal([
      "Beste burgemeester ter wereld: 'We moeten allemaal re-integreren in de nieuwe realiteit'",
    ]);
  });

  it('full shows every figure, the summary and the sources of all of them', async () => {
    const el = await profile(await sample('mechelen'));
    expect(groups(el)).to.have.length(10);
    expect(root(el).querySelector('[part="summary"]')).to.exist;
    expect(sourceItems(el)).to.have.length(3);
  });

  it('facts chooses and orders the figures by kind', async () => {
    const el = await profile(await sample('mechelen'), { facts: 'nationalities, population' });
    expect(terms(el)).to.deep.equal(['Nationalities', 'Population']);
    el.facts = 'surveillance-cameras police-officers no-such-kind';
    await el.updateComplete;
    expect(terms(el)).to.deep.equal(['Surveillance cameras', 'Police officers']);
    // Only the sources of the figures shown.
    expect(sourceItems(el).map((item) => textOf(item.querySelector('cite')))[0]).to.equal('En lärorik resa');
    el.variant = 'compact';
    el.facts = 'youth-share,nationalities,population,police-officers';
    await el.updateComplete;
    expect(terms(el)).to.deep.equal(['Share of young people', 'Nationalities', 'Population']);
    expect(requestedKinds(' Area,,population ')).to.deep.equal(['area', 'population']);
    expect(requestedKinds('')).to.equal(undefined);
  });

  it('shows no figures when facts names none the city has', async () => {
    const el = await profile(await sample('vasteras'), { facts: 'population' });
    expect(root(el).querySelector('dl')).to.equal(null);
    expect(root(el).querySelector('[part="sources"]')).to.equal(null);
    expect(textOf(heading(el))).to.equal('Västerås');
  });
});

describe('civic-city-profile: states', () => {
  it('reserves space and is busy while loading, then shows the city', async () => {
    const el = await fixture<CivicCityProfile>(
      html`<civic-city-profile src=${`/__test__/slow?ms=300&file=${encodeURIComponent(sampleUrl('borlange'))}`}></civic-city-profile>`,
    );
    const busy = root(el).querySelector('[aria-busy="true"]');
    expect(busy).to.exist;
    expect(busy!.getBoundingClientRect().height).to.be.greaterThan(200);
    await settled(el);
    await el.updateComplete;
    expect(root(el).querySelector('[aria-busy="true"]')).to.equal(null);
    expect(textOf(heading(el))).to.equal('Borlänge');
    expect(values(groups(el)[0])).to.deep.equal(['8%']);
  });

  it('loads a sample by src and reports civic-load', async () => {
    const { el, event } = await connectAndSettle('civic-city-profile', { src: sampleUrl('mechelen') });
    expect(event.type).to.equal('civic-load');
    expect(groups(el).length).to.be.greaterThan(2);
  });
});
