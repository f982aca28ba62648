// <civic-city-profile> keeps the contract every civic-story element keeps (test/suites/story-element-contract.ts).
import { expect } from '@open-wc/testing';
import './civic-city-profile.js';
import { sample } from '../../test/helpers.js';
import { cityWithEverything, hostileCity } from '../../test/fixtures/documents.js';
import { contrast, luminance } from '../../test/suites/media.js';
import { storyElementContract } from '../../test/suites/story-element-contract.js';

const card = (el: HTMLElement): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('article')!;
const figures = (el: HTMLElement): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('dl[part="facts"] > [part="fact"]')];

storyElementContract({
  tag: 'civic-city-profile',
  variants: [{ variant: 'full' }, { variant: 'compact' }],
  scenes: {
    Mechelen: { data: () => sample('mechelen') },
    'every part, heading level 3': { data: cityWithEverything, attributes: { 'heading-level': '3' } },
  },
  view: 'article[part="card"]',
  empty: { data: { version: 1, quotes: [{ id: 'q', text: 'Hello', author: { name: 'A' } }] }, text: 'This story has no city profile.' },
  invalid: { data: { version: 1, city: { name: 'X', facts: [{ value: 3 }] } }, path: 'city.facts[0].label' },
  sample: 'borlange',
  loadingSize: 200,
  narrow: { data: hostileCity },
  media: { data: cityWithEverything },
  dark: (el) => {
    // No background of its own: the dark page shows through.
    expect(getComputedStyle(card(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(luminance(getComputedStyle(el.parentElement!).backgroundColor)).to.be.lessThan(0.05);
    const fact = figures(el)[0]!;
    const background = getComputedStyle(fact).backgroundColor;
    for (const selector of ['dt', '[part="value"]', '[part="as-of"]', '[part="citation"]']) {
      expect(contrast(getComputedStyle(fact.querySelector(selector)!).color, background), selector).to.be.at.least(4.5);
    }
  },
  print: (el) => {
    for (const fact of figures(el)) {
      const style = getComputedStyle(fact);
      expect(luminance(style.backgroundColor), 'figure background').to.be.greaterThan(0.8);
      expect(contrast(style.color, style.backgroundColor)).to.be.at.least(7);
    }
    expect(luminance(getComputedStyle(card(el)).backgroundColor)).to.equal(1);
  },
  forcedColors: (el) => {
    // Each figure is outlined.
    const style = getComputedStyle(figures(el)[0]!);
    expect([style.borderTopStyle, style.borderBottomStyle, style.borderInlineEndStyle]).to.deep.equal(['solid', 'solid', 'solid']);
  },
});
