// Text in a direction other than the page's is isolated (its own `dir`, or `<bdi>`), so the bidi
// algorithm does not move punctuation around it: checked on an Arabic page for every element's view
// of the Mechelen sample, and on screen for a source line (title, Arabic comma, publisher).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { connectAndSettle, resetPage, sample, setPageLanguage } from '../helpers.js';

afterEach(resetPage);

const RIGHT_TO_LEFT = /^(ar|he|fa|ur|ps|yi|dv|ckb)\b/i;

/** The text nodes of a shadow root whose language is not a right-to-left one, with no isolating ancestor below the root. */
function unisolated(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    // Only words: digits and punctuation take the direction around them.
    if (!/\p{L}/u.test(text)) continue;
    const parent = node.parentElement;
    const lang = parent?.closest('[lang]')?.getAttribute('lang');
    if (!parent || !lang || RIGHT_TO_LEFT.test(lang)) continue;
    if (parent.closest('style, [hidden], [aria-hidden="true"]')) continue;
    if (!parent.closest('[dir], bdi, slot')) out.push(`${lang}: ${text.slice(0, 40)}`);
  }
  return out;
}

describe('directions on a right-to-left page', () => {
  for (const tag of ['civic-city-profile', 'civic-timeline', 'civic-quote'] as const) {
    it(`${tag}: content in another language and direction has its own dir`, async () => {
      await setPageLanguage('ar');
      const { el } = await connectAndSettle(tag, { data: await sample('mechelen') });
      expect(unisolated(el.shadowRoot!)).to.deep.equal([]);
    });
  }

  it('keeps the comma between a Dutch source title and its publisher', async () => {
    await setPageLanguage('ar');
    const box = document.createElement('div');
    box.dataset['testBox'] = '';
    box.style.inlineSize = '1200px';
    document.body.append(box);
    const el = document.createElement('civic-quote');
    el.data = await sample('mechelen');
    el.quote = 'motto';
    box.append(el);
    await new Promise((resolve) => el.addEventListener('civic-load', resolve, { once: true }));
    await el.updateComplete;
    const source = el.shadowRoot!.querySelector('[part="source"]')!;
    const title = source.querySelector('cite')!.getBoundingClientRect();
    // The publisher's first line box: it may wrap onto the next line.
    const publisher = source.querySelector('span[dir]')!.getClientRects()[0]!;
    const comma = [...source.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes('\u060C'))!;
    expect(comma, 'the Arabic comma').to.exist;
    const range = document.createRange();
    range.selectNodeContents(comma);
    const mark = range.getBoundingClientRect();
    // Right to left: the title, then the comma to its left, then the publisher further left.
    expect(Math.abs(title.top - publisher.top), 'one line').to.be.below(4);
    expect(mark.left).to.be.at.least(publisher.right - 1);
    expect(mark.right).to.be.at.most(title.left + 1);
  });
});
