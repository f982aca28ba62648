// civic-story/react in a real React 19 render: props and `.data` reach the element as properties, a
// data swap re-renders, onCivicLoad / onCivicError catch the first event, unmounting removes the element.
// The bare tags in React 19 too.
import { expect } from '@open-wc/testing';
import { createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { CivicCityProfile, CivicQuote, CivicTimeline } from '../../src/react/index.js';
import type { CivicErrorDetail, CivicLoadDetail } from '../../src/react/index.js';
import type { CivicCityProfile as CityProfileElement } from '../../src/city-profile/civic-city-profile.js';
import type { CivicTimeline as TimelineElement } from '../../src/timeline/civic-timeline.js';
import type { CivicQuote as QuoteElement } from '../../src/quote/civic-quote.js';
import { sample, textOf } from '../helpers.js';

/** Resolves with the first call of a handler. */
function nextCall<T>(): { handler: (value: T) => void; calls: T[]; next: () => Promise<T> } {
  const calls: T[] = [];
  let waiting: ((value: T) => void) | undefined;
  return {
    calls,
    handler: (value: T) => {
      calls.push(value);
      waiting?.(value);
      waiting = undefined;
    },
    next: () => new Promise<T>((resolve) => (waiting = resolve)),
  };
}

describe('civic-story/react (React 19)', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('CivicCityProfile: data and props as properties, the first civic-load, a data swap, unmount', async () => {
    const mechelen = await sample('mechelen');
    const vasteras = await sample('vasteras');
    const ref = createRef<CityProfileElement>();
    const load = nextCall<CustomEvent<CivicLoadDetail>>();
    const first = load.next();
    flushSync(() => root.render(createElement(CivicCityProfile, { ref, data: mechelen, variant: 'compact', headingLevel: 3, onCivicLoad: load.handler })));
    const el = ref.current!;
    expect(el).to.be.instanceOf(customElements.get('civic-city-profile')!);
    expect(el.data, 'the object itself, as a property').to.equal(mechelen);
    expect(el.variant).to.equal('compact');
    const event = await first;
    expect(event.detail.document.city?.name).to.equal('Mechelen');
    await el.updateComplete;
    expect(el.getAttribute('variant'), 'reflected').to.equal('compact');
    const heading = el.shadowRoot!.querySelector('h3');
    expect(textOf(heading)).to.equal('Mechelen');

    const second = load.next();
    flushSync(() => root.render(createElement(CivicCityProfile, { ref, data: vasteras, variant: 'compact', headingLevel: 3, onCivicLoad: load.handler })));
    expect(ref.current, 'the same element').to.equal(el);
    expect((await second).detail.document.city?.name).to.equal('Västerås');
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('h3'))).to.equal('Västerås');
    expect(load.calls).to.have.length(2);

    flushSync(() => root.render(null));
    expect(el.isConnected).to.be.false;
    expect(container.querySelector('civic-city-profile')).to.equal(null);
  });

  it('CivicTimeline: onCivicError catches the first error, with the issues', async () => {
    const error = nextCall<CustomEvent<CivicErrorDetail>>();
    const first = error.next();
    const ref = createRef<TimelineElement>();
    flushSync(() => root.render(createElement(CivicTimeline, { ref, data: { version: 2 }, onCivicError: error.handler })));
    const event = await first;
    expect(event.detail.message).to.equal('The story document has errors:');
    expect(event.detail.issues.map((issue) => issue.path)).to.include('version');
    await ref.current!.updateComplete;
    expect(ref.current!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(error.calls).to.have.length(1);
  });

  it('CivicQuote: the quote prop picks the quote; a src loads, and both events are typed', async () => {
    const load = nextCall<CustomEvent<CivicLoadDetail>>();
    const first = load.next();
    const ref = createRef<QuoteElement>();
    flushSync(() => root.render(createElement(CivicQuote, { ref, src: '/samples/mechelen.json', quote: 'motto', translation: 'hidden', onCivicLoad: load.handler })));
    await first;
    await ref.current!.updateComplete;
    const quote = ref.current!.shadowRoot!.querySelector('blockquote');
    expect(textOf(quote)).to.equal('Niet je afkomst, maar je toekomst telt.');
    expect(quote!.getAttribute('lang')).to.equal('nl');
  });

  it('the bare tag in React 19: data as a property and `oncivic-load` catch the first event', async () => {
    const mechelen = await sample('mechelen');
    const load = nextCall<Event>();
    const first = load.next();
    flushSync(() => root.render(createElement('civic-timeline', { data: mechelen, 'heading-level': 4, 'oncivic-load': load.handler })));
    const el = container.querySelector('civic-timeline') as TimelineElement;
    expect(el.data).to.equal(mechelen);
    await first;
    await el.updateComplete;
    expect(el.headingLevel).to.equal(4);
    expect(el.shadowRoot!.querySelectorAll('h4')).to.have.length(mechelen.initiatives!.length);
  });
});
