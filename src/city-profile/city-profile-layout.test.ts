// <civic-city-profile>: long and hostile data, and the layout from 280 to 1,200 px (the 280 px
// column with hostile data, in each variant, is in the shared contract).
import { expect } from '@open-wc/testing';
import './civic-city-profile.js';
import { hostileCity } from '../../test/fixtures/documents.js';
import { resetPage, sample, setPageLanguage, textOf } from '../../test/helpers.js';
import { root, heading, groups, terms, group, statements, sourceItems, profile, inBox } from './test/helpers.js';
import { overflowing } from '../../test/suites/media.js';

afterEach(resetPage);

describe('civic-city-profile: long and hostile data', () => {
  it('shows a 20,000-character name, 200 figures and texts in 50 languages, in the page language', async () => {
    const el = await profile(hostileCity());
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

});

describe('civic-city-profile: layout from 280 to 1,200 px', () => {
  const left = (node: Element): number => Math.round(node.getBoundingClientRect().left);

  for (const name of ['mechelen', 'vasteras', 'borlange'] as const) {
    for (const width of [280, 1200]) {
      for (const variant of ['full', 'compact']) {
        it(`holds ${name} at ${width} px, ${variant}`, async () => {
          const el = await inBox(width, await sample(name), variant);
          expect(overflowing(el, root(el).querySelector('article')!)).to.deep.equal([]);
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
    expect(new Set(groups(narrow).map(left)).size).to.equal(1);
    const wide = await inBox(1200, await sample('mechelen'));
    // The figures flow down the columns, so reading order runs down each one.
    expect(new Set(groups(wide).map(left)).size).to.equal(3);
  });

  it('keeps the full Mechelen card scannable at 900 px: figures in columns, each term whole', async () => {
    const el = await inBox(900, await sample('mechelen'));
    expect(new Set(groups(el).map(left)).size).to.be.at.least(2);
    for (const fact of groups(el)) {
      // A term and its statements stay in one column.
      const lefts = new Set([...fact.querySelectorAll('dt, dd')].map((node) => Math.round(node.getBoundingClientRect().left)));
      expect(lefts.size, textOf(fact.querySelector('dt'))).to.equal(1);
    }
    // It was 1,476 px tall in Chromium, with rows as tall as their tallest figure (Firefox's fonts run
    // a little taller).
    expect(root(el).querySelector('article')!.getBoundingClientRect().height).to.be.below(1350);
  });

  it('sets a figure in words as text, smaller than the numerals', async () => {
    const el = await inBox(900, await sample('vasteras'));
    const size = (node: Element | null): number => parseFloat(getComputedStyle(node!).fontSize);
    const textual = groups(el).find((fact) => fact.classList.contains('textual'))!;
    expect(textual, 'Västerås has a figure in words').to.exist;
    const base = size(root(el).querySelector('[part="card"]'));
    expect(size(textual.querySelector('[part="value"]'))).to.be.at.most(base);
    const mechelen = await inBox(900, await sample('mechelen'));
    expect(size(groups(mechelen)[0]!.querySelector('[part="value"]'))).to.be.greaterThan(base);
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
