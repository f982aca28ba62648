// The no-JavaScript fallback is never lost: an element without any data source (e.g. its inline JSON
// was stripped by a CMS) keeps its light-DOM fallback visible, says why once on the console and, in a
// block editor's canvas, in a visible note; a document given later replaces the fallback without any
// error. In Chromium, Firefox and WebKit.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import type { StoryElement } from './story-element.js';
import { sample, setPageLanguage, textOf } from '../../test/helpers.js';

const FALLBACK = 'Mechelen, Belgium: 86,000 inhabitants.';
const TAGS = ['civic-city-profile', 'civic-timeline', 'civic-quote'] as const;

/** Whether a person sees the node: it takes space and is not hidden. */
function visible(node: Element | null): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
}

/** Collects console warnings and civic-* events while `run` runs, then a few tasks longer. */
async function observe(run: () => Promise<void>): Promise<{ warnings: string[]; events: string[] }> {
  const warnings: string[] = [];
  const events: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  const onEvent = (event: Event): void => {
    events.push(event.type);
  };
  document.addEventListener('civic-load', onEvent);
  document.addEventListener('civic-error', onEvent);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    console.warn = warn;
    document.removeEventListener('civic-load', onEvent);
    document.removeEventListener('civic-error', onEvent);
  }
  return { warnings, events };
}

/** A fresh element of `tag` with a light-DOM fallback paragraph, connected and rendered. */
async function withFallback(tag: string, attributes = ''): Promise<StoryElement> {
  const holder = document.createElement('div');
  holder.className = 'holder';
  // Static test markup only (no data): as a CMS serves it after stripping the inline JSON.
  holder.innerHTML = `<${tag} ${attributes}><p class="fallback">${FALLBACK}</p></${tag}>`;
  document.body.append(holder);
  const el = holder.firstElementChild as StoryElement;
  await el.updateComplete;
  return el;
}

describe('fallback: an element without a data source', () => {
  afterEach(async () => {
    document.querySelectorAll('body > div.holder').forEach((node) => node.remove());
    await setPageLanguage('en');
  });

  for (const tag of TAGS) {
    it(`<${tag}> keeps its light-DOM fallback visible and reports no event`, async () => {
      let el!: StoryElement;
      const seen = await observe(async () => {
        el = await withFallback(tag);
      });
      const fallback = el.querySelector('.fallback');
      expect(visible(fallback), 'the fallback paragraph is shown').to.equal(true);
      expect(el.innerText).to.contain(FALLBACK);
      expect(seen.events).to.deep.equal([]);
      // Outside an editor, no note in the element: the reader sees only the fallback.
      expect(el.shadowRoot!.querySelector('[part="no-document"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it(`<${tag}> says once on the console why only the fallback shows`, async () => {
      const seen = await observe(async () => {
        const el = await withFallback(tag);
        el.requestUpdate();
        await el.updateComplete;
      });
      const mine = seen.warnings.filter((text) => text.includes(`<${tag}>`));
      expect(mine.length).to.equal(1);
      expect(mine[0]).to.contain('no story document');
    });
  }

  it('keeps the inline JSON script hidden: only the fallback text is read', async () => {
    const el = await withFallback('civic-timeline');
    // A stripped document can leave an empty or non-JSON script behind; an empty type-less one is inert.
    expect(textOf(el.shadowRoot)).to.equal('');
    expect(el.innerText.trim()).to.equal(FALLBACK);
  });

  it('a quote that wraps its own blockquote needs no document and logs nothing', async () => {
    const seen = await observe(async () => {
      const holder = document.createElement('div');
  holder.className = 'holder';
      holder.innerHTML = '<civic-quote><blockquote><p>Samen leven.</p></blockquote></civic-quote>';
      document.body.append(holder);
      await (holder.firstElementChild as StoryElement).updateComplete;
      expect(visible(holder.querySelector('blockquote'))).to.equal(true);
    });
    expect(seen.warnings.filter((text) => text.includes('civic-quote'))).to.deep.equal([]);
  });

  for (const tag of TAGS) {
    it(`<${tag}> given .data later replaces the fallback without an error or a warning`, async () => {
      const doc = await sample('mechelen');
      let el!: StoryElement;
      const seen = await observe(async () => {
        const holder = document.createElement('div');
  holder.className = 'holder';
        holder.innerHTML = `<${tag}><p class="fallback">${FALLBACK}</p></${tag}>`;
        el = holder.firstElementChild as StoryElement;
        document.body.append(holder);
        await el.updateComplete;
        const loaded = oneEvent(el, 'civic-load');
        el.data = doc;
        await loaded;
        await el.updateComplete;
      });
      expect(seen.events).to.deep.equal(['civic-load']);
      expect(seen.warnings.filter((text) => text.includes('civic-story'))).to.deep.equal([]);
      expect(visible(el.querySelector('.fallback')), 'the fallback is hidden once the widget shows').to.equal(false);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(textOf(el.shadowRoot)).to.not.equal('');
    });
  }
});

describe('fallback: inside a block editor canvas', () => {
  afterEach(async () => {
    document.querySelectorAll('body > div.holder').forEach((node) => node.remove());
    await setPageLanguage('en');
  });

  it('shows a visible note saying why, beside the fallback', async () => {
    const canvas = await fixture<HTMLElement>(html`<div class="editor-styles-wrapper">
      <civic-timeline><p class="fallback">${FALLBACK}</p></civic-timeline>
    </div>`);
    const el = canvas.querySelector<StoryElement>('civic-timeline')!;
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector('[part="no-document"]');
    expect(visible(note)).to.equal(true);
    expect(note!.getAttribute('role')).to.equal('note');
    expect(textOf(note)).to.contain('civic-timeline: no story document is given');
    expect(visible(el.querySelector('.fallback'))).to.equal(true);
  });

  it('says it in the UI language (Dutch, Arabic)', async () => {
    const canvas = await fixture<HTMLElement>(html`<div class="editor-styles-wrapper">
      <civic-city-profile><p>${FALLBACK}</p></civic-city-profile>
    </div>`);
    const el = canvas.querySelector<StoryElement>('civic-city-profile')!;
    await setPageLanguage('nl');
    await el.updateComplete;
    let note = el.shadowRoot!.querySelector('[part="no-document"]')!;
    expect(textOf(note)).to.contain('geen verhaaldocument');
    expect(note.getAttribute('lang')).to.equal('nl');
    await setPageLanguage('ar');
    await el.updateComplete;
    note = el.shadowRoot!.querySelector('[part="no-document"]')!;
    expect(textOf(note)).to.contain('لم يُحدَّد مستند للقصة');
    expect(note.getAttribute('lang')).to.equal('ar');
  });

  it('drops the note once a document is given', async () => {
    const canvas = await fixture<HTMLElement>(html`<div class="editor-styles-wrapper">
      <civic-quote quote="motto"><p>${FALLBACK}</p></civic-quote>
    </div>`);
    const el = canvas.querySelector<StoryElement>('civic-quote')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="no-document"]')).to.not.equal(null);
    const loaded = oneEvent(el, 'civic-load');
    el.data = await sample('mechelen');
    await loaded;
    expect(el.shadowRoot!.querySelector('[part="no-document"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('blockquote')).to.not.equal(null);
  });
});
