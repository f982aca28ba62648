// Server-rendered markup (civic-story/ssr) in a browser: it shows before any civic-story code runs,
// then the elements hydrate from it: no fetch, no change to what the reader sees, no mismatch.
// Lit's hydration support has to load before Lit itself: first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { setPageLanguage, textOf } from '../helpers.js';

/** Server markup from the test server (web-test-runner.config.mjs renders it with dist/ssr). */
async function serverMarkup(query: string): Promise<string> {
  const response = await fetch(`/__test__/ssr?${query}`);
  expect(response.ok).to.be.true;
  return response.text();
}

/** The shadow content as markup, without Lit's comments: what a change to the view would change. */
const shown = (root: ShadowRoot): string => root.innerHTML.replace(/<!--[\s\S]*?-->/g, '');

const fetched: string[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  fetched.push(String(input instanceof Request ? input.url : input));
  return realFetch(input, init);
};

describe('server rendering, then hydration', () => {
  const cases = [
    { query: 'element=city-profile', tag: 'civic-city-profile', module: () => import('../../src/city-profile/civic-city-profile.js'), sees: ['Mechelen', 'Mayor of Mechelen', '86,000', '128'] },
    { query: 'element=timeline', tag: 'civic-timeline', module: () => import('../../src/timeline/civic-timeline.js'), sees: ['Breaking school segregation', 'Zero tolerance for crime', 'Showing 14 of 14 initiatives'] },
    { query: 'element=quote&quote=motto', tag: 'civic-quote', module: () => import('../../src/quote/civic-quote.js'), sees: ['Niet je afkomst, maar je toekomst telt.', 'Bart Somers'] },
  ];

  for (const { query, tag, module, sees } of cases) {
    it(`<${tag}> shows its content before upgrade and hydrates without a fetch or a change`, async () => {
      const markup = await serverMarkup(query);
      const host = document.createElement('div');
      document.body.append(host);
      expect(customElements.get(tag), 'not yet defined').to.be.undefined;
      host.setHTMLUnsafe(markup);
      const el = host.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      const root = el.shadowRoot;
      expect(root, 'a declarative shadow root').to.exist;

      // Before any civic-story code: the content is there, laid out and readable.
      for (const text of sees) expect(textOf(root)).to.include(text);
      const heading = root!.querySelector('h2, h3, blockquote');
      expect(heading).to.exist;
      expect((heading as HTMLElement).offsetHeight, 'laid out').to.be.greaterThan(0);
      const before = shown(root!);
      const firstNode = root!.querySelector('[part]');

      fetched.length = 0;
      const loads: CustomEvent[] = [];
      const errors: CustomEvent[] = [];
      el.addEventListener('civic-load', (event) => loads.push(event as CustomEvent));
      el.addEventListener('civic-error', (event) => errors.push(event as CustomEvent));
      await module();
      expect(customElements.get(tag)).to.exist;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(el.shadowRoot, 'the same shadow root').to.equal(root);
      expect(root!.querySelector('[part]'), 'the same nodes: hydrated, not rendered anew').to.equal(firstNode);
      expect(shown(root!), 'nothing the reader sees changed').to.equal(before);
      expect(fetched, 'no request for the document').to.deep.equal([]);
      expect(errors).to.have.length(0);
      expect(loads).to.have.length(1);
      expect(loads[0]!.detail.document.city.name).to.equal('Mechelen');
      host.remove();
    });
  }

  it('a Dutch page: server markup in Dutch hydrates without a change', async () => {
    await setPageLanguage('nl-BE');
    try {
      const host = document.createElement('div');
      document.body.append(host);
      host.setHTMLUnsafe(await serverMarkup('element=city-profile&lang=nl-BE'));
      const el = host.querySelector('civic-city-profile') as HTMLElement & { updateComplete: Promise<boolean> };
      const root = el.shadowRoot!;
      expect(textOf(root)).to.include('Kerncijfers');
      expect(textOf(root)).to.include('86.000');
      expect(textOf(root)).to.include('burgemeester van Mechelen');
      const before = shown(root);
      await import('../../src/city-profile/civic-city-profile.js');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shown(root)).to.equal(before);
      host.remove();
    } finally {
      await setPageLanguage('en');
    }
  });

  it('a hydrated timeline is interactive: a category filter narrows the list', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.setHTMLUnsafe(await serverMarkup('element=timeline'));
    await import('../../src/timeline/civic-timeline.js');
    const el = host.querySelector('civic-timeline') as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    const root = el.shadowRoot!;
    const filter = [...root.querySelectorAll<HTMLButtonElement>('[part~="filter"]')].find((button) => button.getAttribute('aria-pressed') === 'false');
    expect(filter, 'a category filter').to.exist;
    filter!.click();
    await el.updateComplete;
    expect(filter!.getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(root.querySelector('[part~="count"]'))).to.match(/^Showing \d+ of 14 initiatives$/);
    expect(textOf(root.querySelector('[part~="count"]'))).not.to.equal('Showing 14 of 14 initiatives');
    host.remove();
  });
});
