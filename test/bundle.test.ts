// The CDN bundle as a CMS page uses it: a page that loads only dist/civic-story.bundle.js, served
// with a strict Content-Security-Policy with Trusted Types, in en, nl, sv and ar. These are the issues'
// acceptance checks ("How it is checked"), run in Chromium, Firefox and WebKit. Needs `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFrame, textOf } from './helpers.js';

interface EmbedLog {
  errors: string[];
  locale?: string;
  events: { type: string; tag: string; detail: { message?: string; issues?: { path: string }[] } }[];
  violations: string[];
}
interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}
type EmbedWindow = Window & { civicLog: EmbedLog; trustedTypes?: TrustedTypePolicyFactoryLike; axe?: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

const pages: HTMLIFrameElement[] = [];

/** A page with <html lang>, the bundle, and `body`; resolves once every civic element has settled. */
async function embed(lang: string, body: string): Promise<{ doc: Document; win: EmbedWindow }> {
  const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(body))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  // The page is served with a strict CSP header (see web-test-runner.config.mjs).
  const frame = await loadFrame(`/__test__/embed?lang=${lang}&body=${encoded}`, pages);
  const win = frame.contentWindow as EmbedWindow;
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll('civic-city-profile, civic-timeline, civic-quote')];
  await waitUntil(
    () => win.civicLog.events.length >= elements.length,
    'every element reports civic-load or civic-error',
    { timeout: 8000 },
  );
  // The UI locale module loads asynchronously on a non-English page: wait until it is in use and
  // every element has rendered in it.
  if (lang !== 'en') await waitUntil(() => win.civicLog.locale === lang, `the ${lang} UI locale is loaded`, { timeout: 8000 });
  await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return { doc, win };
}

const shadow = (doc: Document, selector: string): ShadowRoot => doc.querySelector(selector)!.shadowRoot!;

async function axe(doc: Document, win: EmbedWindow): Promise<string[]> {
  if (!win.axe) {
    const script = doc.createElement('script');
    const url = '/node_modules/axe-core/axe.min.js';
    const policy = win.trustedTypes?.createPolicy('civic-test', { createScriptURL: (value) => value });
    script.src = policy ? policy.createScriptURL(url) : url;
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await ready;
  }
  const result = await win.axe!.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

function sameOriginOnly(win: EmbedWindow): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin !== window.location.origin);
}

/** What every embed must keep: nothing thrown, no CSP violation, no other origin; axe in en and ar. */
async function expectCleanPage(doc: Document, win: EmbedWindow, lang: string): Promise<void> {
  expect(win.civicLog.errors, 'errors thrown into the page').to.deep.equal([]);
  expect(win.civicLog.violations, 'CSP violations').to.deep.equal([]);
  expect(sameOriginOnly(win), 'requests to other origins').to.deep.equal([]);
  if (lang === 'en' || lang === 'ar') expect(await axe(doc, win), 'axe').to.deep.equal([]);
}

const LANGS = ['en', 'nl', 'sv', 'ar'];

afterEach(() => {
  for (const frame of pages.splice(0)) frame.remove();
});

describe('CDN bundle: <civic-city-profile src=mechelen.json>', () => {
  const expected: Record<string, string> = { en: '86,000', nl: '86.000', sv: '86\u00a0000' };
  const texts = new Map<string, string>();

  for (const lang of LANGS) {
    it(`renders Mechelen with its figures on a page in ${lang}`, async () => {
      const { doc, win } = await embed(lang, '<civic-city-profile src="/samples/mechelen.json"></civic-city-profile>');
      const root = shadow(doc, 'civic-city-profile');
      const heading = root.querySelector('h2');
      expect(textOf(heading)).to.contain('Mechelen');
      const terms = root.querySelectorAll('dl dt');
      expect(terms.length).to.be.at.least(3);
      if (expected[lang]) expect(textOf(root.querySelector('dl'))).to.contain(expected[lang]);
      texts.set(lang, textOf(root));
      await expectCleanPage(doc, win, lang);
    });
  }

  it('reads differently in en, nl, sv and ar', () => {
    expect(new Set(texts.values()).size).to.equal(4);
  });

  it('gives a localized alert and a civic-error event with paths for a bad document', async () => {
    const bad = JSON.stringify({ version: 1, city: { name: 42, nmae: 'x' } });
    const { doc, win } = await embed('nl', `<civic-city-profile><script type="application/json">${bad}</script></civic-city-profile>`);
    const alert = shadow(doc, 'civic-city-profile').querySelector('[role="alert"]');
    expect(alert).to.exist;
    expect(textOf(alert)).to.contain('Het verhaaldocument bevat fouten');
    const event = win.civicLog.events.find((entry) => entry.type === 'civic-error')!;
    expect(event.detail.issues!.map((issue) => issue.path)).to.include.members(['city.name', 'city.nmae']);
    expect(win.civicLog.errors).to.deep.equal([]);
  });
});

describe('CDN bundle: <civic-timeline src=mechelen.json>', () => {
  const texts = new Map<string, string>();

  for (const lang of LANGS) {
    it(`renders one entry per initiative with dates and category toggles on a page in ${lang}`, async () => {
      const document_ = (await (await fetch('/samples/mechelen.json')).json()) as { initiatives: { category?: string; start?: string }[] };
      const { doc, win } = await embed(lang, '<a id="before" href="#">Before</a> <civic-timeline src="/samples/mechelen.json"></civic-timeline>');
      const root = shadow(doc, 'civic-timeline');
      const items = root.querySelectorAll('ol > li');
      expect(items.length).to.equal(document_.initiatives.length);
      const dated = document_.initiatives.filter((initiative) => initiative.start).length;
      expect(root.querySelectorAll('ol > li time[datetime]').length).to.be.at.least(dated);
      const categories = new Set(document_.initiatives.map((initiative) => initiative.category).filter(Boolean));
      const toggles = [...root.querySelectorAll<HTMLButtonElement>('button[aria-pressed][value]')];
      expect(toggles.length).to.equal(categories.size);
      toggles[0]!.click();
      await (doc.querySelector('civic-timeline') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const visible = [...root.querySelectorAll<HTMLElement>('ol > li')].filter((item) => !item.hidden && item.getClientRects().length > 0);
      expect(visible.length).to.be.greaterThan(0);
      expect(visible.length).to.be.lessThan(items.length);
      expect(toggles[0]!.getAttribute('aria-pressed')).to.equal('true');
      // Reachable with Tab: from the link before it, Tab lands on the timeline's first control.
      doc.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(doc.activeElement?.localName).to.equal('civic-timeline');
      expect(root.activeElement).to.equal(root.querySelector('button, input'));
      toggles[0]!.click();
      await (doc.querySelector('civic-timeline') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      texts.set(lang, textOf(root));
      await expectCleanPage(doc, win, lang);
    });
  }

  it('reads differently in en, nl, sv and ar', () => {
    expect(new Set(texts.values()).size).to.equal(4);
  });

  it('handles bad data with an alert and a civic-error event', async () => {
    const { doc, win } = await embed('sv', '<civic-timeline src="/samples/does-not-exist.json"></civic-timeline>');
    const alert = shadow(doc, 'civic-timeline').querySelector('[role="alert"]');
    expect(textOf(alert)).to.contain('404');
    expect(win.civicLog.events[0]!.type).to.equal('civic-error');
    expect(win.civicLog.errors).to.deep.equal([]);
  });
});

describe('CDN bundle: <civic-quote src=mechelen.json quote=motto>', () => {
  const texts = new Map<string, string>();

  for (const lang of LANGS) {
    it(`shows the Dutch original marked lang="nl", attributed to Bart Somers, on a page in ${lang}`, async () => {
      const { doc, win } = await embed(lang, '<civic-quote src="/samples/mechelen.json" quote="motto"></civic-quote>');
      const root = shadow(doc, 'civic-quote');
      const figure = root.querySelector('figure');
      expect(figure).to.exist;
      const original = figure!.querySelector('blockquote[lang="nl"]');
      expect(textOf(original)).to.contain('Niet je afkomst, maar je toekomst telt');
      expect(textOf(figure!.querySelector('figcaption'))).to.contain('Bart Somers');
      if (lang === 'en') {
        const english = root.querySelector('[lang="en"]');
        expect(english, 'an English translation, shown or offered').to.exist;
      }
      texts.set(lang, textOf(root));
      await expectCleanPage(doc, win, lang);
    });
  }

  it('reads differently in en, nl, sv and ar', () => {
    expect(new Set(texts.values()).size).to.equal(4);
  });

  it('handles bad data with an alert and a civic-error event', async () => {
    const bad = JSON.stringify({ version: 1, quotes: [{ id: 'q', text: 'x', author: {} }] });
    const { doc, win } = await embed('en', `<civic-quote><script type="application/json">${bad}</script></civic-quote>`);
    expect(shadow(doc, 'civic-quote').querySelector('[role="alert"]')).to.exist;
    const event = win.civicLog.events.find((entry) => entry.type === 'civic-error')!;
    expect(event.detail.issues!.map((issue) => issue.path)).to.include('quotes[0].author.name');
  });
});
