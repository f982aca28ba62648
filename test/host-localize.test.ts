// A host page that uses @lit/localize itself: civic-story (the built npm entry, with its own copy of
// @lit/localize) must not break it, and must keep its own translations.
import { expect, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { sample, textOf } from './helpers.js';

// The host configures first, as an app does at start-up.
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['nl'],
  loadLocale: () => Promise.resolve({ templates: { 'host.greeting': 'Hallo vanuit de pagina' } }),
});

describe('a host page that configures @lit/localize itself', () => {
  afterEach(async () => {
    await host.setLocale('en');
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
  });

  it('keeps working, and civic-story keeps its own UI language', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.message);
    };
    window.addEventListener('error', onError);
    // @ts-expect-error: the built entry has no types in this test's program
    await import('/dist/index.js');
    const element = document.createElement('civic-city-profile') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    element.data = await sample('mechelen');
    document.body.append(element);
    await element.updateComplete;
    const sourcesHeading = (): string => textOf(element.shadowRoot!.querySelector('[part="sources"] :is(h2, h3, h4, h5, h6, p)'));
    expect(sourcesHeading()).to.equal('Sources');

    await host.setLocale('nl');
    expect(msg('Hello from the page', { id: 'host.greeting' })).to.equal('Hallo vanuit de pagina');

    document.documentElement.lang = 'sv';
    await waitUntil(() => sourcesHeading() === 'Källor', 'civic-story follows <html lang> with its own Swedish strings');
    // The host's own configuration is untouched by civic-story's page-language following.
    expect(msg('Hello from the page', { id: 'host.greeting' })).to.equal('Hallo vanuit de pagina');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    element.remove();
  });
});
