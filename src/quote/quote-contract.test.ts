// <civic-quote> keeps the contract every civic-story element keeps (test/suites/story-element-contract.ts).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import './civic-quote.js';
import { hostileQuote, MOTTO_NL, quotesDocument } from '../../test/fixtures/documents.js';
import { storyElementContract } from '../../test/suites/story-element-contract.js';
import { part, shown } from './test/helpers.js';
import type { CivicQuote } from './quote.js';

const quote = (el: HTMLElement): CivicQuote => el as CivicQuote;

storyElementContract({
  tag: 'civic-quote',
  variants: [{ variant: 'block' }, { variant: 'pull' }],
  scenes: {
    shown: { data: quotesDocument },
    toggle: { data: quotesDocument, attributes: { translation: 'toggle' } },
    // Where the reader's language has a translation; elsewhere there is no toggle.
    toggled: { data: quotesDocument, attributes: { translation: 'toggle' }, act: (el) => part<HTMLButtonElement>(quote(el), 'toggle')?.click() },
    hidden: { data: quotesDocument, attributes: { translation: 'hidden' } },
    'no url': { data: quotesDocument, attributes: { quote: 'bohman' } },
    'light DOM': { light: html`<blockquote lang="nl"><p>${MOTTO_NL}</p></blockquote><p>— Bart Somers</p>` },
    unknown: { data: quotesDocument, attributes: { quote: 'nope' } },
  },
  view: 'figure[part="figure"]',
  empty: { data: { version: 1, city: { name: 'Mechelen' } }, text: 'This story has no quotes.' },
  invalid: { data: { version: 1, quotes: [{ id: 'q', text: 'Words' }] }, path: 'quotes[0].author' },
  sample: 'mechelen',
  loadingSize: 100,
  narrow: { data: hostileQuote },
  media: { data: quotesDocument, attributes: { translation: 'toggle' } },
  // Print shows the original and the translation, without the button.
  print: (el) => {
    expect(shown(part(quote(el), 'quote'))).to.equal(true);
    expect(shown(part(quote(el), 'translation'))).to.equal(true);
    expect(shown(part(quote(el), 'toggle'))).to.equal(false);
  },
  printRules: [/\.toggle/, /\[hidden\]\.translation/],
});
