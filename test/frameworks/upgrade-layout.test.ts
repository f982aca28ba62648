// What the page shows before civic-story's script runs keeps its place when the elements upgrade:
// - server-rendered markup (civic-story/ssr) on a page that does not load Lit's hydration support
//   first (a page with the CDN bundle): the element renders again from its inline JSON and the
//   server's view gives way in the same task: one view, the same size;
// - fallback content in an element that loads by `src`: it stays laid out while the document loads.
// Nothing after them moves. Each element is put into the page before its module is loaded, as on a
// page whose script comes last. Geometry in Chromium, Firefox and WebKit; the browser's own
// layout-shift records where it has them (Chromium).
import { expect } from '@open-wc/testing';
import { textOf } from '../helpers.js';
import { FALLBACK, slowSrc } from '../fixtures/loading.js';

/** Server markup from the test server (web-test-runner.config.mjs renders it with dist/ssr). */
async function serverMarkup(query: string): Promise<string> {
  const response = await fetch(`/__test__/ssr?${query}`);
  expect(response.ok).to.be.true;
  return response.text();
}


const frames = (count = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => void (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });

/** Layout-shift records: Chromium only (Firefox and WebKit list no 'layout-shift' entry type). */
const CAN_OBSERVE_LAYOUT_SHIFT = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('layout-shift');

type Upgradable = HTMLElement & { updateComplete: Promise<boolean> };

const cases = [
  { query: 'element=city-profile', tag: 'civic-city-profile', attributes: '', module: () => import('../../src/city-profile/civic-city-profile.js'), sees: 'Mayor of Mechelen' },
  { query: 'element=timeline', tag: 'civic-timeline', attributes: '', module: () => import('../../src/timeline/civic-timeline.js'), sees: 'Showing 14 of 14 initiatives' },
  { query: 'element=quote&quote=motto', tag: 'civic-quote', attributes: ' quote="motto"', module: () => import('../../src/quote/civic-quote.js'), sees: 'Niet je afkomst, maar je toekomst telt.' },
];

describe('upgrade without layout shift', () => {
  for (const { query, tag, attributes, module, sees } of cases) {
    it(`<${tag}>: server markup without hydration support and fallback content keep their place`, async () => {
      const holder = document.createElement('div');
      holder.style.cssText = 'inline-size: 24rem; font: 16px/1.6 sans-serif';
      document.body.append(holder);
      holder.setHTMLUnsafe(
        `<p>Before.</p>${await serverMarkup(query)}<p class="after-ssr">After.</p>` +
          `<${tag} class="with-fallback" src="${slowSrc(4000)}"${attributes}>${FALLBACK}</${tag}><p class="after-fallback">After.</p>`,
      );
      expect(customElements.get(tag), 'not yet defined').to.be.undefined;
      const [rendered, withFallback] = [...holder.querySelectorAll<Upgradable>(tag)] as [Upgradable, Upgradable];
      const root = rendered.shadowRoot!;
      expect(textOf(root)).to.include(sees);
      await frames();
      const box = (el: Element): { top: number; height: number } => {
        const rect = el.getBoundingClientRect();
        return { top: rect.top, height: rect.height };
      };
      // What the reader sees: the server's view, the fallback content (an element not yet defined is
      // inline, and engines measure an inline box around blocks differently), the text after each.
      const seen = (): Element[] => [rendered, holder.querySelector('.after-ssr')!, withFallback.querySelector('.fallback')!, holder.querySelector('.after-fallback')!];
      const before = seen().map(box);
      expect(before[2]!.height, 'the fallback is laid out').to.be.greaterThan(50);

      const shifts: number[] = [];
      const observer = CAN_OBSERVE_LAYOUT_SHIFT
        ? new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
              if (entry.sources.some((source) => source.node && holder.contains(source.node))) shifts.push(entry.value);
            }
          })
        : undefined;
      observer?.observe({ type: 'layout-shift' });
      await module();
      await rendered.updateComplete;
      await withFallback.updateComplete;
      await frames(3);
      observer?.disconnect();

      // The server-rendered element: its own view, once, where the server's was.
      expect(rendered.shadowRoot).to.equal(root);
      expect([...root.children].filter((child) => child.classList.contains('frame')).length, 'one view, not the server one beside it').to.equal(1);
      expect(textOf(root).split(sees).length - 1, 'its text once').to.equal(1);
      // The element with fallback content: still loading, still showing the fallback.
      expect(withFallback.shadowRoot!.querySelector('[part="loading"]'), 'still loading').to.exist;
      expect(withFallback.querySelector('.fallback')!.getBoundingClientRect().height, 'the fallback is shown').to.be.greaterThan(50);

      const after = seen().map(box);
      after.forEach((now, index) => {
        expect(now.top, `top of node ${index}`).to.be.closeTo(before[index]!.top, 1);
        expect(now.height, `height of node ${index}`).to.be.closeTo(before[index]!.height, 1);
      });
      if (observer) expect(shifts, 'layout shifts (Chromium)').to.deep.equal([]);
      holder.remove();
    });
  }
});
