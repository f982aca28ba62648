// writeInlineJson() on a CMS page with a strict Content-Security-Policy and Trusted Types: the CDN
// bundle writes the inline JSON without throwing, and a clone shows the same document. Browsers
// report the script text as a Trusted Types violation (they check it before they look at the
// script's type; a JSON script never runs), as the README says. Needs `npm run build`. Chromium and
// Firefox.
import { expect, waitUntil } from '@open-wc/testing';

interface EmbedLog {
  errors: string[];
  events: { type: string; tag: string }[];
  violations: string[];
}
type EmbedWindow = Window & { civicLog: EmbedLog };
type Timeline = HTMLElement & { data: unknown; writeInlineJson(): HTMLScriptElement | undefined };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function embed(body: string): Promise<{ doc: Document; win: EmbedWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 900px; border: 0';
  const encoded = btoa(body).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  frame.src = `/__test__/embed?lang=en&body=${encoded}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as EmbedWindow;
  await waitUntil(() => win.customElements.get('civic-timeline'), 'the bundle defines the elements', { timeout: 8000 });
  return { doc: frame.contentDocument!, win };
}

it('writes the inline JSON on a Trusted Types page without throwing, and a clone shows the same timeline', async () => {
  const { doc, win } = await embed('<civic-timeline></civic-timeline>');
  const el = doc.querySelector('civic-timeline') as Timeline;
  el.data = { version: 1, initiatives: [{ id: 'a', title: 'Written </script> inline' }] };
  await waitUntil(() => win.civicLog.events.length === 1, 'civic-load', { timeout: 8000 });
  const script = el.writeInlineJson();
  expect(script?.type).to.equal('application/json');
  const clone = el.cloneNode(true) as Timeline;
  doc.querySelector('main')!.append(clone);
  await waitUntil(() => win.civicLog.events.length === 2, 'the clone loads', { timeout: 8000 });
  expect(win.civicLog.events.map((event) => event.type)).to.deep.equal(['civic-load', 'civic-load']);
  await waitUntil(() => clone.shadowRoot?.querySelector('[part="title"]'), 'the clone renders');
  expect(clone.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Written </script> inline');
  expect(win.civicLog.errors, 'errors thrown into the page').to.deep.equal([]);
  // Only the documented reports: Trusted Types, for the script text (the original and the clone).
  expect(win.civicLog.violations.every((violation) => violation.startsWith('require-trusted-types-for')), win.civicLog.violations.join('; ')).to.equal(true);
});
