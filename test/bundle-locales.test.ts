// What a page that loads only the CDN bundle downloads for its UI language: the bundle carries
// English; a page in another language adds exactly that language's module from beside the bundle
// (dist/civic-story.bundle.<locale>.js), and a bundle copied without its locale modules shows English
// and says so once in the console. Served with the strict CSP of the embed page. Needs `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame, textOf } from './helpers.js';

interface EmbedLog {
  errors: string[];
  events: { type: string }[];
  violations: string[];
  consoleWarnings: string[];
}
type EmbedWindow = Window & { civicLog: EmbedLog };

const THREE_WIDGETS =
  '<civic-city-profile src="/samples/mechelen.json"></civic-city-profile>' +
  '<civic-timeline src="/samples/mechelen.json"></civic-timeline>' +
  '<civic-quote src="/samples/mechelen.json" quote="motto"></civic-quote>';

const pages: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of pages.splice(0)) frame.remove();
});

/** An embed page in `lang` with the three widgets; resolves once each has loaded and `ready` holds. */
async function embed(lang: string, options: { alone?: boolean; ready: (doc: Document) => boolean }): Promise<{ doc: Document; win: EmbedWindow }> {
  const body = btoa(THREE_WIDGETS).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const frame = await loadFrame(`/__test__/embed?lang=${lang}&body=${body}${options.alone ? '&bundle=alone' : ''}`, pages);
  const win = frame.contentWindow as EmbedWindow;
  const doc = frame.contentDocument!;
  await waitUntil(() => win.civicLog.events.length >= 3 && options.ready(doc), 'the three widgets load and show the expected language', { timeout: 8000 });
  return { doc, win };
}

const searchLabel = (doc: Document): HTMLLabelElement | null => doc.querySelector('civic-timeline')?.shadowRoot?.querySelector('label[for="search"]') ?? null;

/** The civic-story files the page fetched (paths), in the order it fetched them. */
function civicFiles(win: EmbedWindow): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/civic-story\.bundle(\.[a-z]+)?\.js$/.test(path));
}

describe('CDN bundle: one UI language per page', () => {
  it('a Dutch page shows Dutch and fetches the bundle and the nl module, no other locale', async () => {
    const { doc, win } = await embed('nl', { ready: (page) => textOf(searchLabel(page)) === 'Initiatieven zoeken' });
    expect(textOf(searchLabel(doc))).to.equal('Initiatieven zoeken');
    expect(textOf(doc.querySelector('civic-city-profile')!.shadowRoot)).to.contain('86.000');
    expect(civicFiles(win)).to.deep.equal(['/dist/civic-story.bundle.js', '/dist/civic-story.bundle.nl.js']);
    expect(win.civicLog.errors, 'errors thrown into the page').to.deep.equal([]);
    expect(win.civicLog.violations, 'CSP violations').to.deep.equal([]);
    expect(win.civicLog.consoleWarnings.filter((text) => text.includes('civic-story')), 'civic-story warnings').to.deep.equal([]);
  });

  it('an Arabic page fetches only the ar module beside the bundle', async () => {
    const { doc, win } = await embed('ar', { ready: (page) => textOf(searchLabel(page)) !== '' && textOf(searchLabel(page)) !== 'Search initiatives' });
    expect(searchLabel(doc)!.closest('[lang]')?.getAttribute('lang') ?? doc.documentElement.lang).to.equal('ar');
    expect(civicFiles(win)).to.deep.equal(['/dist/civic-story.bundle.js', '/dist/civic-story.bundle.ar.js']);
    expect(win.civicLog.violations, 'CSP violations').to.deep.equal([]);
  });

  it('an English page fetches no locale module', async () => {
    const { doc, win } = await embed('en', { ready: (page) => textOf(searchLabel(page)) === 'Search initiatives' });
    // Give a stray locale request time to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(textOf(searchLabel(doc))).to.equal('Search initiatives');
    expect(civicFiles(win)).to.deep.equal(['/dist/civic-story.bundle.js']);
    expect(win.civicLog.errors, 'errors thrown into the page').to.deep.equal([]);
    expect(win.civicLog.consoleWarnings.filter((text) => text.includes('civic-story')), 'civic-story warnings').to.deep.equal([]);
  });

  it('a bundle copied without its locale modules shows English on a Dutch page and warns once', async () => {
    const { doc, win } = await embed('nl', {
      alone: true,
      ready: (page) => textOf(searchLabel(page)) === 'Search initiatives' && (page.defaultView as unknown as EmbedWindow).civicLog.consoleWarnings.some((text) => text.includes('civic-story')),
    });
    // Let the widgets settle and any repeated warning arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(textOf(searchLabel(doc))).to.equal('Search initiatives');
    // The English labels say they are English, on a page in Dutch.
    expect(searchLabel(doc)!.closest('[lang]')?.getAttribute('lang')).to.equal('en');
    expect(textOf(doc.querySelector('civic-city-profile')!.shadowRoot)).to.contain('Mechelen');
    const warnings = win.civicLog.consoleWarnings.filter((text) => text.includes('civic-story'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"nl"');
    expect(warnings[0]).to.contain('/__test__/alone/civic-story.bundle.nl.js');
    expect(civicFiles(win)).to.include('/__test__/alone/civic-story.bundle.js');
    expect(civicFiles(win).filter((path) => !/\.nl\.js$|\/civic-story\.bundle\.js$/.test(path)), 'other locales').to.deep.equal([]);
    expect(win.civicLog.errors, 'errors thrown into the page').to.deep.equal([]);
    expect(win.civicLog.violations, 'CSP violations').to.deep.equal([]);
  });
});
