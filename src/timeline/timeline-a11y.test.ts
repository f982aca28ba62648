// <civic-timeline>: axe in each state (loaded, filtered, expanded, searched with no match, empty,
// error, loading) in each locale of the catalogue's toolbar: en, nl, sv, fr, de and ar.
import { expect } from '@open-wc/testing';
import './civic-timeline.js';
import type { CivicTimeline } from './timeline.js';
import { sample, setPageLanguage } from '../../test/helpers.js';
import { categoryButton, datedDocument, renderTimeline, shadow } from './test/documents.js';

type State = { name: string; make: () => Promise<CivicTimeline> };

const STATES: State[] = [
  { name: 'loaded (Mechelen)', make: async () => renderTimeline(await sample('mechelen')) },
  { name: 'dates, ranges and ongoing', make: () => renderTimeline(datedDocument()) },
  {
    name: 'filtered',
    make: async () => {
      const el = await renderTimeline(await sample('vasteras'));
      categoryButton(el, 'partnership').click();
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'expanded',
    make: async () => {
      const el = await renderTimeline(await sample('borlange'));
      (shadow(el).querySelector('button[part="expand-all"]') as HTMLButtonElement).click();
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'no match',
    make: async () => {
      const el = await renderTimeline(await sample('mechelen'));
      const input = shadow(el).querySelector('input[type="search"]') as HTMLInputElement;
      input.value = 'zzzz';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      return el;
    },
  },
  { name: 'empty', make: () => renderTimeline({ version: 1, city: { name: 'Borlänge' } }) },
  { name: 'error', make: () => renderTimeline({ version: 2 }) },
  {
    name: 'loading',
    make: async () => {
      const el = document.createElement('civic-timeline');
      el.src = '/__test__/slow?ms=3000&file=/samples/mechelen.json';
      document.body.append(el);
      await el.updateComplete;
      return el;
    },
  },
];

for (const locale of ['en', 'nl', 'sv', 'fr', 'de', 'ar']) {
  describe(`civic-timeline: accessibility (${locale})`, () => {
    before(() => setPageLanguage(locale));
    after(() => setPageLanguage('en'));
    afterEach(() => document.querySelectorAll('civic-timeline').forEach((el) => el.remove()));

    for (const state of STATES) {
      it(`passes axe: ${state.name}`, async () => {
        const el = await state.make();
        await expect(el).to.be.accessible();
      });
    }
  });
}
