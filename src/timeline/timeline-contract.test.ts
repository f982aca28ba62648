// <civic-timeline> keeps the contract every civic-story element keeps (test/suites/story-element-contract.ts).
import { expect } from '@open-wc/testing';
import './civic-timeline.js';
import { sample } from '../../test/helpers.js';
import { datedDocument, hostileTimeline } from '../../test/fixtures/documents.js';
import { luminance } from '../../test/suites/media.js';
import { DARK } from '../ui/tokens.js';

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
import { storyElementContract } from '../../test/suites/story-element-contract.js';
import { categoryButton, shadow } from './test/helpers.js';

const expandAll = (el: HTMLElement): void => (shadow(el).querySelector('button[part="expand-all"]') as HTMLButtonElement).click();

storyElementContract({
  tag: 'civic-timeline',
  variants: [{}],
  scenes: {
    'loaded (Mechelen)': { data: () => sample('mechelen') },
    'dates, ranges and ongoing': { data: datedDocument },
    filtered: { data: () => sample('vasteras'), act: (el) => categoryButton(el, 'partnership').click() },
    expanded: { data: () => sample('borlange'), act: expandAll },
    'no match': {
      data: () => sample('mechelen'),
      act: (el) => {
        const input = shadow(el).querySelector('input[type="search"]') as HTMLInputElement;
        input.value = 'zzzz';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      },
    },
  },
  view: 'ol[part="list"]',
  empty: { data: { version: 1, city: { name: 'Borlänge' } }, text: 'This story has no initiatives.' },
  invalid: { data: { version: 1, initiatives: [{ id: 'no-title' }] }, path: 'initiatives[0].title' },
  sample: 'mechelen',
  loadingSize: 100,
  narrow: { data: hostileTimeline, act: expandAll },
  media: { data: datedDocument, act: (el) => categoryButton(el, 'housing').click() },
  dark: (el) => {
    const timeline = shadow(el).querySelector('.timeline') as HTMLElement;
    expect(getComputedStyle(timeline).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // The dark accent, on the dark page.
    expect(getComputedStyle(categoryButton(el, 'safety')).color).to.equal(rgb(DARK.accent));
    expect(luminance(getComputedStyle(el.parentElement!).backgroundColor)).to.be.lessThan(0.05);
  },
  forcedColors: (el) => {
    // A pressed filter is marked by more than colour.
    expect(getComputedStyle(categoryButton(el, 'housing'), '::before').content).to.contain('✓');
  },
  printRules: [/\.details/],
});
