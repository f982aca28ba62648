// What the views do with URLs and text from a document: every external link carries
// rel="noopener noreferrer", images send no Referer and load lazily, and text that can mix
// directions is isolated, so a U+202E in a name cannot turn the text around it.
import { expect } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import { settled } from '../../test/helpers.js';

const RLO = '\u202E';
const name = (label: string): string => `${label}${RLO}evil`;

/** A document with a right-to-left override in every name, title and label a view shows. */
const hostileDocument = {
  version: 1,
  lang: 'en',
  city: {
    name: name('City'),
    region: name('Region'),
    leader: { name: name('Leader'), role: name('Role') },
    image: { src: '/test/fixtures/square.svg', alt: 'A square', credit: name('Credit') },
    summary: name('Summary'),
    facts: [
      { label: name('Label'), value: name('Value'), note: name('Note'), sources: ['s'] },
      { kind: 'population', value: 1000, sources: ['s'] },
    ],
    links: [{ href: 'https://www.example.org/', label: name('Link') }],
  },
  initiatives: [
    { id: 'a', title: name('Title'), summary: name('InitiativeSummary'), outcome: name('Outcome'), partners: [name('PartnerA'), name('PartnerB'), 'PartnerC'], sources: ['s'] },
  ],
  quotes: [{ id: 'q', text: name('Quote'), author: { name: name('Author'), role: name('AuthorRole') }, context: name('Context'), sources: ['s'] }],
  sources: [{ id: 's', title: name('Source'), publisher: name('Publisher'), url: 'https://www.example.org/source' }],
};

const ISOLATING = new Set(['isolate', 'isolate-override', 'plaintext']);

/** Every text node with U+202E in the element's shadow root, with the element that holds it. */
function overrides(root: ShadowRoot): { text: string; holder: Element }[] {
  const found: { text: string; holder: Element }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(RLO)) found.push({ text: node.textContent, holder: node.parentElement! });
  }
  return found;
}

async function render(tag: 'civic-city-profile' | 'civic-timeline' | 'civic-quote'): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.data = structuredClone(hostileDocument);
  const done = settled(el);
  document.body.append(el);
  expect((await done).type).to.equal('civic-load');
  await el.updateComplete;
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('civic-city-profile, civic-timeline, civic-quote')) el.remove();
});

describe('links and images', () => {
  it('gives every link to a URL from the document rel="noopener noreferrer", the city links too', async () => {
    for (const tag of ['civic-city-profile', 'civic-timeline', 'civic-quote'] as const) {
      const el = await render(tag);
      const external = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => !link.getAttribute('href')!.startsWith('#'));
      expect(external.length, tag).to.be.greaterThan(0);
      for (const link of external) expect(link.relList.contains('noopener') && link.relList.contains('noreferrer'), `${tag}: ${link.outerHTML}`).to.equal(true);
    }
  });

  it('loads images lazily and asynchronously, without a Referer', async () => {
    const el = await render('civic-city-profile');
    const image = el.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(image.referrerPolicy).to.equal('no-referrer');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('decoding')).to.equal('async');
  });
});

describe('bidirectional text', () => {
  for (const tag of ['civic-city-profile', 'civic-timeline', 'civic-quote'] as const) {
    it(`isolates every text with U+202E in <${tag}>: each sits alone in an element that isolates it`, async () => {
      const el = await render(tag);
      if (tag === 'civic-timeline') {
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!.click();
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      }
      const found = overrides(el.shadowRoot!);
      expect(found.length).to.be.greaterThan(2);
      for (const { text, holder } of found) {
        const label = `${tag}: ${JSON.stringify(text)} in <${holder.localName}>`;
        expect(ISOLATING.has(getComputedStyle(holder).unicodeBidi), label).to.equal(true);
        // Nothing but the name itself inside the isolate: the override ends with it.
        expect(holder.textContent!.trim(), label).to.equal(text.trim());
      }
    });
  }

  it('lists partners one isolate each, so the words between them keep their order', async () => {
    const el = await render('civic-timeline');
    const partners = [...el.shadowRoot!.querySelectorAll('.details dd bdi')].map((bdi) => bdi.textContent);
    expect(partners).to.deep.equal([name('PartnerA'), name('PartnerB'), 'PartnerC']);
  });
});
