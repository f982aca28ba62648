// <civic-quote>'s translation state as public API: `translated` reflects, changes when the reader
// presses the toggle, and each press fires `civic-translation-toggle`. Chromium and Firefox.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './civic-quote.js';
import type { CivicQuote } from './quote.js';
import type { CivicTranslationToggleDetail } from '../ui/events.js';
import { sample } from '../../test/helpers.js';

const part = <T extends HTMLElement = HTMLElement>(el: CivicQuote, name: string): T | null => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const shown = (node: HTMLElement | null): boolean => !!node && !node.closest('[hidden]') && node.getBoundingClientRect().height > 0;

async function quote(attributes = 'translation="toggle"'): Promise<CivicQuote> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<civic-quote ${attributes}></civic-quote>`;
  const el = wrapper.querySelector<CivicQuote>('civic-quote')!;
  el.data = await sample('mechelen');
  await el.updateComplete;
  return el;
}

describe('civic-quote: the translation state as public API', () => {
  it('a page shows the translation; the reader switches back; property, attribute and event follow', async () => {
    const el = await quote();
    expect(el.translated).to.equal(false);
    expect(shown(part(el, 'quote'))).to.equal(true);
    let fired = 0;
    el.addEventListener('civic-translation-toggle', () => (fired += 1));
    el.translated = true;
    await el.updateComplete;
    expect(fired, 'setting the property fires nothing').to.equal(0);
    expect(el.hasAttribute('translated')).to.equal(true);
    expect(shown(part(el, 'quote'))).to.equal(false);
    expect(shown(part(el, 'translation'))).to.equal(true);
    expect(part(el, 'toggle')!.getAttribute('aria-pressed')).to.equal('true');
    const heard = oneEvent(el, 'civic-translation-toggle');
    part<HTMLButtonElement>(el, 'toggle')!.click();
    const event = (await heard) as CustomEvent<CivicTranslationToggleDetail>;
    expect(event.detail).to.deep.equal({ translated: false });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.translated).to.equal(false);
    await el.updateComplete;
    expect(el.hasAttribute('translated')).to.equal(false);
    expect(shown(part(el, 'quote'))).to.equal(true);
    expect(fired).to.equal(1);
  });

  it('the attribute sets the state, from the start and later', async () => {
    const el = await quote('translation="toggle" translated');
    expect(el.translated).to.equal(true);
    expect(shown(part(el, 'translation'))).to.equal(true);
    el.removeAttribute('translated');
    await el.updateComplete;
    expect(el.translated).to.equal(false);
    expect(shown(part(el, 'quote'))).to.equal(true);
  });

  it('another quote starts in its original, unless the page sets both', async () => {
    const el = await quote('translation="toggle" translated');
    el.quote = 're-integrate';
    await el.updateComplete;
    expect(el.translated).to.equal(false);
    el.quote = 'motto';
    el.translated = true;
    await el.updateComplete;
    expect(el.translated).to.equal(true);
    expect(shown(part(el, 'translation'))).to.equal(true);
  });
});
