// No layout shift while a document loads by `src`: the space an element keeps while loading is the
// space its fallback content or its size hint gives it, so the text after it stays where it is, and
// the switch to the loaded view moves nothing when the hint is right. Geometry in Chromium, Firefox
// and WebKit; the browser's own layout-shift records where the browser has them (Chromium).
import { expect } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import type { StoryElement } from './story-element.js';
import { sample, settled, textOf } from '../../test/helpers.js';
import { FALLBACK, slowSrc } from '../../test/fixtures/loading.js';

const TAGS = ['civic-city-profile', 'civic-timeline', 'civic-quote'] as const;
const ATTRIBUTES: Record<(typeof TAGS)[number], string> = { 'civic-city-profile': '', 'civic-timeline': '', 'civic-quote': ' quote="motto"' };


/**
 * Layout-shift records: only Chromium has them (Firefox and WebKit list no 'layout-shift' entry type;
 * the geometry tests above hold in every engine).
 */
const CAN_OBSERVE_LAYOUT_SHIFT = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('layout-shift');

function skipWithoutLayoutShift(test: Mocha.Context): void {
  if (!CAN_OBSERVE_LAYOUT_SHIFT) test.skip();
}

const frames = (count = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => void (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });

/** A column of the page, 24rem wide: `markup` between two paragraphs. */
function column(markup: string): { holder: HTMLElement; after: HTMLElement } {
  const holder = document.createElement('div');
  holder.className = 'holder';
  holder.style.cssText = 'inline-size: 24rem; font: 16px/1.6 sans-serif';
  // Static test markup only.
  holder.innerHTML = `<p>Before the widget.</p>${markup}<p class="after">After the widget.</p>`;
  document.body.append(holder);
  return { holder, after: holder.querySelector<HTMLElement>('.after')! };
}

const top = (node: Element): number => node.getBoundingClientRect().top;

/** The block size of `tag` once it shows the sample, in this column. */
async function loadedHeight(tag: string): Promise<number> {
  const document = await sample('mechelen');
  const { holder } = column(`<${tag}${ATTRIBUTES[tag as (typeof TAGS)[number]]}></${tag}>`);
  const el = holder.querySelector(tag) as StoryElement;
  const done = settled(el);
  // Before its first update: it never shows the no-document state.
  el.data = document;
  await done;
  await el.updateComplete;
  await frames();
  const height = el.getBoundingClientRect().height;
  holder.remove();
  return height;
}

afterEach(() => {
  document.querySelectorAll('body > div.holder').forEach((node) => node.remove());
});

describe('layout shift: fallback content holds the space while src loads', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows its fallback while loading, laid out as without civic-story, then the view`, async () => {
      // Without civic-story: the same fallback in an element the browser does not know, as the page
      // shows it before the script has run.
      const plain = column(`<civic-not-defined>${FALLBACK}</civic-not-defined>`);
      const plainFallback = top(plain.holder.querySelector('.fallback')!) - top(plain.holder);
      const plainAfter = top(plain.after) - top(plain.holder);
      plain.holder.remove();

      const { holder, after } = column(`<${tag} src="${slowSrc(1500)}"${ATTRIBUTES[tag]}>${FALLBACK}</${tag}>`);
      const el = holder.querySelector(tag) as StoryElement;
      const done = settled(el);
      await el.updateComplete;
      await frames();
      const fallback = el.querySelector('.fallback')!;
      expect(fallback.getBoundingClientRect().height, 'the fallback is laid out').to.be.greaterThan(50);
      expect(top(fallback) - top(holder), 'the fallback is where it was without civic-story').to.be.closeTo(plainFallback, 1);
      expect(top(after) - top(holder), 'the text after it is where it was without civic-story').to.be.closeTo(plainAfter, 1);
      const status = el.shadowRoot!.querySelector('[part="loading"] [role="status"]');
      expect(textOf(status), 'a screen reader still hears that it loads').to.equal('Loading…');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the fallback is not hidden as busy').to.equal(null);

      expect((await done).type).to.equal('civic-load');
      await el.updateComplete;
      expect(fallback.getBoundingClientRect().height, 'the fallback gives way to the view').to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
      expect(textOf(el.shadowRoot)).to.contain(tag === 'civic-quote' ? 'Niet je afkomst' : 'Mechelen');
    });
  }

  it('white space and the inline JSON are no fallback: the loading view keeps its own space', async () => {
    const { holder } = column(`<civic-timeline src="${slowSrc(1000)}">
      </civic-timeline>`);
    const el = holder.querySelector('civic-timeline') as StoryElement;
    await el.updateComplete;
    const busy = el.shadowRoot!.querySelector('[part="loading"][aria-busy="true"]');
    expect(busy, 'the loading view').to.exist;
    expect(busy!.getBoundingClientRect().height).to.be.greaterThan(100);
    await settled(el);
  });
});

describe('layout shift: a size hint holds the space, and the loaded view moves nothing', () => {
  for (const tag of TAGS) {
    for (const hint of ['min-block-size', '--civic-loading-size'] as const) {
      it(`<${tag}> with style="${hint}: <its height>": the text after it stays put`, async () => {
        const height = await loadedHeight(tag);
        expect(height).to.be.greaterThan(100);
        const { holder, after } = column(`<${tag} src="${slowSrc(600)}"${ATTRIBUTES[tag]} style="${hint}: ${height}px"></${tag}>`);
        const el = holder.querySelector(tag) as StoryElement;
        const done = settled(el);
        await el.updateComplete;
        await frames();
        expect(el.shadowRoot!.querySelector('[part="loading"]'), 'still loading').to.exist;
        const loading = top(after);
        expect(el.getBoundingClientRect().height).to.be.closeTo(height, 1);

        expect((await done).type).to.equal('civic-load');
        await el.updateComplete;
        await frames();
        expect(top(after), 'moved by the switch to the view').to.be.closeTo(loading, 1);
      });
    }
  }
});

describe('layout shift: what the browser records (Chromium)', () => {
  /** The layout shifts of nodes in `holder` while `run` runs, then two frames longer. */
  async function shiftsIn(holder: HTMLElement, run: () => Promise<void>): Promise<number[]> {
    const values: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
        if (entry.sources.some((source) => source.node && holder.contains(source.node))) values.push(entry.value);
      }
    });
    observer.observe({ type: 'layout-shift' });
    try {
      await run();
      await frames(3);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      observer.disconnect();
    }
    return values;
  }

  async function loadAndWatch(markup: string, tag: string): Promise<number[]> {
    const { holder } = column(markup);
    const el = holder.querySelector(tag) as StoryElement;
    return shiftsIn(holder, async () => {
      const done = settled(el);
      await el.updateComplete;
      await frames(3);
      await done;
      await el.updateComplete;
    });
  }

  it('records the shift of the text after an element without hint (the observer sees it)', async function () {
    skipWithoutLayoutShift(this);
    const shifts = await loadAndWatch(`<civic-city-profile src="${slowSrc(400)}"></civic-city-profile>`, 'civic-city-profile');
    expect(shifts.length, 'the text after the element moved').to.be.greaterThan(0);
  });

  for (const tag of TAGS) {
    it(`<${tag}> with a right size hint: no layout shift at all`, async function () {
      skipWithoutLayoutShift(this);
      const height = await loadedHeight(tag);
      const shifts = await loadAndWatch(`<${tag} src="${slowSrc(400)}"${ATTRIBUTES[tag]} style="min-block-size: ${height}px"></${tag}>`, tag);
      expect(shifts).to.deep.equal([]);
    });
  }
});
