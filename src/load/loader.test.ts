// The loader every component uses: sources and their precedence, the src race, aborts, errors and
// events. Exercised through a minimal element on the shared StoryElement base, in a real browser.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { StoryElement } from '../ui/story-element.js';
import type { StoryDocument } from '../schema/index.js';
import { settled, textOf } from '../../test/helpers.js';
import { recordingSignals } from '../../test/fixtures/loading.js';

class TestStory extends StoryElement {
  protected override renderDocument(document: StoryDocument): TemplateResult {
    return html`<p part="name">${document.city?.name ?? ''}</p>`;
  }
}
customElements.define('test-story', TestStory);

const doc = (name: string): StoryDocument => ({ version: 1, lang: 'en', city: { name } }) as StoryDocument;
const json = (name: string): string => JSON.stringify(doc(name));
const shown = (el: TestStory): string => textOf(el.shadowRoot?.querySelector('[part="name"]'));
const alert = (el: HTMLElement): HTMLElement | null | undefined => el.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');

const served = (name: string): string => `/__test__/slow?ms=0&file=${encodeURIComponent(`/test/fixtures/${name}.json`)}`;
const slow = (name: string, ms: number): string => `/__test__/slow?ms=${ms}&file=${encodeURIComponent(`/test/fixtures/${name}.json`)}`;

describe('loader: sources and precedence', () => {
  it('renders a document given as .data and reports civic-load with it', async () => {
    const el = document.createElement('test-story') as TestStory;
    el.data = doc('Mechelen');
    const loaded = oneEvent(el, 'civic-load');
    document.body.append(el);
    const event = await loaded;
    expect(shown(el)).to.equal('Mechelen');
    expect(event.detail.document.city.name).to.equal('Mechelen');
    // The document is a validated copy, not the object the page handed over.
    expect(event.detail.document).not.to.equal(el.data);
    el.remove();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<TestStory>(html`<test-story><script type="application/json">${json('Västerås')}</script></test-story>`);
    await el.updateComplete;
    expect(shown(el)).to.equal('Västerås');
  });

  it('fetches src when there is neither .data nor inline JSON', async () => {
    const el = document.createElement('test-story') as TestStory;
    el.src = served('borlange-min');
    const event = settled(el);
    document.body.append(el);
    expect((await event).type).to.equal('civic-load');
    expect(shown(el)).to.equal('Borlänge');
    el.remove();
  });

  it('prefers .data over inline JSON over src', async () => {
    const el = await fixture<TestStory>(
      html`<test-story src=${served('borlange-min')}><script type="application/json">${json('Inline')}</script></test-story>`,
    );
    await el.updateComplete;
    expect(shown(el)).to.equal('Inline');
    el.data = doc('Data');
    await el.updateComplete;
    expect(shown(el)).to.equal('Data');
    el.data = undefined;
    await el.updateComplete;
    expect(shown(el)).to.equal('Inline');
  });

  it('follows inline JSON that is added after the element is connected', async () => {
    const el = await fixture<TestStory>(html`<test-story></test-story>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json('Later');
    const loaded = oneEvent(el, 'civic-load');
    el.append(script);
    await loaded;
    expect(shown(el)).to.equal('Later');
  });

  it('shows nothing and reports nothing without any source', async () => {
    let events = 0;
    const count = (): void => {
      events += 1;
    };
    document.addEventListener('civic-load', count);
    document.addEventListener('civic-error', count);
    const el = await fixture<TestStory>(html`<test-story></test-story>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.removeEventListener('civic-load', count);
    document.removeEventListener('civic-error', count);
    expect(events).to.equal(0);
    expect(textOf(el.shadowRoot)).to.equal('');
  });
});

describe('loader: src requests', () => {
  it('shows a busy loading state while the request runs', async () => {
    const el = await fixture<TestStory>(html`<test-story src=${slow('borlange-min', 400)}></test-story>`);
    const busy = el.shadowRoot!.querySelector('[aria-busy="true"]');
    expect(busy, 'a busy region').to.exist;
    expect(busy!.getBoundingClientRect().height, 'space reserved').to.be.greaterThan(40);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
  });

  it('lets a newer src win the race against an older, slower one', async () => {
    const el = document.createElement('test-story') as TestStory;
    el.src = slow('borlange-min', 600);
    document.body.append(el);
    await el.updateComplete;
    el.src = slow('vasteras-min', 50);
    const events: string[] = [];
    el.addEventListener('civic-load', (event) => events.push(event.detail.document.city?.name as string));
    await oneEvent(el, 'civic-load');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(shown(el)).to.equal('Västerås');
    expect(events).to.deep.equal(['Västerås']);
    el.remove();
  });

  it('aborts its request when the element is removed', () =>
    recordingSignals(async (signals) => {
      const el = await fixture<TestStory>(html`<test-story src=${slow('borlange-min', 500)}></test-story>`);
      expect(signals).to.have.length(1);
      expect(signals[0]!.aborted).to.equal(false);
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
    }));

  it('aborts the older request when src changes', () =>
    recordingSignals(async (signals) => {
      const el = await fixture<TestStory>(html`<test-story src=${slow('borlange-min', 500)}></test-story>`);
      el.src = served('vasteras-min');
      await oneEvent(el, 'civic-load');
      expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
    }));
});

describe('loader: failures', () => {
  const cases: [string, string, RegExp][] = [
    ['a 404', '/test/fixtures/does-not-exist.json', /server answered 404/],
    ['a network error', 'http://127.0.0.1:9/story.json', /network request failed/],
    ['a body that is not JSON', '/__test__/not-json', /not valid JSON/],
    ['an invalid document', served('invalid'), /has errors/],
  ];
  for (const [name, src, message] of cases) {
    it(`gives an error view and a civic-error event for ${name}`, async () => {
      let pageErrors = 0;
      const onError = (): void => {
        pageErrors += 1;
      };
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const el = document.createElement('test-story') as TestStory;
      el.src = src;
      // The event bubbles out of the element and is composed: the page can listen on document.
      const event = oneEvent(document, 'civic-error');
      document.body.append(el);
      const { detail } = await event;
      await el.updateComplete;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      expect(detail.message).to.match(message);
      const view = alert(el);
      expect(view, 'role=alert').to.exist;
      expect(view!.getAttribute('part')).to.equal('error');
      expect(textOf(view)).to.match(message);
      expect(pageErrors, 'nothing thrown into the page').to.equal(0);
      el.remove();
    });
  }

  it('lists the path of each problem in the view and in the event', async () => {
    const el = document.createElement('test-story') as TestStory;
    el.data = { version: 1, city: { name: 'X', nmae: 'typo' }, initiatives: [{ id: 'a', title: 'A', start: '2019-02-30' }] };
    const event = oneEvent(el, 'civic-error');
    document.body.append(el);
    const { detail } = await event;
    const paths = detail.issues.map((issue: { path: string }) => issue.path);
    expect(paths).to.include('city.nmae');
    expect(paths).to.include('initiatives[0].start');
    const codes = [...alert(el)!.querySelectorAll('code')].map((code) => code.textContent);
    expect(codes).to.include('city.nmae');
    expect(codes).to.include('initiatives[0].start');
    el.remove();
  });

  it("marks the error message with the UI language, not the element's own content language", async () => {
    const el = document.createElement('test-story') as TestStory;
    el.lang = 'sv';
    el.data = { version: 2 };
    const event = oneEvent(el, 'civic-error');
    document.body.append(el);
    await event;
    expect(alert(el)!.getAttribute('lang')).to.equal('en');
    el.remove();
  });

  it('reports inline JSON that does not parse', async () => {
    const el = document.createElement('test-story') as TestStory;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ "version": 1, ';
    el.append(script);
    const event = oneEvent(el, 'civic-error');
    document.body.append(el);
    expect((await event).detail.message).to.match(/inline story document is not valid JSON/);
    el.remove();
  });

  it('recovers when a bad src is replaced by a good one', async () => {
    const el = document.createElement('test-story') as TestStory;
    el.src = '/test/fixtures/does-not-exist.json';
    const failed = oneEvent(el, 'civic-error');
    document.body.append(el);
    await failed;
    el.src = served('borlange-min');
    await oneEvent(el, 'civic-load');
    expect(alert(el)).to.equal(null);
    expect(shown(el)).to.equal('Borlänge');
    el.remove();
  });
});
