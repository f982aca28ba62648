// <civic-city-profile>: what a reader sees and what a screen reader gets, in Chromium and Firefox.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './civic-city-profile.js';
import type { CivicCityProfile } from './city-profile.js';
import { headingLevel, requestedKinds } from './city-profile.js';
import type { StoryDocument } from '../schema/index.js';
import { sample, sampleUrl, setPageLanguage, settled, textOf } from '../../test/helpers.js';

/** A city with everything the seeds lack: leader term, image, dates, units, links, several sources. */
const full = (): StoryDocument => ({
  version: 1,
  lang: 'en',
  city: {
    name: { en: 'Mechelen', fr: 'Malines' },
    country: 'BE',
    region: { nl: 'Vlaanderen', en: 'Flanders', fr: 'Flandre' },
    summary: { en: 'A city in Flanders.\n\nIt is young.', nl: 'Een stad in Vlaanderen.\n\nZe is jong.' },
    leader: { name: 'Bart Somers', role: { en: 'Mayor', nl: 'burgemeester' }, since: '2001' },
    image: { src: '/test/fixtures/square.svg', alt: { en: 'The Grote Markt', nl: 'De Grote Markt' }, credit: 'City of Mechelen' },
    facts: [
      { kind: 'population', value: 86000, asOf: '2016-10', sources: ['stats'] },
      { kind: 'area', value: 65.19, asOf: '2018-10-15', sources: ['stats'] },
      { kind: 'youth-share', value: 22.5, sources: ['interview'] },
      { kind: 'nationalities', value: 128, sources: ['interview'], note: { en: 'In the question.', nl: 'In de vraag.' } },
      { kind: 'nationalities', value: 131, sources: ['stats', 'interview'], asOf: '2020' },
      { label: { en: 'after-school centres', nl: 'naschoolse centra' }, value: 9, approx: 'more-than' },
      { kind: 'police-officers', label: { en: 'in the local force' }, value: 400, approx: 'about', sources: ['interview'] },
    ],
    links: [{ href: 'https://www.mechelen.be/', label: { en: 'City website', nl: 'Website van de stad' } }],
  },
  sources: [
    { id: 'interview', title: 'Ten questions', publisher: 'KIS', lang: 'nl' },
    { id: 'stats', title: 'City in figures', publisher: 'Statbel', url: 'https://statbel.fgov.be/', date: '2019-03' },
    { id: 'unused', title: 'Never cited' },
  ],
});

const root = (el: CivicCityProfile): ShadowRoot => el.shadowRoot!;
const heading = (el: CivicCityProfile): HTMLElement => root(el).querySelector<HTMLElement>('[part="heading"]')!;
const groups = (el: CivicCityProfile): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('dl[part="facts"] > [part="fact"]')];
const terms = (el: CivicCityProfile): string[] => [...root(el).querySelectorAll('dl dt')].map(textOf);
const group = (el: CivicCityProfile, term: string): HTMLElement | undefined => groups(el).find((fact) => textOf(fact.querySelector('dt')) === term);
const values = (fact: HTMLElement | undefined): string[] => [...(fact?.querySelectorAll('dd [part="value"]') ?? [])].map(textOf);
const statements = (fact: HTMLElement | undefined): HTMLElement[] => [...(fact?.querySelectorAll<HTMLElement>('dd') ?? [])];
const sourceItems = (el: CivicCityProfile): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[part="sources"] li')];

async function profile(document: unknown, attributes: { variant?: string; facts?: string; level?: number; lang?: string } = {}): Promise<CivicCityProfile> {
  const el = await fixture<CivicCityProfile>(
    html`<civic-city-profile
      .data=${document}
      variant=${attributes.variant ?? 'full'}
      facts=${attributes.facts ?? ''}
      heading-level=${attributes.level ?? 2}
      lang=${attributes.lang ?? ''}
    ></civic-city-profile>`,
  );
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  await setPageLanguage('en');
});

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
    expect([headingLevel(1), headingLevel(3.2), headingLevel(9), headingLevel(undefined)]).to.deep.equal([2, 3, 6, 2]);
  });

  it('shows region and the country named in the page language', async () => {
    const el = await profile(full());
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

describe('civic-city-profile: key figures', () => {
  it('is a <dl> of terms and values in the document order, kinds grouped', async () => {
    const el = await profile(await sample('mechelen'));
    const dl = root(el).querySelector('dl[part="facts"]')!;
    expect(dl).to.exist;
    expect(terms(el)).to.deep.equal([
      'Population',
      'Nationalities',
      'Share of young people',
      'special centres with after-school activities for vulnerable children',
      'Police officers',
      'Surveillance cameras',
      'huge photographs of fellow citizens with roots all over the world on the Grote Markt, for ‘50 years of migration’',
      'years Mayor Bart Somers has worked for inclusion and greater safety in the city',
      'years in which Somers turned the atmosphere in his city around',
      "residents' trust in the city's political leadership",
    ]);
    // Every child of the <dl> is a group of one <dt> and its <dd>s (valid HTML for a <dl>).
    for (const fact of groups(el)) {
      expect(fact.localName).to.equal('div');
      expect(fact.children[0]!.localName).to.equal('dt');
      expect([...fact.children].slice(1).every((child) => child.localName === 'dd')).to.equal(true);
    }
    expect(values(group(el, 'Population'))).to.deep.equal(['86,000']);
    expect(values(group(el, 'Share of young people'))).to.deep.equal(['22%']);
    expect(values(group(el, "residents' trust in the city's political leadership"))).to.deep.equal(['the highest']);
  });

  it('reads approximate values naturally', async () => {
    const el = await profile(await sample('mechelen'));
    expect(values(group(el, 'Police officers'))).to.deep.equal(['about 400']);
    expect(values(group(el, 'Surveillance cameras'))).to.deep.equal(['more than 200']);
    expect(values(group(el, 'years in which Somers turned the atmosphere in his city around'))).to.deep.equal(['more than 10']);
  });

  it('shows Mechelen’s 128, 131 and 138 nationalities as three sourced statements under one term', async () => {
    const el = await profile(await sample('mechelen'));
    expect(terms(el).filter((term) => term === 'Nationalities')).to.have.length(1);
    const nationalities = group(el, 'Nationalities')!;
    expect(values(nationalities)).to.deep.equal(['128', '131', '138']);
    for (const statement of statements(nationalities)) {
      const citation = statement.querySelector<HTMLAnchorElement>('a[part="citation"]')!;
      expect(citation, 'each statement cites its source').to.exist;
      expect(citation.getAttribute('aria-label')).to.contain('Beste burgemeester ter wereld');
      expect(textOf(statement.querySelector('[part="note"]')), 'each statement has its note').not.to.equal('');
    }
    expect(textOf(statements(nationalities)[2]!.querySelector('[part="note"]'))).to.contain('138 different nationalities');
    // Not an error: no alert anywhere.
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('formats numbers in the page language: en, nl, sv, ar', async () => {
    const el = await profile(await sample('mechelen'));
    const population = (): string => values(group(el, terms(el)[0]!))[0]!;
    expect(population()).to.equal('86,000');
    await setPageLanguage('nl');
    expect(population()).to.equal('86.000');
    await setPageLanguage('sv');
    expect(population()).to.equal('86\u00a0000');
    await setPageLanguage('ar');
    expect(population()).to.equal(new Intl.NumberFormat('ar').format(86000));
    expect(values(groups(el)[2])).to.deep.equal([new Intl.NumberFormat('ar', { style: 'percent' }).format(0.22)]);
  });

  it('formats percentages and areas with their units, and regional formats', async () => {
    const el = await profile(full());
    expect(values(group(el, 'Share of young people'))).to.deep.equal(['22.5%']);
    expect(values(group(el, 'Area'))).to.deep.equal(['65.19\u00a0km²']);
    await setPageLanguage('nl-BE');
    expect(values(groups(el)[1])).to.deep.equal(['65,19\u00a0km²']);
    expect(values(groups(el)[2])).to.deep.equal(['22,5%']);
    await setPageLanguage('de');
    expect(values(groups(el)[0])).to.deep.equal(['86.000']);
  });

  it('dates each figure at the precision it was given', async () => {
    const el = await profile(full());
    const asOf = (term: string): HTMLTimeElement[] => [...(group(el, term)?.querySelectorAll<HTMLTimeElement>('[part="as-of"] time') ?? [])];
    expect(asOf('Population').map((time) => [time.dateTime, textOf(time)])).to.deep.equal([['2016-10', 'as of October 2016']]);
    expect(asOf('Area').map((time) => [time.dateTime, textOf(time)])).to.deep.equal([['2018-10-15', 'as of October 15, 2018']]);
    expect(asOf('Nationalities').map((time) => [time.dateTime, textOf(time)])).to.deep.equal([['2020', 'as of 2020']]);
    expect(asOf('Share of young people')).to.have.length(0);
    await setPageLanguage('nl');
    expect(textOf(groups(el)[0]!.querySelector('[part="as-of"]'))).to.contain('oktober 2016');
    expect(textOf(groups(el)[1]!.querySelector('[part="as-of"]'))).to.contain('15 oktober 2018');
    await setPageLanguage('sv');
    expect(textOf(groups(el)[0]!.querySelector('[part="as-of"]'))).to.contain('oktober 2016');
  });

  it('marks a fact with a kind and its own label with that label', async () => {
    const el = await profile(full());
    const police = group(el, 'Police officers')!;
    const qualifier = police.querySelector('.qualifier')!;
    expect(textOf(qualifier)).to.equal('in the local force');
    expect(qualifier.getAttribute('lang')).to.equal('en');
    expect(values(police)).to.deep.equal(['about 400']);
  });
});

describe('civic-city-profile: citations and sources', () => {
  it('numbers the cited sources in reading order and links each citation to its entry', async () => {
    const el = await profile(full());
    const items = sourceItems(el);
    // Only cited sources, in the order they are first cited: stats (population), then interview.
    expect(items.map((item) => textOf(item.querySelector('cite')))).to.deep.equal(['City in figures', 'Ten questions']);
    expect(textOf(items[0])).to.contain('Statbel');
    expect(textOf(items[0])).to.contain('March 2019');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://statbel.fgov.be/');
    expect(items[1]!.querySelector('cite')!.getAttribute('lang')).to.equal('nl');
    const citations = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="citation"]')];
    for (const citation of citations) {
      const target = root(el).getElementById(citation.getAttribute('href')!.slice(1))!;
      expect(target, citation.getAttribute('href')!).to.exist;
      expect(target.closest('[part="sources"]')).to.exist;
      expect(citation.getAttribute('aria-label')).to.contain(textOf(target.querySelector('cite')));
    }
    // 131 nationalities cite two sources.
    const second = statements(group(el, 'Nationalities'))[1]!;
    expect([...second.querySelectorAll('[part="citation"]')].map(textOf)).to.deep.equal(['[1]', '[2]']);
    // A source named twice for one figure is cited once.
    const twice = full();
    twice.city!.facts![0]!.sources = ['stats', 'stats'];
    const again = await profile(twice);
    expect([...groups(again)[0]!.querySelectorAll('[part="citation"]')].map(textOf)).to.deep.equal(['[1]']);
  });

  it('moves focus to the source when a citation is followed', async () => {
    const el = await profile(await sample('mechelen'));
    const citation = group(el, 'Surveillance cameras')!.querySelector<HTMLAnchorElement>('[part="citation"]')!;
    expect(textOf(citation)).to.equal('[2]');
    citation.click();
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.localName).to.equal('li');
    expect(textOf(focused)).to.contain('En lärorik resa');
  });
});

describe('civic-city-profile: the rest of the card', () => {
  it('shows the leader with role and term', async () => {
    const el = await profile(full());
    const leader = root(el).querySelector('[part="leader"]')!;
    expect(textOf(leader)).to.equal('Bart Somers, Mayor, since 2001');
    expect(leader.querySelector('time')!.getAttribute('datetime')).to.equal('2001');
    expect(leader.querySelector('.leader-role')!.getAttribute('lang')).to.equal('en');
  });

  it('shows the image lazily, with its alt text, language and credit', async () => {
    const el = await profile(full());
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
    const el = await profile(full());
    expect([...root(el).querySelectorAll('[part="summary"] p')].map(textOf)).to.deep.equal(['A city in Flanders.', 'It is young.']);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="links"] a')!;
    expect(textOf(link)).to.equal('City website');
    expect(link.getAttribute('href')).to.equal('https://www.mechelen.be/');
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

  it('shows a short message for a document without a city', async () => {
    const el = await profile({ version: 1, quotes: [{ id: 'q', text: 'Hello', author: { name: 'A' } }] });
    const empty = root(el).querySelector('[part="empty"]')!;
    expect(empty.getAttribute('role')).to.equal('status');
    expect(textOf(empty)).to.equal('This story has no city profile.');
    expect(root(el).querySelector('article')).to.equal(null);
  });

  it('shows the shared error view and reports civic-error with paths', async () => {
    const el = document.createElement('civic-city-profile');
    el.data = { version: 1, city: { name: 'X', facts: [{ value: 3 }] } };
    const event = oneEvent(el, 'civic-error');
    document.body.append(el);
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.issues.map((issue: { path: string }) => issue.path)).to.include('city.facts[0].label');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('part')).to.equal('error');
    expect(textOf(alert)).to.contain('city.facts[0].label');
    el.remove();
  });

  it('loads a sample by src and reports civic-load', async () => {
    const el = document.createElement('civic-city-profile');
    el.src = sampleUrl('mechelen');
    const event = settled(el);
    document.body.append(el);
    expect((await event).type).to.equal('civic-load');
    await el.updateComplete;
    expect(groups(el).length).to.be.greaterThan(2);
    el.remove();
  });
});

describe('civic-city-profile: translated labels (need the merged translations)', () => {
  it('gives kinds, approximations, dates and the empty message in the page language', async () => {
    const el = await profile(full());
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

describe('civic-city-profile: accessibility', () => {
  for (const locale of ['en', 'nl', 'sv', 'ar']) {
    for (const variant of ['full', 'compact']) {
      it(`is accessible: ${variant}, ${locale}`, async () => {
        await setPageLanguage(locale);
        const mechelen = await profile(await sample('mechelen'), { variant });
        await expect(mechelen).to.be.accessible();
        const other = await profile(full(), { variant, level: 3 });
        await expect(other).to.be.accessible();
      });
    }
  }

  it('is accessible in the error and empty states', async () => {
    const empty = await profile({ version: 1 });
    await expect(empty).to.be.accessible();
    const broken = await profile({ version: 2 });
    await aTimeout(0);
    await expect(broken).to.be.accessible();
  });
});

describe('civic-city-profile: more of what a reader sees', () => {
  it('marks the leader’s term with a <time> for each date', async () => {
    const document = full();
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
    const document = full();
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

describe('civic-city-profile: keyboard', () => {
  it('follows a citation with Enter to its source', async () => {
    const el = await profile(full());
    const citation = group(el, 'Nationalities')!.querySelectorAll<HTMLAnchorElement>('[part="citation"]')[0]!;
    expect(textOf(citation)).to.equal('[2]');
    citation.focus();
    expect(root(el).activeElement).to.equal(citation);
    await sendKeys({ press: 'Enter' });
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.localName).to.equal('li');
    expect(textOf(focused.querySelector('cite'))).to.equal('Ten questions');
  });
});

// Hostile or simply long data, at the bounds the schema allows.
const LANGUAGES = ['af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fa', 'fi', 'fr', 'ga', 'gl', 'gu', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'is', 'it', 'ja', 'ka', 'kk', 'km', 'ko', 'lt', 'lv', 'mk', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sv', 'tr'];
const unbroken = 'Stadsontwikkelingsprogrammabegrotingsvoorstel'.repeat(6);
const everyLanguage = (text: string): Record<string, string> => Object.fromEntries(LANGUAGES.map((tag) => [tag, `${text} (${tag})`]));

function hostile(): StoryDocument {
  return {
    version: 1,
    lang: 'en',
    city: {
      name: 'Mechelen'.repeat(2_500),
      region: everyLanguage(unbroken),
      summary: unbroken,
      leader: { name: unbroken, role: everyLanguage(unbroken), since: '2001-01-01', until: '2024-12-31' },
      image: { src: '/test/fixtures/square.svg', alt: 'A square', credit: unbroken },
      facts: Array.from({ length: 200 }, (_, index) =>
        index % 2
          ? { kind: 'nationalities' as const, value: 123_456_789 + index, approx: 'more-than' as const, asOf: '2018-10-15', sources: [`s${index % 10}`], note: unbroken }
          : { label: everyLanguage(`${unbroken} ${index}`), value: everyLanguage(unbroken), sources: [`s${index % 10}`] },
      ),
      links: [{ href: `https://example.org/${unbroken}`, label: unbroken }],
    },
    sources: Array.from({ length: 10 }, (_, index) => ({ id: `s${index}`, title: unbroken, publisher: unbroken, url: `https://example.org/${unbroken}` })),
  };
}

/** A card in a box of the given width. */
async function inBox(width: number, document: unknown, variant = 'full'): Promise<CivicCityProfile> {
  const box = await fixture<HTMLElement>(
    html`<div style="inline-size: ${width}px"><civic-city-profile variant=${variant} .data=${document}></civic-city-profile></div>`,
  );
  const el = box.querySelector('civic-city-profile')!;
  await el.updateComplete;
  return el;
}

/** The elements of the card that stick out of it, sideways. */
function sticksOut(el: CivicCityProfile): string[] {
  const card = root(el).querySelector('article')!.getBoundingClientRect();
  return [...root(el).querySelectorAll<HTMLElement>('article *')]
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.left < card.left - 1 || box.right > card.right + 1);
    })
    .map((node) => `${node.localName}.${node.className}`);
}

describe('civic-city-profile: long and hostile data', () => {
  it('shows a 20,000-character name, 200 figures and texts in 50 languages, in the page language', async () => {
    const el = await profile(hostile());
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(textOf(heading(el))).to.have.length(20_000);
    expect(terms(el)).to.have.length(101);
    expect(root(el).querySelectorAll('dl dd')).to.have.length(200);
    expect(statements(group(el, 'Nationalities'))).to.have.length(100);
    expect(sourceItems(el)).to.have.length(10);
    expect(terms(el)[0]).to.match(/ 0 \(en\)$/);
    await setPageLanguage('nl');
    expect(terms(el)[0]).to.match(/ 0 \(nl\)$/);
    expect(groups(el)[0]!.querySelector('dt')!.getAttribute('lang')).to.equal('nl');
    await setPageLanguage('ar');
    expect(groups(el)[0]!.querySelector('dt')!.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(root(el).querySelector('article')!).direction).to.equal('rtl');
  });

  for (const variant of ['full', 'compact']) {
    for (const locale of ['en', 'ar']) {
      it(`keeps long words inside a 280 px card: ${variant}, ${locale}`, async () => {
        await setPageLanguage(locale);
        const el = await inBox(280, hostile(), variant);
        expect(sticksOut(el)).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      });
    }
  }
});

describe('civic-city-profile: layout from 280 to 1,200 px', () => {
  const left = (node: Element): number => Math.round(node.getBoundingClientRect().left);

  for (const name of ['mechelen', 'vasteras', 'borlange'] as const) {
    for (const width of [280, 1200]) {
      for (const variant of ['full', 'compact']) {
        it(`holds ${name} at ${width} px, ${variant}`, async () => {
          const el = await inBox(width, await sample(name), variant);
          expect(sticksOut(el)).to.deep.equal([]);
          for (const fact of groups(el)) {
            // A term is never squeezed to a sliver beside its figures.
            expect(fact.querySelector('dt')!.getBoundingClientRect().width, textOf(fact.querySelector('dt'))).to.be.greaterThan(100);
          }
        });
      }
    }
  }

  it('runs the figures in one column at 280 px and three at 1,200 px', async () => {
    const narrow = await inBox(280, await sample('mechelen'));
    expect(new Set(groups(narrow).slice(0, 3).map(left)).size).to.equal(1);
    const wide = await inBox(1200, await sample('mechelen'));
    expect(new Set(groups(wide).slice(0, 3).map(left)).size).to.equal(3);
  });

  it('in compact, sets numbers beside their term and words under it', async () => {
    const mechelen = await inBox(280, await sample('mechelen'), 'compact');
    const population = groups(mechelen)[0]!;
    const [term, value] = [population.querySelector('dt')!, population.querySelector('dd')!].map((node) => node.getBoundingClientRect());
    expect(value!.top).to.be.lessThan(term!.bottom);
    expect(value!.left).to.be.greaterThan(term!.right);
    const vasteras = await inBox(280, await sample('vasteras'), 'compact');
    const principles = groups(vasteras)[0]!;
    expect(principles.querySelector('dd')!.getBoundingClientRect().top).to.be.at.least(principles.querySelector('dt')!.getBoundingClientRect().bottom - 1);
  });

  it('mirrors on a right-to-left page', async () => {
    await setPageLanguage('ar');
    const el = await inBox(600, await sample('mechelen'));
    const style = getComputedStyle(groups(el)[0]!);
    expect([style.borderRightWidth, style.borderLeftWidth]).to.deep.equal(['4px', '0px']);
    // The name (Latin script, in a right-to-left card) stands at the right, where the card starts.
    const card = root(el).querySelector('article')!.getBoundingClientRect();
    const name = document.createRange();
    name.selectNodeContents(heading(el));
    const text = name.getBoundingClientRect();
    expect(card.right - text.right).to.be.lessThan(30);
    expect(text.left - card.left).to.be.greaterThan(200);
  });
});

describe('civic-city-profile: dark mode, print and forced colours', () => {
  const luminance = (color: string): number => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((channel) => channel / 255);
    const linear = (c: number): number => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
  };
  const contrast = (a: string, b: string): number => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };

  beforeEach(function () {
    // Firefox's WebDriver BiDi driver cannot emulate media features; Chromium shows the result.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });
  afterEach(async () => {
    if (!navigator.userAgent.includes('Firefox')) await emulateMedia({ media: 'screen', colorScheme: 'light', forcedColors: 'none' });
  });

  for (const variant of ['full', 'compact']) {
    it(`is dark and readable in dark mode: ${variant}`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await profile(full(), { variant });
      const card = getComputedStyle(root(el).querySelector('article')!);
      expect(luminance(card.backgroundColor)).to.be.lessThan(0.05);
      const fact = groups(el)[0]!;
      const background = getComputedStyle(fact).backgroundColor;
      for (const selector of ['dt', '[part="value"]', '[part="as-of"]', '[part="citation"]']) {
        expect(contrast(getComputedStyle(fact.querySelector(selector)!).color, background), selector).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('prints dark text on light figures even when the screen is dark', async () => {
    await emulateMedia({ colorScheme: 'dark', media: 'print' });
    const el = await profile(full());
    for (const fact of groups(el)) {
      const style = getComputedStyle(fact);
      expect(luminance(style.backgroundColor), 'figure background').to.be.greaterThan(0.8);
      expect(contrast(style.color, style.backgroundColor)).to.be.at.least(7);
    }
    expect(luminance(getComputedStyle(root(el).querySelector('article')!).backgroundColor)).to.equal(1);
  });

  it('outlines each figure in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await profile(full());
    const style = getComputedStyle(groups(el)[0]!);
    expect([style.borderTopStyle, style.borderBottomStyle, style.borderInlineEndStyle]).to.deep.equal(['solid', 'solid', 'solid']);
    await expect(el).to.be.accessible();
  });
});
