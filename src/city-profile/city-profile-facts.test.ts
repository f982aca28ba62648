// <civic-city-profile>: the key figures, their values, dates and citations, and the source list.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './civic-city-profile.js';
import { cityWithEverything } from '../../test/fixtures/documents.js';
import { resetPage, sample, setPageLanguage, textOf } from '../../test/helpers.js';
import { root, groups, terms, group, values, statements, sourceItems, profile } from './test/helpers.js';

afterEach(resetPage);

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
      // A short name; the entry it leads to carries the title, read once in the source list.
      expect(citation.getAttribute('aria-label')).to.equal('Source 1');
      expect(textOf(root(el).getElementById(citation.getAttribute('href')!.slice(1)))).to.contain('Beste burgemeester ter wereld');
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
    const el = await profile(cityWithEverything());
    expect(values(group(el, 'Share of young people'))).to.deep.equal(['22.5%']);
    expect(values(group(el, 'Area'))).to.deep.equal(['65.19\u00a0km²']);
    await setPageLanguage('nl-BE');
    expect(values(groups(el)[1])).to.deep.equal(['65,19\u00a0km²']);
    expect(values(groups(el)[2])).to.deep.equal(['22,5%']);
    await setPageLanguage('de');
    expect(values(groups(el)[0])).to.deep.equal(['86.000']);
  });

  it('dates each figure at the precision it was given', async () => {
    const el = await profile(cityWithEverything());
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
    const el = await profile(cityWithEverything());
    const police = group(el, 'Police officers')!;
    const qualifier = police.querySelector('.qualifier')!;
    expect(textOf(qualifier)).to.equal('in the local force');
    expect(qualifier.getAttribute('lang')).to.equal('en');
    expect(values(police)).to.deep.equal(['about 400']);
  });
});

describe('civic-city-profile: citations and sources', () => {
  it('reads a figure with its citation as one phrase, in the page language', async () => {
    const el = await profile(await sample('mechelen'));
    const population = statements(group(el, 'Population'))[0]!;
    // What a screen reader reads: the value, a comma, the citation by its short name.
    const spoken = [...population.querySelector('.line')!.childNodes]
      .filter((node) => node.nodeType !== Node.COMMENT_NODE)
      .map((node) => (node instanceof Element && node.getAttribute('aria-label')) || node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    expect(spoken).to.match(/^86,000, Source 1\b/);
    await setPageLanguage('nl');
    expect(population.querySelector('a[part="citation"]')!.getAttribute('aria-label')).to.equal('Bron 1');
    await setPageLanguage('ar');
    // In the locale's own digits, as this browser's Intl writes them for `ar` (1 in current ICU, ١ in older).
    const one = new Intl.NumberFormat('ar').format(1);
    expect(root(el).querySelector('a[part="citation"]')!.getAttribute('aria-label')).to.equal(`المصدر ${one}`);
    // The visible mark stays a bracketed number.
    expect(textOf(root(el).querySelector('a[part="citation"]'))).to.equal(`[${one}]`);
  });

  it('numbers the cited sources in reading order and links each citation to its entry', async () => {
    const el = await profile(cityWithEverything());
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
      // "Source N" for the entry numbered N, which carries the title.
      expect(citation.getAttribute('aria-label')).to.equal(`Source ${[...target.parentElement!.children].indexOf(target) + 1}`);
      expect(textOf(target.querySelector('cite'))).not.to.equal('');
    }
    // 131 nationalities cite two sources.
    const second = statements(group(el, 'Nationalities'))[1]!;
    expect([...second.querySelectorAll('[part="citation"]')].map(textOf)).to.deep.equal(['[1]', '[2]']);
    // A source named twice for one figure is cited once.
    const twice = cityWithEverything();
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

describe('civic-city-profile: keyboard', () => {
  it('follows a citation with Enter to its source', async () => {
    const el = await profile(cityWithEverything());
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
