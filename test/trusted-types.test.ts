// The CDN bundle under the Content-Security-Policy the README states (served exactly as written
// there), and under policies that do not allow Lit's Trusted Types policy; and inline JSON written
// carelessly or safely. Needs `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';
import { textOf } from './helpers.js';

interface EmbedLog {
  errors: string[];
  events: { type: string; tag: string; detail: { kind?: string; message?: string } }[];
  violations: string[];
  consoleErrors: string[];
}
type EmbedWindow = Window & { civicLog: EmbedLog; civicInjected?: number };

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A page served with the named policy, the bundle and `body`; resolves once it has loaded and `ready` holds. */
async function embed(csp: 'readme' | 'tt-default' | 'tt-none' | 'test', body: string, ready: (win: EmbedWindow) => boolean): Promise<{ doc: Document; win: EmbedWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1000px; border: 0';
  const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(body))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  frame.src = `/__test__/embed?lang=en&csp=${csp}&body=${encoded}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as EmbedWindow;
  await waitUntil(() => ready(win), 'the page settles', { timeout: 8000 });
  return { doc: frame.contentDocument!, win };
}

const WIDGETS = `
  <civic-city-profile src="/samples/mechelen.json"><p class="fallback">Mechelen, Belgium: 86,000 inhabitants.</p></civic-city-profile>
  <civic-timeline src="/samples/mechelen.json"><p class="fallback">Mechelen's initiatives since 2001.</p></civic-timeline>
  <civic-quote src="/samples/mechelen.json" quote="motto"><blockquote class="fallback">Niet je afkomst, maar je toekomst telt.</blockquote></civic-quote>`;

describe('Trusted Types: the policy README.md states', () => {
  it('serves the README policy with Trusted Types for Lit, and all three widgets render under it', async () => {
    const policy = await (await fetch('/__test__/embed?csp=readme')).headers.get('content-security-policy');
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.match(/trusted-types lit-html(;|$)/);
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain(`Content-Security-Policy: ${policy}`);

    const { doc, win } = await embed('readme', WIDGETS, (w) => w.civicLog.events.length >= 3);
    expect(win.civicLog.events.map((event) => event.type)).to.deep.equal(['civic-load', 'civic-load', 'civic-load']);
    expect(textOf(doc.querySelector('civic-city-profile')!.shadowRoot!.querySelector('h2'))).to.equal('Mechelen');
    expect(doc.querySelector('civic-timeline')!.shadowRoot!.querySelectorAll('ol > li').length).to.be.greaterThan(3);
    expect(textOf(doc.querySelector('civic-quote')!.shadowRoot!.querySelector('blockquote'))).to.contain('Niet je afkomst');
    expect(win.civicLog.errors, 'errors thrown into the page').to.deep.equal([]);
    expect(win.civicLog.violations, 'CSP violations').to.deep.equal([]);
  });
});

describe('Trusted Types: policies that do not allow Lit', () => {
  for (const csp of ['tt-default', 'tt-none'] as const) {
    it(`throws nothing into the page under "${csp === 'tt-none' ? "trusted-types 'none'" : 'trusted-types default'}", says why in the console and keeps the fallback`, async () => {
      const { doc, win } = await embed(csp, WIDGETS, (w) => w.civicLog.consoleErrors.length >= 3 || w.civicLog.events.length >= 3);
      // Give anything that would still throw a moment to do so.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win.civicLog.errors, 'errors thrown into the page').to.deep.equal([]);
      const supported = 'trustedTypes' in win;
      if (supported) {
        for (const tag of ['civic-city-profile', 'civic-timeline', 'civic-quote']) {
          expect(win.customElements.get(tag), tag).to.equal(undefined);
          expect(win.civicLog.consoleErrors.some((line) => line.includes(`<${tag}> is not defined`) && line.includes('trusted-types lit-html')), tag).to.equal(true);
        }
        expect(win.civicLog.events).to.deep.equal([]);
      }
      // The light-DOM content is what the reader gets: visible, with its text.
      for (const fallback of doc.querySelectorAll<HTMLElement>('.fallback')) {
        expect(fallback.getBoundingClientRect().height, textOf(fallback)).to.be.greaterThan(0);
      }
      expect(textOf(doc.querySelector('civic-quote'))).to.contain('Niet je afkomst');
    });
  }
});

describe('inline JSON and </script>', () => {
  const quote = (text: string): string =>
    `{"version":1,"lang":"en","quotes":[{"id":"q","text":"${text}","author":{"name":"A. Writer"}}]}`;

  it('an unescaped </script> in a JSON string ends the script early: the element reports broken JSON, and the rest is inert page markup', async () => {
    const body = `<civic-quote><script type="application/json">${quote('Hi </script><img src="/nothing.png" onerror="window.civicInjected = 1">')}</script></civic-quote>`;
    const { doc, win } = await embed('test', body, (w) => w.civicLog.events.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const event = win.civicLog.events[0]!;
    expect(event.type).to.equal('civic-error');
    expect(event.detail.kind).to.equal('not-json');
    expect(textOf(doc.querySelector('civic-quote')!.shadowRoot!.querySelector('[role="alert"]'))).to.contain('not valid JSON');
    // What broke out became markup of the page (here an <img>), and the page's CSP kept its handler from running.
    expect(doc.querySelector('civic-quote img')).to.exist;
    expect(win.civicInjected).to.equal(undefined);
    expect(win.civicLog.errors).to.deep.equal([]);
  });

  it('written safely, with < as \\u003c, the same text is shown as text', async () => {
    const body = `<civic-quote><script type="application/json">${quote('Hi \\u003c/script>\\u003cimg src=x onerror=alert(1)>')}</script></civic-quote>`;
    const { doc, win } = await embed('test', body, (w) => w.civicLog.events.length >= 1);
    expect(win.civicLog.events[0]!.type).to.equal('civic-load');
    const blockquote = doc.querySelector('civic-quote')!.shadowRoot!.querySelector('blockquote')!;
    expect(textOf(blockquote)).to.equal('Hi </script><img src=x onerror=alert(1)>');
    expect(blockquote.querySelector('img')).to.equal(null);
    expect(doc.querySelector('civic-quote img')).to.equal(null);
    expect(win.civicLog.errors).to.deep.equal([]);
    expect(win.civicLog.violations).to.deep.equal([]);
  });
});
