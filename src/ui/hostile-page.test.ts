// The widgets on a page with aggressive global CSS: a 10px root font size, a reset like Tailwind's
// preflight, and `* { box-sizing: content-box; line-height: 1 }`. Every widget stays readable (text
// no smaller than three quarters of the page's, lines not squeezed) with nothing overflowing it, at
// a phone's width and a desktop's; and a widget rendered in a hidden container lays out when shown.
import { expect } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import { sample, settled } from '../../test/helpers.js';

const HOSTILE_CSS = `
  *, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; }
  html { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4; font-family: ui-sans-serif, system-ui, sans-serif; }
  body { margin: 0; line-height: inherit; }
  h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
  a { color: inherit; text-decoration: inherit; }
  ol, ul, menu { list-style: none; margin: 0; padding: 0; }
  img, svg, video { display: block; vertical-align: middle; max-width: 100%; height: auto; }
  button, input { font: inherit; color: inherit; margin: 0; padding: 0; background-color: transparent; }
  html { font-size: 10px; }
  body { font-size: 1.6rem; }
  * { box-sizing: content-box; line-height: 1; }
`;

type StoryTag = 'civic-city-profile' | 'civic-timeline' | 'civic-quote';
const TAGS: StoryTag[] = ['civic-city-profile', 'civic-timeline', 'civic-quote'];

let style: HTMLStyleElement;
before(() => {
  style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
});
after(() => style.remove());
afterEach(() => {
  for (const el of document.querySelectorAll('.stage')) el.remove();
});

async function place(tag: StoryTag, width: number, hidden = false): Promise<{ el: HTMLElement; stage: HTMLElement }> {
  const stage = document.createElement('div');
  stage.className = 'stage';
  stage.style.inlineSize = `${width}px`;
  stage.hidden = hidden;
  const el = document.createElement(tag);
  el.data = await sample('mechelen');
  if (tag === 'civic-quote') el.setAttribute('quote', 'motto');
  stage.append(el);
  const done = settled(el);
  document.body.append(stage);
  expect((await done).type).to.equal('civic-load');
  await el.updateComplete;
  return { el, stage };
}

/** The elements of the shadow root that hold visible text. */
function textHolders(root: ShadowRoot): HTMLElement[] {
  const holders = new Set<HTMLElement>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim()) continue;
    if (parent.closest('.visually-hidden, [hidden]') || parent.getClientRects().length === 0) continue;
    holders.add(parent);
  }
  return [...holders];
}

function expectReadable(el: HTMLElement, label: string): void {
  const pageSize = parseFloat(getComputedStyle(document.body).fontSize);
  for (const holder of textHolders(el.shadowRoot!)) {
    const computed = getComputedStyle(holder);
    const size = parseFloat(computed.fontSize);
    const what = `${label}: <${holder.localName} class="${holder.className}">${holder.textContent!.trim().slice(0, 30)}`;
    expect(size, `${what} font size`).to.be.at.least(Math.min(12, pageSize * 0.75));
    // Superscript citations ([1]) have no line height of their own on purpose: they must not open up the line.
    if (holder.classList.contains('citation')) continue;
    const lineHeight = computed.lineHeight === 'normal' ? size * 1.2 : parseFloat(computed.lineHeight);
    expect(lineHeight / size, `${what} line height`).to.be.at.least(1.2);
  }
}

function expectNoOverflow(el: HTMLElement, label: string): void {
  const host = el.getBoundingClientRect();
  expect(host.width, `${label}: laid out`).to.be.greaterThan(100);
  expect(host.right, `${label}: within its container`).to.be.at.most(el.parentElement!.getBoundingClientRect().right + 0.5);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden') || node.getClientRects().length === 0) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    const what = `${label}: <${node.localName} class="${node.className}">`;
    expect(box.left, `${what} left edge`).to.be.at.least(host.left - 0.5);
    expect(box.right, `${what} right edge`).to.be.at.most(host.right + 0.5);
  }
}

describe('hostile page: aggressive global CSS', () => {
  for (const width of [320, 900]) {
    for (const tag of TAGS) {
      it(`keeps <${tag}> readable and within its ${width}px container`, async () => {
        const { el } = await place(tag, width);
        expectReadable(el, tag);
        expectNoOverflow(el, tag);
      });
    }
  }
});

describe('hostile page: a widget rendered in a hidden container', () => {
  for (const tag of TAGS) {
    it(`lays out <${tag}> when the container is shown`, async () => {
      const { el, stage } = await place(tag, 900, true);
      expect(el.getBoundingClientRect().height).to.equal(0);
      stage.hidden = false;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      expectReadable(el, tag);
      expectNoOverflow(el, tag);
      // The wide layout applies once the container has a width (container queries).
      const visible = (await place(tag, 900)).el;
      expect(el.getBoundingClientRect().height).to.be.closeTo(visible.getBoundingClientRect().height, 2);
    });
  }
});
