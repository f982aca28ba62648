// <civic-quote>: the translation modes (shown, toggle, hidden) and the toggle from the keyboard.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './civic-quote.js';
import { MOTTO_EN, quotesDocument } from '../../test/fixtures/documents.js';
import { setPageLanguage, textOf } from '../../test/helpers.js';
import { render, part, shown } from './test/helpers.js';

describe('civic-quote: translation modes', () => {
  it('shows the translation under the original by default', async () => {
    const el = await render(html`<civic-quote .data=${quotesDocument()}></civic-quote>`);
    expect(el.getAttribute('translation')).to.equal('shown');
    expect(shown(part(el, 'quote'))).to.equal(true);
    expect(shown(part(el, 'translation'))).to.equal(true);
    expect(part(el, 'toggle')).to.equal(null);
    const figure = part(el, 'figure')!;
    // Original first, then the translation, then the caption.
    expect([...figure.children].map((child) => child.localName)).to.deep.equal(['blockquote', 'div', 'figcaption']);
  });

  it('leaves the translation out when hidden', async () => {
    const el = await render(html`<civic-quote translation="hidden" .data=${quotesDocument()}></civic-quote>`);
    expect(part(el, 'translation')).to.equal(null);
    expect(part(el, 'toggle')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain(MOTTO_EN);
    expect(textOf(part(el, 'language-note'))).to.contain('Dutch');
  });

  it('switches between original and translation with a toggle button (aria-pressed)', async () => {
    const el = await render(html`<civic-quote translation="toggle" .data=${quotesDocument()}></civic-quote>`);
    const toggle = part<HTMLButtonElement>(el, 'toggle')!;
    expect(toggle.localName).to.equal('button');
    expect(toggle.type).to.equal('button');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(textOf(toggle)).to.equal('Show in English');
    expect(shown(part(el, 'quote'))).to.equal(true);
    expect(shown(part(el, 'translation'))).to.equal(false);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // The name stays the same; the pressed state says what is shown.
    expect(textOf(toggle)).to.equal('Show in English');
    expect(shown(part(el, 'quote'))).to.equal(false);
    expect(shown(part(el, 'translation'))).to.equal(true);
    expect(part(el, 'translation')!.querySelector<HTMLElement>('.spoken')!.lang).to.equal('en');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(shown(part(el, 'quote'))).to.equal(true);
  });

  it('toggles from the keyboard, with Enter and Space', async () => {
    const el = await render(html`<civic-quote translation="toggle" .data=${quotesDocument()}></civic-quote>`);
    const toggle = part<HTMLButtonElement>(el, 'toggle')!;
    toggle.focus();
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    // A button activates on Space at keyup; under load Firefox reports the key before the click lands.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggle.getAttribute('aria-pressed') === 'true', 'Enter presses the toggle');
    await sendKeys({ press: ' ' });
    await waitUntil(() => toggle.getAttribute('aria-pressed') === 'false', 'Space releases the toggle');
    // Focus stays on the button.
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('offers no toggle when there is nothing to translate', async () => {
    await setPageLanguage('nl');
    try {
      const el = await render(html`<civic-quote translation="toggle" .data=${quotesDocument()}></civic-quote>`);
      expect(part(el, 'toggle')).to.equal(null);
      expect(shown(part(el, 'quote'))).to.equal(true);
    } finally {
      await setPageLanguage('en');
    }
  });

});
