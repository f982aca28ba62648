// Every element sizes like a block in any container: it fills a container like a <div>, and where the
// page sizes it by its content (table cell, float, inline-block, flex item, centred flex column,
// `auto` grid column, absolutely positioned or `fit-content` box) it takes the width it asks for
// (`--civic-inline-size`), up to its container's. The visible card fills the host. Chromium and Firefox.
import { expect } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import type { StoryElement } from './story-element.js';
import { INLINE_SIZES } from './tokens.js';
import { settled } from '../../test/helpers.js';
import { mechelenArea } from '../../test/suites/area.js';

const REM = 16;
const px = (size: string): number => parseFloat(size) * REM;
const CONTAINER = 1000;

interface Subject {
  name: string;
  markup: string;
  /** The width it asks for, in px. */
  asks: number;
  /** The widest its visible card becomes (the pull quote is centred, at most 42rem). */
  cap?: number;
}

const subjects: Subject[] = [
  { name: 'civic-city-profile', markup: '<civic-city-profile></civic-city-profile>', asks: px(INLINE_SIZES.profile) },
  { name: 'civic-city-profile compact', markup: '<civic-city-profile variant="compact"></civic-city-profile>', asks: px(INLINE_SIZES.profileCompact) },
  { name: 'civic-timeline', markup: '<civic-timeline></civic-timeline>', asks: px(INLINE_SIZES.timeline) },
  { name: 'civic-quote', markup: '<civic-quote></civic-quote>', asks: px(INLINE_SIZES.quote) },
  { name: 'civic-quote pull', markup: '<civic-quote variant="pull"></civic-quote>', asks: px(INLINE_SIZES.quotePull), cap: 42 * REM },
];

/** Layouts that size their child by its content; `{}` marks where the element goes. */
const shrinkToFit: Record<string, string> = {
  'a table cell': '<table><tr><td>{}</td></tr></table>',
  'a float': '<div style="float: inline-start">{}</div><p>Text beside the float.</p><div style="clear: both"></div>',
  'an inline-block': '<div style="display: inline-block">{}</div>',
  'a centred flex column': '<div style="display: flex; flex-direction: column; align-items: center">{}</div>',
  'a grid-template-columns: auto column': '<div style="display: grid; grid-template-columns: auto; justify-content: start">{}</div>',
  'an absolutely positioned box': '<div style="position: relative; block-size: 2rem"><div style="position: absolute; inset-block-start: 0; inset-inline-start: 0">{}</div></div>',
  'a fit-content box': '<div style="inline-size: fit-content">{}</div>',
};

const { area, mechelen } = mechelenArea((box) => {
  box.style.cssText = `inline-size: ${CONTAINER}px; font-size: ${REM}px`;
});

/** Puts the layout with the element into the test area, gives it the Mechelen sample and waits for it. */
async function place(layout: string, markup: string): Promise<StoryElement> {
  area().innerHTML = layout.replace('{}', markup);
  const el = area().querySelector<StoryElement>('civic-city-profile, civic-timeline, civic-quote')!;
  const done = settled(el);
  el.data = mechelen();
  await done;
  await el.updateComplete;
  return el;
}

/** The visible card (or quote figure) inside the element. */
const card = (el: StoryElement): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.box > *')!;
const width = (node: Element): number => node.getBoundingClientRect().width;

/** Nothing inside sticks out of the element: it is at least as wide as its content needs. */
function expectContentInside(el: StoryElement, what: string): void {
  const host = el.getBoundingClientRect();
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.box *')) {
    if (node.closest('[hidden], .visually-hidden, .details:not(.open)')) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.left, `${what}: ${node.localName}.${node.className} starts inside`).to.be.at.least(host.left - 1);
    expect(box.right, `${what}: ${node.localName}.${node.className} ends inside`).to.be.at.most(host.right + 1);
  }
}

describe('sizing: like a block in any container', () => {
  for (const subject of subjects) {
    it(`${subject.name} fills its container like a <div>`, async () => {
      const el = await place('<div>{}</div>', subject.markup);
      expect(width(el)).to.be.closeTo(CONTAINER, 1);
      expect(width(card(el))).to.be.closeTo(Math.min(CONTAINER, subject.cap ?? Infinity), 1);
    });

    for (const [layout, markup] of Object.entries(shrinkToFit)) {
      it(`${subject.name} in ${layout} takes the width it asks for, up to its container`, async () => {
        const el = await place(markup, subject.markup);
        const wanted = Math.min(subject.asks, CONTAINER);
        expect(width(el), 'element width').to.be.closeTo(wanted, 1);
        expect(width(card(el)), 'card width').to.be.closeTo(width(el), 1);
        expectContentInside(el, layout);
      });
    }

    it(`${subject.name} in a narrow shrink-to-fit box stays within it`, async () => {
      const el = await place('<div style="inline-size: 280px"><div style="float: left">{}</div></div>', subject.markup);
      expect(width(el)).to.be.closeTo(280, 1);
      expectContentInside(el, 'a float in 280px');
    });

    it(`${subject.name} in a 100 px box at the page's edge makes the page scroll nowhere`, async () => {
      const el = await place('<div style="inline-size: 100px; margin-inline-start: auto">{}</div>', subject.markup);
      area().style.inlineSize = '100%';
      await el.updateComplete;
      expect(width(el)).to.be.closeTo(100, 1);
      const page = document.documentElement;
      expect(page.scrollWidth, 'page width').to.be.at.most(page.clientWidth);
    });

    it(`${subject.name} in a flex sidebar beside the main text is a readable column`, async () => {
      const el = await place(
        `<div style="display: flex; gap: 1rem"><aside>{}</aside><main><p>${'The main text of the page runs on, as an article does. '.repeat(8)}</p></main></div>`,
        subject.markup,
      );
      // Both flex items shrink from their preferred widths; the element keeps a readable column.
      expect(width(el)).to.be.at.least(Math.min(subject.asks, 15 * REM) - 1);
      expect(width(card(el))).to.be.closeTo(width(el), 1);
      expectContentInside(el, 'flex sidebar');
    });
  }
});

describe('sizing: the card stretches with its host', () => {
  for (const subject of subjects) {
    it(`${subject.name} fills a 900 px flex row and the row's height`, async () => {
      const el = await place(
        '<div style="display: flex; inline-size: 900px"><div style="flex: 1; display: flex">{}</div><div style="block-size: 4000px; inline-size: 1px"></div></div>',
        subject.markup.replace('><', ' style="flex: 1"><'),
      );
      expect(width(el)).to.be.closeTo(899, 1);
      expect(width(card(el))).to.be.closeTo(Math.min(width(el), subject.cap ?? Infinity), 1);
      // Stretched to the tall sibling's height, the card is as tall as the host.
      const host = el.getBoundingClientRect();
      expect(host.height).to.be.closeTo(4000, 1);
      expect(card(el).getBoundingClientRect().height).to.be.closeTo(host.height, 1);
    });

    it(`${subject.name} fills an absolutely positioned 700 px box`, async () => {
      const el = await place(
        '<div style="position: relative; block-size: 2rem"><div style="position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: 700px">{}</div></div>',
        subject.markup,
      );
      expect(width(el)).to.be.closeTo(700, 1);
      expect(width(card(el))).to.be.closeTo(Math.min(700, subject.cap ?? Infinity), 1);
    });
  }

  it('follows --civic-inline-size where the page sizes it by content', async () => {
    const el = await place('<div style="float: left">{}</div>', '<civic-quote style="--civic-inline-size: 25rem"></civic-quote>');
    expect(width(el)).to.be.closeTo(400, 1);
  });
});

describe('sizing: responsive rules follow the element’s own width', () => {
  it('shows the timeline’s date column in a wide float, and one column in a narrow sidebar', async () => {
    const wide = await place('<div style="float: left">{}</div>', '<civic-timeline></civic-timeline>');
    // The date follows the heading in reading order; in the wide layout it stands in a column before it.
    // Mechelen's initiatives have no dates (and so no date column): give the first one a year.
    const dated = structuredClone(mechelen()) as { initiatives: { start?: string }[] };
    dated.initiatives[0]!.start = '2001';
    const besideTitle = async (el: StoryElement): Promise<boolean> => {
      el.data = dated;
      await el.updateComplete;
      const entry = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="entry"]')].find((candidate) => candidate.querySelector('[part="date"]'))!;
      return entry.querySelector('[part="date"]')!.getBoundingClientRect().right <= entry.querySelector('[part="title"]')!.getBoundingClientRect().left;
    };
    expect(await besideTitle(wide)).to.be.true;
    const narrow = await place('<div style="display: flex"><aside style="flex: 0 0 300px">{}</aside><main>Main</main></div>', '<civic-timeline></civic-timeline>');
    expect(await besideTitle(narrow)).to.be.false;
  });

  it('gives the full profile two columns of figures in a table cell of its own width', async () => {
    const el = await place(shrinkToFit['a table cell']!, '<civic-city-profile></civic-city-profile>');
    // Two columns: the figures stand at two distinct inline positions (they flow down each column).
    const lefts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="fact"]')].map((fact) => Math.round(fact.getBoundingClientRect().left));
    expect(new Set(lefts).size).to.equal(2);
  });
});
