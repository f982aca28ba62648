// The page's colours by default: text in the page's colour, no background unless themed, and the
// palette of the page's own `color-scheme` (not the operating system's). `--civic-*` tokens override
// it all. axe checks the contrast on a light and on a dark page. Chromium and Firefox; the operating
// system's dark mode is emulated where the browser can (Chromium).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import type { StoryElement } from './story-element.js';
import { DARK, DARK_PAGE, LIGHT, themeStyle } from './tokens.js';
import { appendEachSettled } from '../../test/helpers.js';
import { mechelenArea } from '../../test/suites/area.js';
import { CAN_EMULATE_MEDIA, skipWithoutMediaEmulation } from '../../test/suites/media.js';

/** `#rrggbb` as getComputedStyle writes it. */
const rgb = (hex: string): string => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

const tags = ['civic-city-profile', 'civic-timeline', 'civic-quote'] as const;
const { area, mechelen } = mechelenArea();

/** The three elements in a page region with this style, given the Mechelen sample. */
async function region(style: string): Promise<StoryElement[]> {
  area().setAttribute('style', style);
  area().replaceChildren();
  // Open the timeline's details and the quote's toggle states are covered by the components' own tests.
  return appendEachSettled(area(), tags.map((tag) => document.createElement(tag) as StoryElement), mechelen());
}

const card = (el: StoryElement): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.box > *')!;
/** The accent colour as the element uses it: an unpressed filter, a citation link, the quote's rule. */
function accent(el: StoryElement): string {
  const root = el.shadowRoot!;
  if (el.localName === 'civic-quote') return getComputedStyle(root.querySelector('[part="figure"]')!).borderInlineStartColor;
  const node = root.querySelector<HTMLElement>('button[part="filter"][aria-pressed="false"], a[part="citation"]')!;
  return getComputedStyle(node).color;
}

it('runs where light-dark() is supported', () => {
  expect(CSS.supports('color', 'light-dark(#fff, #000)')).to.equal(true);
});

describe('colours: the page’s by default', () => {
  for (const [index, tag] of tags.entries()) {
    it(`${tag}: text in the page’s colour, no background of its own`, async () => {
      const elements = await region('color: rgb(60, 30, 10); background: rgb(255, 250, 240)');
      const el = elements[index]!;
      expect(getComputedStyle(el).color).to.equal('rgb(60, 30, 10)');
      expect(getComputedStyle(card(el)).color).to.equal('rgb(60, 30, 10)');
      expect(getComputedStyle(card(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    });

    it(`${tag}: dark on a page that sets color-scheme: dark`, async () => {
      const elements = await region(`color-scheme: dark; background: ${DARK_PAGE}; color: ${DARK.text}`);
      const el = elements[index]!;
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(accent(el)).to.equal(rgb(DARK.accent));
      expect(getComputedStyle(card(el)).color).to.equal(rgb(DARK.text));
      await expect(el).to.be.accessible();
    });

    it(`${tag}: light on a page that sets color-scheme: light`, async () => {
      const elements = await region('color-scheme: light; background: #ffffff');
      const el = elements[index]!;
      expect(accent(el)).to.equal(rgb(LIGHT.accent));
    });

    it(`${tag}: the --civic-* tokens override the page’s colours and scheme`, async () => {
      const elements = await region(`color-scheme: dark; background: ${DARK_PAGE}; color: ${DARK.text}; ${themeStyle(LIGHT)}`);
      const el = elements[index]!;
      expect(getComputedStyle(card(el)).color).to.equal(rgb(LIGHT.text));
      expect(accent(el)).to.equal(rgb(LIGHT.accent));
      if (tag !== 'civic-quote' || card(el).localName === 'figure') {
        expect(getComputedStyle(card(el)).backgroundColor).to.equal(rgb(LIGHT.surface));
      }
      await expect(el).to.be.accessible();
    });
  }

  it('a dark theme through the tokens on a light page', async () => {
    const elements = await region(`${themeStyle(DARK)}; background: #ffffff`);
    for (const el of elements) {
      expect(getComputedStyle(card(el)).backgroundColor, el.localName).to.equal(rgb(DARK.surface));
      await expect(el).to.be.accessible();
    }
  });
});

describe('colours: the page’s colour scheme, not the operating system’s', () => {
  afterEach(async () => {
    if (CAN_EMULATE_MEDIA) await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light on a light page when the operating system is dark', async function () {
    skipWithoutMediaEmulation(this);
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const elements = await region('background: #ffffff; color: #1f2933');
    for (const el of elements) {
      expect(accent(el), el.localName).to.equal(rgb(LIGHT.accent));
      expect(getComputedStyle(card(el)).backgroundColor, el.localName).to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    }
  });

  it('follows the operating system on a page that supports both (color-scheme: light dark)', async function () {
    skipWithoutMediaEmulation(this);
    await emulateMedia({ colorScheme: 'dark' });
    const elements = await region(`color-scheme: light dark; background: ${DARK_PAGE}; color: ${DARK.text}`);
    for (const el of elements) {
      expect(accent(el), el.localName).to.equal(rgb(DARK.accent));
      await expect(el).to.be.accessible();
    }
  });
});
