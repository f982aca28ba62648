// The text of errors loads only when an element has an error to show: a page whose documents are
// valid never requests the messages (src/load/failure-text.ts, src/schema/messages.ts) or their
// translations (src/i18n/error-locales/); an invalid document loads them, shows its problems in the
// UI language and sends the same text in `civic-error`. This file imports nothing that imports the
// messages, so every request for them comes from an element.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import type { CivicCityProfile } from '../city-profile/civic-city-profile.js';
import type { CivicErrorDetail } from './events.js';
import { sample, setPageLanguage } from '../../test/helpers.js';

// The page's own modules come first; make room for the requests the tests look for.
performance.setResourceTimingBufferSize(10_000);

const ERROR_MODULE = /\/src\/(load\/failure-text|schema\/messages|i18n\/error-locales\/\w+)\.ts$/;

/** The modules of error text the page has requested, by path. */
const errorModules = (): string[] => [
  ...new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => ERROR_MODULE.test(path)),
  ),
];

const INVALID = { version: 1, city: { name: 42, nmae: 'x' } };

async function showError(): Promise<{ el: CivicCityProfile; detail: CivicErrorDetail }> {
  const el = await fixture<CivicCityProfile>(html`<civic-city-profile></civic-city-profile>`);
  const event = oneEvent(el, 'civic-error');
  el.data = structuredClone(INVALID);
  // updateComplete waits for the text of the error (its module loads with the first error on the page).
  await el.updateComplete;
  expect(alertOf(el).querySelectorAll('li code').length, 'the error view, once updateComplete settles').to.equal(2);
  const { detail } = await event;
  return { el, detail };
}

const alertOf = (el: CivicCityProfile): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
const itemsOf = (el: CivicCityProfile): string[] => [...alertOf(el).querySelectorAll('li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

describe('error text, loaded for an error only', () => {
  after(() => setPageLanguage('en'));

  it('a valid document, in English and in Dutch, loads no error text', async () => {
    for (const lang of ['en', 'nl']) {
      await setPageLanguage(lang);
      const el = await fixture<CivicCityProfile>(html`<civic-city-profile></civic-city-profile>`);
      const loaded = oneEvent(el, 'civic-load');
      el.data = await sample('mechelen');
      await loaded;
      el.remove();
    }
    expect(errorModules()).to.deep.equal([]);
  });

  it('an invalid document loads the messages, shows them and sends them in civic-error (English)', async () => {
    await setPageLanguage('en');
    const { el, detail } = await showError();
    expect(errorModules().sort()).to.deep.equal(['/src/load/failure-text.ts', '/src/schema/messages.ts']);
    const unknownKey = 'Unknown key “nmae”. Keys that are not part of the format must start with x-.';
    expect(alertOf(el).querySelector('.error-title')!.textContent).to.equal('The story document has errors:');
    expect(itemsOf(el)).to.include(`city.nmae: ${unknownKey}`);
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.equal('The story document has errors:');
    expect(detail.issues).to.deep.include({ path: 'city.nmae', message: unknownKey });
    expect(detail.issues.find((issue) => issue.path === 'city.name')?.message).to.equal('Expected text, or translations like {"en": "…", "nl": "…"}, got 42.');
  });

  it('on a Dutch page it loads the Dutch messages beside them, and no other language', async () => {
    await setPageLanguage('nl');
    const { el, detail } = await showError();
    expect(errorModules().filter((path) => path.includes('/error-locales/'))).to.deep.equal(['/src/i18n/error-locales/nl.ts']);
    const unknownKey = 'Onbekende sleutel ‘nmae’. Sleutels die niet bij het formaat horen, moeten met x- beginnen.';
    expect(alertOf(el).getAttribute('lang')).to.equal('nl');
    expect(alertOf(el).querySelector('.error-title')!.textContent).to.equal('Het verhaaldocument bevat fouten:');
    expect(itemsOf(el)).to.include(`city.nmae: ${unknownKey}`);
    expect(detail.message).to.equal('Het verhaaldocument bevat fouten:');
    expect(detail.issues).to.deep.include({ path: 'city.nmae', message: unknownKey });
  });

  it('an error on the page follows a change of language, with the messages of the new one', async () => {
    await setPageLanguage('en');
    const { el } = await showError();
    await setPageLanguage('sv');
    await el.updateComplete;
    expect(errorModules()).to.include('/src/i18n/error-locales/sv.ts');
    expect(alertOf(el).getAttribute('lang')).to.equal('sv');
    expect(itemsOf(el).find((item) => item.startsWith('city.nmae'))).to.match(/^city\.nmae: Okänd nyckel/);
  });

  it('a second error shows at once: updateComplete settles with the messages in view', async () => {
    await setPageLanguage('en');
    const el = await fixture<CivicCityProfile>(html`<civic-city-profile></civic-city-profile>`);
    el.data = { version: 2 };
    await el.updateComplete;
    expect(alertOf(el).querySelector('.error-title')!.textContent).to.equal('The story document has errors:');
    expect(itemsOf(el)).to.deep.equal(['version: Unsupported version 2: only version 1 (the number) is supported.']);
  });
});
