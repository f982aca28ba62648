// dist/civic-story.classic.js: the bundle as a classic script (no type="module"), as a CMS that only
// allows classic scripts, or a page opened from a file, would load it. And the error a reader gets
// when `src` points at a file: URL, which browsers never fetch.
import { expect } from '@open-wc/testing';
import { textOf } from '../helpers.js';

const mechelen = JSON.stringify({
  version: 1,
  lang: 'nl',
  city: { name: 'Mechelen', country: 'BE' },
  quotes: [{ id: 'motto', text: 'Niet je afkomst, maar je toekomst telt.', author: { name: 'Bart Somers' } }],
});

/** A page in an iframe with the classic script and the given body; resolves once it has loaded. */
async function classicPage(body: string, lang = 'en'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script>window.civicErrors = []; document.addEventListener('civic-error', (event) => civicErrors.push(event.detail.message));</script><script src="/dist/civic-story.classic.js"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function settledIn(el: Element): Promise<void> {
  const view = el as HTMLElement & { updateComplete: Promise<boolean> };
  await view.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('classic script build', () => {
  it('defines the three elements without modules and shows an inline document', async () => {
    const frame = await classicPage(`<civic-quote><script type="application/json">${mechelen}</script></civic-quote>`);
    const win = frame.contentWindow as Window & { CivicStory?: { VERSION: string } };
    expect(win.CivicStory?.VERSION, 'window.CivicStory').to.be.a('string');
    for (const tag of ['civic-city-profile', 'civic-timeline', 'civic-quote']) expect(win.customElements.get(tag), tag).to.exist;
    const quote = frame.contentDocument!.querySelector('civic-quote')!;
    await settledIn(quote);
    const blockquote = quote.shadowRoot!.querySelector('blockquote');
    expect(textOf(blockquote)).to.equal('Niet je afkomst, maar je toekomst telt.');
    expect(blockquote!.getAttribute('lang')).to.equal('nl');
    frame.remove();
  });

  it('a src that is a file: URL fails with a message that says why, in the page language', async () => {
    for (const [lang, words] of [
      ['en', 'The story could not be loaded: a page opened from a file (file://) cannot fetch src. Serve the page from a web server, or put the document inline.'],
      ['nl', 'een pagina die als bestand is geopend (file://) kan src niet ophalen'],
    ] as const) {
      const frame = await classicPage('<civic-timeline src="file:///data/mechelen.json"></civic-timeline>', lang);
      const timeline = frame.contentDocument!.querySelector('civic-timeline')!;
      const win = frame.contentWindow as Window & { civicErrors: string[] };
      await until(() => win.civicErrors.length > 0 && textOf(timeline.shadowRoot?.querySelector('[role="alert"]')).includes(words));
      expect(win.civicErrors, 'one civic-error').to.have.length(1);
      if (lang === 'en') expect(win.civicErrors[0]).to.equal(words);
      frame.remove();
    }
  });
});
