// The NL Design System theme (themes/nl-design-system-voorbeeld.css) on a page that loads the
// municipality's own tokens (@nl-design-system-unstable/voorbeeld-design-tokens) and uses its theme
// class: the elements' font, colours and radius come from those tokens, a token the page lacks
// leaves civic-story's default, and axe finds nothing.
import { expect } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import type { StoryElement } from './story-element.js';
import { LIGHT } from './tokens.js';
import { appendEachSettled } from '../../test/helpers.js';
import { mechelenArea } from '../../test/suites/area.js';

const STYLESHEETS = ['/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', '/themes/nl-design-system-voorbeeld.css'];
const tags = ['civic-city-profile', 'civic-timeline', 'civic-quote'] as const;

const rgb = (hex: string): string => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

let links: HTMLLinkElement[] = [];
const { area, mechelen } = mechelenArea((box) => {
  box.dataset['testBox'] = '';
});

before(async () => {
  links = STYLESHEETS.map((href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  await Promise.all(
    links.map(
      (link) =>
        new Promise((resolve, reject) => {
          link.addEventListener('load', resolve);
          link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)));
          document.head.append(link);
        }),
    ),
  );
});
after(() => links.forEach((link) => link.remove()));

/** The three elements with Mechelen's sample in a region of the page with this class and style. */
async function region(className: string, style = ''): Promise<StoryElement[]> {
  area().className = className;
  area().setAttribute('style', `background: #ffffff; ${style}`);
  return appendEachSettled(area(), tags.map((tag) => document.createElement(tag) as StoryElement), mechelen());
}

/** A value of the municipality's tokens as the browser computes it, through a probe in the region. */
function token(property: 'color' | 'font-family' | 'border-radius', value: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty(property, value);
  area().append(probe);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return computed;
}

const card = (el: StoryElement): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.box > *')!;
/** The accent as the element uses it: an unpressed filter, a citation link, the quote's rule. */
function accent(el: StoryElement): string {
  const root = el.shadowRoot!;
  if (el.localName === 'civic-quote') return getComputedStyle(root.querySelector('[part="figure"]')!).borderInlineStartColor;
  return getComputedStyle(root.querySelector<HTMLElement>('button[part="filter"][aria-pressed="false"], a[part="citation"]')!).color;
}

describe('theme: NL Design System (voorbeeld)', () => {
  it('the token CSS is on the page: the theme class defines the basis tokens', async () => {
    await region('voorbeeld-theme');
    expect(getComputedStyle(area()).getPropertyValue('--basis-color-action-1-color-default').trim()).to.equal('#5115ef');
    expect(getComputedStyle(area()).getPropertyValue('--civic-accent').trim()).to.equal('#5115ef');
  });

  for (const [index, tag] of tags.entries()) {
    it(`${tag}: font, text, accent and radius from the municipality's tokens; axe passes`, async () => {
      const el = (await region('voorbeeld-theme'))[index]!;
      const box = getComputedStyle(card(el));
      expect(box.fontFamily).to.equal(token('font-family', 'var(--basis-text-font-family-default)'));
      expect(box.fontFamily).to.match(/^"?Noto Sans"?, sans-serif$/);
      expect(box.color).to.equal(token('color', 'var(--basis-color-default-color-document)'));
      expect(box.color).to.equal(rgb('#001a40'));
      expect(accent(el)).to.equal(token('color', 'var(--basis-color-action-1-color-default)'));
      expect(accent(el)).to.equal(rgb('#5115ef'));
      if (tag !== 'civic-quote') {
        expect(box.borderTopLeftRadius).to.equal(token('border-radius', 'var(--basis-border-radius-md)'));
        expect(box.backgroundColor).to.equal(token('color', 'var(--basis-color-default-bg-document)'));
      }
      await expect(el).to.be.accessible();
    });
  }

  it('the profile heading in the theme’s heading font', async () => {
    const [profile] = await region('voorbeeld-theme');
    const heading = profile!.shadowRoot!.querySelector('[part="heading"]')!;
    expect(getComputedStyle(heading).fontFamily).to.equal(token('font-family', 'var(--basis-heading-font-family)'));
    expect(getComputedStyle(heading).fontFamily).to.match(/^"?Noto Serif"?, serif$/);
  });

  it('a token the page changes flows through; a token it lacks leaves civic-story’s default', async () => {
    const elements = await region('voorbeeld-theme', '--basis-color-action-1-color-default: #00568b; --basis-color-default-color-document: initial');
    for (const el of elements) {
      expect(accent(el), el.localName).to.equal(rgb('#00568b'));
      // No --basis text colour: --civic-text is unset, so the text is the page's (inherited) colour.
      expect(getComputedStyle(card(el)).color, el.localName).to.equal(getComputedStyle(area()).color);
      await expect(el).to.be.accessible();
    }
  });

  it('outside the theme class the elements keep their defaults', async () => {
    const elements = await region('');
    for (const el of elements) {
      expect(accent(el), el.localName).to.equal(rgb(LIGHT.accent));
      expect(getComputedStyle(card(el)).fontFamily, el.localName).to.equal(getComputedStyle(area()).fontFamily);
    }
  });
});
