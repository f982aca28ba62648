// What a page that loads only the CDN bundle downloads for errors: nothing while its documents are
// valid; with an invalid one, the messages beside the bundle (civic-story.bundle.messages.js) and, on
// a page in another language, their translations (civic-story.bundle.messages.<locale>.js). A bundle
// copied alone still shows the error: a heading and each problem's place, and the event, and says
// once in the console which file it could not load. Served with the strict CSP of the embed page.
// Needs `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame, textOf } from './helpers.js';

interface EmbedLog {
  errors: string[];
  events: { type: string; tag: string; detail: { message?: string; issues?: { path: string; message: string }[] } }[];
  violations: string[];
  consoleWarnings: string[];
}
type EmbedWindow = Window & { civicLog: EmbedLog };

const pages: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of pages.splice(0)) frame.remove();
});

const VALID = '<civic-city-profile src="/samples/mechelen.json"></civic-city-profile><civic-quote src="/samples/mechelen.json" quote="motto"></civic-quote>';
const INVALID = `<civic-city-profile><script type="application/json">${JSON.stringify({ version: 1, city: { name: 42, nmae: 'x' } })}</script></civic-city-profile>`;

/** An embed page in `lang` with `body`; resolves once `count` elements have reported (civic-load or civic-error). */
async function embed(lang: string, body: string, count: number, alone = false): Promise<{ doc: Document; win: EmbedWindow }> {
  const encoded = btoa(body).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const frame = await loadFrame(`/__test__/embed?lang=${lang}&body=${encoded}${alone ? '&bundle=alone' : ''}`, pages);
  const win = frame.contentWindow as EmbedWindow;
  await waitUntil(() => win.civicLog.events.length >= count, 'the elements report', { timeout: 8000 });
  // Give a stray request or a second warning time to show up before counting.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { doc: frame.contentDocument!, win };
}

/** The civic-story files the page fetched (paths), in the order it fetched them. */
function civicFiles(win: EmbedWindow): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/civic-story\.bundle[.a-z]*\.js$/.test(path));
}

const alertOf = (doc: Document): Element | null => doc.querySelector('civic-city-profile')!.shadowRoot!.querySelector('[role="alert"]');

describe('CDN bundle: the text of errors loads only for an error', () => {
  it('an English page with valid documents fetches the bundle alone', async () => {
    const { win } = await embed('en', VALID, 2);
    expect(win.civicLog.events.map((event) => event.type)).to.deep.equal(['civic-load', 'civic-load']);
    expect(civicFiles(win)).to.deep.equal(['/dist/civic-story.bundle.js']);
  });

  it('a Dutch page with valid documents fetches the bundle and its nl module, no messages', async () => {
    const { win } = await embed('nl', VALID, 2);
    expect(civicFiles(win)).to.deep.equal(['/dist/civic-story.bundle.js', '/dist/civic-story.bundle.nl.js']);
  });

  it('an English page with an invalid document fetches the messages, shows them and sends them in civic-error', async () => {
    const { doc, win } = await embed('en', INVALID, 1);
    expect(civicFiles(win)).to.deep.equal(['/dist/civic-story.bundle.js', '/dist/civic-story.bundle.messages.js']);
    const alert = alertOf(doc);
    expect(textOf(alert?.querySelector('.error-title'))).to.equal('The story document has errors:');
    const items = [...alert!.querySelectorAll('li')].map(textOf);
    expect(items).to.include('city.name: Expected text, or translations like {"en": "…", "nl": "…"}, got 42.');
    expect(items).to.include('city.nmae: Unknown key “nmae”. Keys that are not part of the format must start with x-.');
    const [event] = win.civicLog.events;
    expect(event!.type).to.equal('civic-error');
    expect(event!.detail.message).to.equal('The story document has errors:');
    expect(event!.detail.issues).to.deep.include({ path: 'city.nmae', message: 'Unknown key “nmae”. Keys that are not part of the format must start with x-.' });
    expect(win.civicLog.consoleWarnings.filter((text) => text.includes('civic-story'))).to.deep.equal([]);
    expect(win.civicLog.errors).to.deep.equal([]);
    expect(win.civicLog.violations).to.deep.equal([]);
  });

  it('a Dutch page with an invalid document fetches the messages and their Dutch, and shows them in Dutch', async () => {
    const { doc, win } = await embed('nl', INVALID, 1);
    expect([...civicFiles(win)].sort()).to.deep.equal(
      ['/dist/civic-story.bundle.js', '/dist/civic-story.bundle.messages.js', '/dist/civic-story.bundle.messages.nl.js', '/dist/civic-story.bundle.nl.js'].sort(),
    );
    const alert = alertOf(doc);
    expect(alert!.getAttribute('lang')).to.equal('nl');
    expect(textOf(alert?.querySelector('.error-title'))).to.equal('Het verhaaldocument bevat fouten:');
    const unknownKey = 'Onbekende sleutel ‘nmae’. Sleutels die niet bij het formaat horen, moeten met x- beginnen.';
    expect([...alert!.querySelectorAll('li')].map(textOf)).to.include(`city.nmae: ${unknownKey}`);
    const [event] = win.civicLog.events;
    expect(event!.type).to.equal('civic-error');
    expect(event!.detail.message).to.equal('Het verhaaldocument bevat fouten:');
    expect(event!.detail.issues).to.deep.include({ path: 'city.nmae', message: unknownKey });
    expect(event!.detail.issues!.find((issue) => issue.path === 'city.name')!.message).to.match(/^Hier hoort tekst/);
    expect(win.civicLog.consoleWarnings.filter((text) => text.includes('civic-story'))).to.deep.equal([]);
    expect(win.civicLog.errors).to.deep.equal([]);
    expect(win.civicLog.violations).to.deep.equal([]);
  });

  it('a bundle copied alone shows a heading and the place of each problem, fires civic-error and warns once', async () => {
    const { doc, win } = await embed('en', INVALID, 1, true);
    const alert = alertOf(doc);
    expect(textOf(alert?.querySelector('.error-title'))).to.equal('The story could not be shown.');
    expect([...alert!.querySelectorAll('li code')].map(textOf).sort()).to.deep.equal(['city.name', 'city.nmae']);
    const [event] = win.civicLog.events;
    expect(event!.type).to.equal('civic-error');
    expect(event!.detail.message).to.equal('The story could not be shown.');
    expect(event!.detail.issues!.map((issue) => issue.path).sort()).to.deep.equal(['city.name', 'city.nmae']);
    for (const issue of event!.detail.issues!) expect(issue.message).to.equal('The description of this problem could not be loaded.');
    const warnings = win.civicLog.consoleWarnings.filter((text) => text.includes('civic-story'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('/__test__/alone/civic-story.bundle.messages.js');
    expect(win.civicLog.errors).to.deep.equal([]);
    expect(win.civicLog.violations).to.deep.equal([]);
  });

  it('a bundle copied alone on a Dutch page still shows the error with its places, in English', async () => {
    const { doc, win } = await embed('nl', INVALID, 1, true);
    const alert = alertOf(doc);
    expect(alert!.getAttribute('lang')).to.equal('en');
    expect(textOf(alert?.querySelector('.error-title'))).to.equal('The story could not be shown.');
    expect([...alert!.querySelectorAll('li code')].map(textOf).sort()).to.deep.equal(['city.name', 'city.nmae']);
    expect(win.civicLog.events[0]!.type).to.equal('civic-error');
    // One warning per file it could not load: the Dutch labels, the messages.
    const warnings = win.civicLog.consoleWarnings.filter((text) => text.includes('civic-story'));
    expect(warnings).to.have.length(2);
    expect(warnings.some((text) => text.includes('/__test__/alone/civic-story.bundle.messages.js'))).to.equal(true);
    expect(warnings.some((text) => text.includes('/__test__/alone/civic-story.bundle.nl.js'))).to.equal(true);
    expect(win.civicLog.errors).to.deep.equal([]);
  });
});
