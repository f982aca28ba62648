// One request and one validation per document: elements of a page that ask for the same absolute URL
// share one request and one frozen document, a `.data` object given to several elements at once is
// validated once, and each element keeps its own state, bounds, errors and events. Requests are
// counted at the test server (`/__test__/counted`, read back through `/__test__/count`).
import { expect } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import type { StoryDocument } from '../schema/index.js';
import type { CivicErrorDetail, CivicLoadDetail } from './events.js';
import { sample, textOf } from '../../test/helpers.js';
import { recordingSignals } from '../../test/fixtures/loading.js';

type Tag = 'civic-city-profile' | 'civic-timeline' | 'civic-quote';
type StoryEl = HTMLElementTagNameMap[Tag];
type Outcome = { type: 'civic-load'; detail: CivicLoadDetail } | { type: 'civic-error'; detail: CivicErrorDetail };

/** A fresh counter name: Chromium and Firefox run against the same server at the same time. */
const counter = (): string => `c${Math.random().toString(36).slice(2)}`;

/** A URL of the counted route: `file` served after `ms`, the first `fail` requests answered 500, `noStore` with `Cache-Control: no-store`. */
function countedSrc(id: string, options: { file?: string; ms?: number; fail?: number; noStore?: boolean } = {}): string {
  const { file = '/samples/mechelen.json', ms = 0, fail = 0, noStore = false } = options;
  return `/__test__/counted?id=${id}&ms=${ms}&fail=${fail}${noStore ? '&cache=no-store' : ''}&file=${encodeURIComponent(file)}`;
}

/** How many requests the server has had for a counter. */
async function requests(id: string): Promise<number> {
  return (await (await fetch(`/__test__/count?id=${id}`, { cache: 'no-store' })).json()) as number;
}

/** Every civic-load and civic-error of each element, in order. */
const events = new Map<HTMLElement, Outcome[]>();

/** A new element of `tag` with `setup` applied, recording its events; not yet connected. */
function make<K extends Tag>(tag: K, setup: (el: HTMLElementTagNameMap[K]) => void = () => undefined): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (tag === 'civic-quote') el.setAttribute('quote', 'motto');
  setup(el);
  const log: Outcome[] = [];
  events.set(el, log);
  el.addEventListener('civic-load', (event) => log.push({ type: 'civic-load', detail: event.detail }));
  el.addEventListener('civic-error', (event) => log.push({ type: 'civic-error', detail: event.detail }));
  return el;
}

/** The element's first civic-load or civic-error, once it has rendered it. */
async function outcome(el: StoryEl, index = 0): Promise<Outcome> {
  const log = events.get(el)!;
  for (let i = 0; log.length <= index; i++) {
    if (i > 400) throw new Error(`no event ${index + 1} from <${el.localName}>`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await el.updateComplete;
  return log[index]!;
}

function loaded(result: Outcome): Readonly<StoryDocument> {
  expect(result.type, JSON.stringify(result.detail).slice(0, 300)).to.equal('civic-load');
  return (result.detail as CivicLoadDetail).document;
}

function failed(result: Outcome, kind: CivicErrorDetail['kind']): CivicErrorDetail {
  expect(result.type, JSON.stringify(result.detail).slice(0, 300)).to.equal('civic-error');
  const detail = result.detail as CivicErrorDetail;
  expect(detail.kind).to.equal(kind);
  return detail;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const shadow = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const busy = (el: HTMLElement): boolean => !!shadow(el).querySelector('[aria-busy="true"]');
const cityName = (el: HTMLElement): string => textOf(shadow(el).querySelector('h2'));
const alertText = (el: HTMLElement): string => textOf(shadow(el).querySelector('[role="alert"]'));

/** What a reader sees of each of the three elements showing the Mechelen sample. */
function expectMechelen(profile: StoryEl, timeline: StoryEl, quote: StoryEl): void {
  expect(cityName(profile)).to.equal('Mechelen');
  expect(shadow(timeline).querySelectorAll('ol > li').length).to.equal(14);
  expect(textOf(shadow(quote).querySelector('blockquote'))).to.not.equal('');
}

let area: HTMLDivElement;
const pageErrors: string[] = [];
const onPageError = (event: ErrorEvent | PromiseRejectionEvent): void => {
  pageErrors.push(String('message' in event ? event.message : event.reason));
};

beforeEach(() => {
  pageErrors.length = 0;
  window.addEventListener('error', onPageError);
  window.addEventListener('unhandledrejection', onPageError);
  area = document.createElement('div');
  document.body.append(area);
});

afterEach(() => {
  area.remove();
  events.clear();
  window.removeEventListener('error', onPageError);
  window.removeEventListener('unhandledrejection', onPageError);
  expect(pageErrors, 'errors thrown into the page').to.deep.equal([]);
});

describe('shared fetch: one request per document', () => {
  it('makes one request for a profile, a timeline and a quote with the same src, and each reports civic-load with the one frozen document', async () => {
    const id = counter();
    const src = countedSrc(id, { ms: 200 });
    const profile = make('civic-city-profile', (el) => (el.src = src));
    const timeline = make('civic-timeline', (el) => (el.src = src));
    const quote = make('civic-quote', (el) => (el.src = src));
    area.append(profile, timeline, quote);
    await profile.updateComplete;
    expect([profile, timeline, quote].map(busy), 'each shows it is loading').to.deep.equal([true, true, true]);
    const documents = [loaded(await outcome(profile)), loaded(await outcome(timeline)), loaded(await outcome(quote))];
    expect(await requests(id)).to.equal(1);
    expect(documents[1]).to.equal(documents[0]);
    expect(documents[2]).to.equal(documents[0]);
    expect(Object.isFrozen(documents[0]!.initiatives![0])).to.equal(true);
    expectMechelen(profile, timeline, quote);
    await wait(50);
    expect([profile, timeline, quote].map((el) => events.get(el)!.length), 'one event each').to.deep.equal([1, 1, 1]);
  });

  it('counts a src written relative to the page and written absolute as one URL', async () => {
    const id = counter();
    const path = countedSrc(id, { ms: 200 });
    const profile = make('civic-city-profile', (el) => (el.src = path));
    const timeline = make('civic-timeline', (el) => (el.src = `${location.origin}${path}`));
    const quote = make('civic-quote', (el) => (el.src = `//${location.host}${path}`));
    area.append(profile, timeline, quote);
    const documents = [loaded(await outcome(profile)), loaded(await outcome(timeline)), loaded(await outcome(quote))];
    expect(await requests(id)).to.equal(1);
    expect(new Set(documents).size).to.equal(1);
    expectMechelen(profile, timeline, quote);
  });

  it('reports a src that is no URL as a failed request, without throwing into the page', async () => {
    const el = make('civic-city-profile', (el) => (el.src = 'http://[::1'));
    area.append(el);
    const detail = failed(await outcome(el), 'network');
    expect(detail.url).to.equal('http://[::1');
    expect(alertText(el)).to.match(/network request failed/);
  });

  it('shows a document the page has already loaded at once, without another request', async () => {
    const id = counter();
    const src = countedSrc(id);
    const first = make('civic-city-profile', (el) => (el.src = src));
    area.append(first);
    const document = loaded(await outcome(first));
    first.remove();
    const later = make('civic-timeline', (el) => (el.src = src));
    area.append(later);
    await later.updateComplete;
    expect(busy(later), 'no loading state').to.equal(false);
    expect(shadow(later).querySelectorAll('ol > li').length).to.equal(14);
    expect(loaded(await outcome(later))).to.equal(document);
    expect(await requests(id)).to.equal(1);
  });

  it('does not keep a document its server sent with Cache-Control: no-store: a later element asks again', async () => {
    const id = counter();
    const src = countedSrc(id, { noStore: true });
    const first = make('civic-city-profile', (el) => (el.src = src));
    area.append(first);
    loaded(await outcome(first));
    first.remove();
    const later = make('civic-timeline', (el) => (el.src = src));
    area.append(later);
    loaded(await outcome(later));
    expect(shadow(later).querySelectorAll('ol > li').length).to.equal(14);
    expect(await requests(id)).to.equal(2);
  });

  it('validates a .data object given to three elements at once once: they share one frozen copy', async () => {
    const mechelen = await sample('mechelen');
    // Object.keys() of the object (the first step of validation) calls ownKeys on the proxy.
    let reads = 0;
    const data = new Proxy(mechelen, {
      ownKeys(target) {
        reads += 1;
        return Reflect.ownKeys(target);
      },
    });
    const alone = make('civic-city-profile', (el) => (el.data = data));
    area.append(alone);
    loaded(await outcome(alone));
    const once = reads;
    expect(once, 'read by validation').to.be.greaterThan(0);
    alone.remove();

    reads = 0;
    const profile = make('civic-city-profile', (el) => (el.data = data));
    const timeline = make('civic-timeline', (el) => (el.data = data));
    const quote = make('civic-quote', (el) => (el.data = data));
    area.append(profile, timeline, quote);
    const documents = [loaded(await outcome(profile)), loaded(await outcome(timeline)), loaded(await outcome(quote))];
    expect(reads, 'validated once').to.equal(once);
    expect(documents[1]).to.equal(documents[0]);
    expect(documents[2]).to.equal(documents[0]);
    expect(documents[0]).to.not.equal(data);
    expect(Object.isFrozen(documents[0]!.city)).to.equal(true);
    expectMechelen(profile, timeline, quote);
  });

  it('reads a .data object edited and given again later anew: no element gets an old copy', async () => {
    const data = await sample('mechelen');
    const first = make('civic-city-profile', (el) => (el.data = data));
    area.append(first);
    const before = loaded(await outcome(first));
    data.city!.name = 'Malines';
    const second = make('civic-city-profile', (el) => (el.data = data));
    area.append(second);
    const after = loaded(await outcome(second));
    expect(after).to.not.equal(before);
    expect(cityName(second)).to.equal('Malines');
    // The first element keeps the copy it made: editing the object changed nothing there.
    expect(cityName(first)).to.equal('Mechelen');
  });
});

describe('shared fetch: each element keeps its own state', () => {
  it("loads a new src for one element only: the others keep their document and report nothing", async () => {
    const id = counter();
    const src = countedSrc(id);
    const profile = make('civic-city-profile', (el) => (el.src = src));
    const timeline = make('civic-timeline', (el) => (el.src = src));
    const quote = make('civic-quote', (el) => (el.src = src));
    area.append(profile, timeline, quote);
    const document = loaded(await outcome(profile));
    await outcome(timeline);
    await outcome(quote);

    const otherId = counter();
    profile.src = countedSrc(otherId, { file: '/test/fixtures/borlange-min.json' });
    expect(loaded(await outcome(profile, 1)).city!.name).to.equal('Borlänge');
    expect(cityName(profile)).to.equal('Borlänge');
    await wait(100);
    expect(events.get(timeline)!.length, 'timeline reported nothing more').to.equal(1);
    expect(events.get(quote)!.length, 'quote reported nothing more').to.equal(1);
    expect(loaded(events.get(timeline)![0]!)).to.equal(document);
    expect(shadow(timeline).querySelectorAll('ol > li').length).to.equal(14);
    expect(textOf(shadow(quote).querySelector('blockquote'))).to.not.equal('');
    expect([await requests(id), await requests(otherId)]).to.deep.equal([1, 1]);
  });

  it('goes on loading for the others when one of three is removed while it loads, and the removed one reports nothing', async () => {
    const id = counter();
    const src = countedSrc(id, { ms: 400 });
    const profile = make('civic-city-profile', (el) => (el.src = src));
    const timeline = make('civic-timeline', (el) => (el.src = src));
    const quote = make('civic-quote', (el) => (el.src = src));
    area.append(profile, timeline, quote);
    await profile.updateComplete;
    await wait(100);
    profile.remove();
    loaded(await outcome(timeline));
    loaded(await outcome(quote));
    expect(shadow(timeline).querySelectorAll('ol > li').length).to.equal(14);
    await wait(50);
    expect(events.get(profile), 'the removed element').to.deep.equal([]);
    expect(await requests(id)).to.equal(1);
  });

  it('rejoins the request in flight when an element is added again while the others still wait', async () => {
    const id = counter();
    const src = countedSrc(id, { ms: 500 });
    const profile = make('civic-city-profile', (el) => (el.src = src));
    const timeline = make('civic-timeline', (el) => (el.src = src));
    area.append(profile, timeline);
    await profile.updateComplete;
    await wait(100);
    profile.remove();
    await wait(50);
    area.append(profile);
    loaded(await outcome(profile));
    loaded(await outcome(timeline));
    expect(cityName(profile)).to.equal('Mechelen');
    expect(await requests(id)).to.equal(1);
  });

  it('aborts the request when the last element waiting for it is removed', async () => {
    const id = counter();
    const src = countedSrc(id, { ms: 300 });
    await recordingSignals(async (signals) => {
      const profile = make('civic-city-profile', (el) => (el.src = src));
      const timeline = make('civic-timeline', (el) => (el.src = src));
      area.append(profile, timeline);
      await profile.updateComplete;
      expect(signals).to.have.length(1);
      profile.remove();
      expect(signals[0]!.aborted, 'one still waits').to.equal(false);
      timeline.remove();
      expect(signals[0]!.aborted, 'nobody waits').to.equal(true);
    });
  });

  it("times out one element on its own timeout while the request goes on for the others", async () => {
    const id = counter();
    const src = countedSrc(id, { ms: 600 });
    const hasty = make('civic-city-profile', (el) => {
      el.setAttribute('timeout', '150');
      el.src = src;
    });
    const patient = make('civic-timeline', (el) => (el.src = src));
    area.append(hasty, patient);
    const detail = failed(await outcome(hasty), 'timeout');
    expect(detail.url).to.equal(src);
    expect(alertText(hasty)).to.match(/no complete answer within 0\.[12] seconds/);
    expect(busy(patient), 'the other still loads').to.equal(true);
    loaded(await outcome(patient));
    expect(shadow(patient).querySelectorAll('ol > li').length).to.equal(14);
    expect(await requests(id)).to.equal(1);
    expect(events.get(hasty)!.length, 'the timed-out element reports once').to.equal(1);
  });

  it('reports a failed request to each element waiting for it, with its own src, and fetches again for a later element', async () => {
    const id = counter();
    const path = countedSrc(id, { ms: 100, fail: 1 });
    const absolute = `${location.origin}${path}`;
    const profile = make('civic-city-profile', (el) => (el.src = path));
    const timeline = make('civic-timeline', (el) => (el.src = absolute));
    area.append(profile, timeline);
    const first = failed(await outcome(profile), 'http');
    const second = failed(await outcome(timeline), 'http');
    expect([first.status, second.status]).to.deep.equal([500, 500]);
    expect([first.url, second.url]).to.deep.equal([path, absolute]);
    expect(first.message).to.match(/server answered 500/);
    expect(alertText(profile)).to.match(/server answered 500/);
    expect(await requests(id)).to.equal(1);

    // The failure is not kept: a new element asks again (and the server now answers).
    const quote = make('civic-quote', (el) => (el.src = path));
    area.append(quote);
    loaded(await outcome(quote));
    expect(textOf(shadow(quote).querySelector('blockquote'))).to.not.equal('');
    expect(await requests(id)).to.equal(2);
    // The elements that failed stay as they are.
    expect(alertText(profile)).to.match(/server answered 500/);
    expect(events.get(profile)!.length).to.equal(1);
  });
});

describe('shared fetch: each element keeps its own bounds', () => {
  it('shares one request between a small and a default max-bytes: the small one refuses the document, the other shows it', async () => {
    const id = counter();
    const src = countedSrc(id, { ms: 100 });
    const small = make('civic-city-profile', (el) => {
      el.setAttribute('max-bytes', '40');
      el.src = src;
    });
    const large = make('civic-city-profile', (el) => (el.src = src));
    area.append(small, large);
    const detail = failed(await outcome(small), 'too-large');
    expect(detail.url).to.equal(src);
    expect(detail.issues).to.deep.equal([]);
    expect(alertText(small)).to.contain('too large');
    loaded(await outcome(large));
    expect(cityName(large)).to.equal('Mechelen');
    expect(await requests(id)).to.equal(1);

    // Later elements get the answer their own bound gives, from the document the page has.
    const later = make('civic-city-profile', (el) => {
      el.setAttribute('max-bytes', '40');
      el.src = src;
    });
    const enough = make('civic-city-profile', (el) => {
      el.setAttribute('max-bytes', '100000');
      el.src = src;
    });
    area.append(later, enough);
    failed(await outcome(later), 'too-large');
    loaded(await outcome(enough));
    expect(cityName(enough)).to.equal('Mechelen');
    expect(await requests(id)).to.equal(1);
  });

  it('does not keep a refusal by a small max-bytes: an element with a larger one fetches the document again', async () => {
    const id = counter();
    const src = countedSrc(id);
    const small = make('civic-city-profile', (el) => {
      el.setAttribute('max-bytes', '40');
      el.src = src;
    });
    area.append(small);
    failed(await outcome(small), 'too-large');
    const large = make('civic-timeline', (el) => (el.src = src));
    area.append(large);
    loaded(await outcome(large));
    expect(shadow(large).querySelectorAll('ol > li').length).to.equal(14);
    expect(await requests(id)).to.equal(2);
  });

  it('raises the byte cap of a request in flight for a larger max-bytes that joins it', async () => {
    const id = counter();
    const src = countedSrc(id, { ms: 200 });
    const small = make('civic-city-profile', (el) => {
      el.setAttribute('max-bytes', '40');
      el.src = src;
    });
    area.append(small);
    await small.updateComplete;
    await wait(50);
    const large = make('civic-city-profile', (el) => (el.src = src));
    area.append(large);
    failed(await outcome(small), 'too-large');
    loaded(await outcome(large));
    expect(cityName(large)).to.equal('Mechelen');
    expect(await requests(id)).to.equal(1);
  });
});
