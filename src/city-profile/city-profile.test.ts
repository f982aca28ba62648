// <civic-city-profile>: what a reader sees and what a screen reader gets, in Chromium and Firefox.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
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
      textOf(groups(el)[0]!.querySelector('dt')),
      values(group(el, terms(el)[5]!)).join(),
      textOf(groups(el)[0]!.querySelector('[part="as-of"]')),
      textOf(root(el).querySelector('[part="leader"] time')),
      textOf(root(el).querySelector('h3')),
      textOf(root(noCity).querySelector('[part="empty"]')),
    ];
    const english = read();
    expect(english).to.deep.equal(['Population', 'about 400', 'as of October 2016', 'since 2001', 'Key figures', 'This story has no city profile.']);
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
