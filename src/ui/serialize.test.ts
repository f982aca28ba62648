// Serialization and content assignment: an element given `.data` keeps its document through
// `cloneNode(true)` and an `outerHTML` round trip once `writeInlineJson()` wrote it into the element;
// story JSON passed on through a `<slot>` by a wrapping component is read. Chromium and Firefox.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import type { StoryElement } from './story-element.js';
import { sample, settled } from '../../test/helpers.js';

const tags = ['civic-city-profile', 'civic-timeline', 'civic-quote'] as const;

/** What a reader sees of the element's document: the heading of the card, the first entry, the quote. */
function shownText(el: Element): string {
  const root = el.shadowRoot!;
  const node = root.querySelector('[part="heading"], [part="title"], [part="quote"]');
  return node?.textContent?.trim() ?? '';
}

let area: HTMLDivElement;
beforeEach(() => {
  area = document.createElement('div');
  document.body.append(area);
});
afterEach(() => area.remove());

async function given(tag: string, data: unknown): Promise<StoryElement> {
  const el = document.createElement(tag) as StoryElement;
  const done = settled(el);
  el.data = data;
  area.append(el);
  await done;
  return el;
}

/** Puts a node into the page and waits for its element to load. */
async function attach(node: Element): Promise<Element> {
  const el = node.matches('civic-city-profile, civic-timeline, civic-quote') ? node : node.querySelector('civic-city-profile, civic-timeline, civic-quote')!;
  const done = oneEvent(el, 'civic-load');
  area.append(node);
  await done;
  await (el as StoryElement).updateComplete;
  return el;
}

describe('serialization: writeInlineJson()', () => {
  for (const tag of tags) {
    it(`${tag}: a clone of an element given .data shows the same document`, async () => {
      const el = await given(tag, await sample('mechelen'));
      const expected = shownText(el);
      expect(expected).not.to.equal('');
      const script = el.writeInlineJson()!;
      expect(script.parentNode).to.equal(el);
      expect(script.type).to.equal('application/json');
      const clone = await attach(el.cloneNode(true) as Element);
      expect(shownText(clone)).to.equal(expected);
    });

    it(`${tag}: outerHTML parsed again shows the same document`, async () => {
      const el = await given(tag, await sample('mechelen'));
      const expected = shownText(el);
      el.writeInlineJson();
      const parsed = new DOMParser().parseFromString(`<!doctype html><body>${el.outerHTML}`, 'text/html');
      const copy = await attach(document.importNode(parsed.body.firstElementChild!, true));
      expect(shownText(copy)).to.equal(expected);
    });
  }

  it('escapes "<" so text in the document cannot end the script', async () => {
    const doc = await sample('mechelen');
    doc.city!.summary = 'A </script><b>bold</b> <!-- claim -->';
    const el = await given('civic-city-profile', doc);
    el.writeInlineJson();
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${el.outerHTML}`, 'text/html');
    expect(parsed.querySelector('b')).to.equal(null);
    const copy = await attach(document.importNode(parsed.body.firstElementChild!, true));
    expect(copy.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim()).to.equal('A </script><b>bold</b> <!-- claim -->');
  });

  it('replaces the inline JSON already there, keeps the fallback, and does not load again', async () => {
    const el = (await fixture(html`<civic-quote><script type="application/json">{"version": 1, "quotes": [{"id": "a", "text": "Old", "author": {"name": "A"}}]}</script><p>Fallback</p></civic-quote>`)) as StoryElement;
    await el.updateComplete;
    const loads: Event[] = [];
    el.addEventListener('civic-load', (event) => loads.push(event));
    const done = oneEvent(el, 'civic-load');
    el.data = { version: 1, quotes: [{ id: 'b', text: 'New', author: { name: 'B' } }] };
    await done;
    el.writeInlineJson();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.querySelectorAll('script').length).to.equal(1);
    expect(JSON.parse(el.querySelector('script')!.textContent!).quotes[0].id).to.equal('b');
    expect(el.querySelector('p')!.textContent).to.equal('Fallback');
    expect(loads.length, 'one civic-load, for the new .data only').to.equal(1);
  });

  it('writes nothing without .data, or for data that is not JSON', async () => {
    const el = document.createElement('civic-quote');
    expect(el.writeInlineJson()).to.equal(undefined);
    const cyclic: Record<string, unknown> = { version: 1 };
    cyclic.self = cyclic;
    el.data = cyclic;
    expect(el.writeInlineJson()).to.equal(undefined);
    expect(el.children.length).to.equal(0);
  });

  it('leaves the children alone until asked (frameworks own them)', async () => {
    const el = await given('civic-timeline', await sample('mechelen'));
    expect(el.children.length).to.equal(0);
  });
});

class StoryCard extends HTMLElement {
  constructor() {
    super();
    // A page's own component that wraps a timeline and passes its content on.
    const root = this.attachShadow({ mode: 'open' });
    const timeline = document.createElement('civic-timeline');
    timeline.append(document.createElement('slot'));
    root.append(timeline);
  }
}
customElements.define('test-story-card', StoryCard);

describe('content assignment: story JSON through a <slot>', () => {
  const json = (title: string): string => JSON.stringify({ version: 1, initiatives: [{ id: 'a', title }] });

  it('reads a <script type="application/json"> assigned to a slot child, and follows changes to it', async () => {
    const card = document.createElement('test-story-card');
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: json('Passed on') });
    card.append(script);
    const timeline = card.shadowRoot!.querySelector('civic-timeline')!;
    const loaded = oneEvent(timeline, 'civic-load');
    area.append(card);
    await loaded;
    await timeline.updateComplete;
    expect(shownText(timeline)).to.equal('Passed on');
    // The wrapper's content changes: its text, then the script itself.
    let next = oneEvent(timeline, 'civic-load');
    script.textContent = json('Edited');
    await next;
    await timeline.updateComplete;
    expect(shownText(timeline)).to.equal('Edited');
    next = oneEvent(timeline, 'civic-load');
    script.replaceWith(Object.assign(document.createElement('script'), { type: 'application/json', textContent: json('Replaced') }));
    await next;
    await timeline.updateComplete;
    expect(shownText(timeline)).to.equal('Replaced');
  });

  it('prefers its own inline JSON child to a slotted one', async () => {
    const card = document.createElement('test-story-card');
    card.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: json('Slotted') }));
    const timeline = card.shadowRoot!.querySelector('civic-timeline')!;
    timeline.prepend(Object.assign(document.createElement('script'), { type: 'application/json', textContent: json('Own') }));
    const loaded = oneEvent(timeline, 'civic-load');
    area.append(card);
    await loaded;
    await timeline.updateComplete;
    expect(shownText(timeline)).to.equal('Own');
  });
});
