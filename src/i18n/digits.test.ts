// Every number through Intl, in the page's numbering system: an ar-EG page writes counts, figures,
// dates, citations and the numbers inside messages in Arabic-Indic digits, never mixed with 0–9.
import { expect, fixture, html } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import type { CivicCityProfile } from '../city-profile/city-profile.js';
import type { StoryDocument } from '../schema/index.js';
import { renderTimeline, shadow } from '../timeline/test/helpers.js';
import { setPageLanguage } from '../../test/helpers.js';

/** Text a person reads in a shadow root, without code (paths like initiatives[3]) and without content from the document. */
function uiText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent?.closest('code, [part="title"], [part="heading"], cite')) continue;
    text += walker.currentNode.textContent;
  }
  const labels = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')).join(' ');
  return `${text} ${labels}`;
}

const story = (): StoryDocument => ({
  version: 1,
  lang: 'en',
  city: {
    name: 'Mechelen',
    leader: { name: 'Bart Somers', since: '2001-01-01', until: '2024-12' },
    facts: [
      { kind: 'population', value: 86304, asOf: '2018-10-15', sources: ['s'] },
      { kind: 'youth-share', value: 22.5, sources: ['s'] },
      { kind: 'area', value: 65.19 },
    ],
  },
  sources: [{ id: 's', title: 'Figures', date: '2019-03' }],
  initiatives: [
    { id: 'a', title: 'A', start: '2016-10', end: 'ongoing', category: 'housing', sources: ['s'] },
    { id: 'b', title: 'B', start: '2001', end: '2004-06-30', category: 'youth' },
    { id: 'c', title: 'C', end: '2010', category: 'housing' },
  ],
});

describe('one digit system on an ar-EG page', () => {
  afterEach(() => setPageLanguage('en'));

  it('writes counts, dates, figures, citations and message numbers in Arabic-Indic digits only', async () => {
    await setPageLanguage('ar-EG');
    const timeline = await renderTimeline(story());
    shadow(timeline).querySelector<HTMLButtonElement>('button[part="disclosure"]')?.click();
    await timeline.updateComplete;
    const profile = await fixture<CivicCityProfile>(html`<civic-city-profile .data=${story()}></civic-city-profile>`);
    await profile.updateComplete;
    const invalid = { version: 1, initiatives: [{ id: 'a', title: 'x'.repeat(20_001) }] } as Record<string, unknown>;
    for (let i = 0; i < 120; i++) invalid[`k${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'abcdef'[Math.floor(i / 26)]}`] = i;
    const error = await renderTimeline(invalid);

    for (const [name, el] of [['timeline', timeline], ['profile', profile], ['error', error]] as const) {
      const text = uiText(el.shadowRoot!);
      expect(text, name).not.to.match(/[0-9]/);
      expect(text, name).to.match(/[٠-٩]/);
    }
    // The count, a date and a number inside a validation message, as Intl writes them for ar-EG.
    const arEG = new Intl.NumberFormat('ar-EG');
    expect(shadow(timeline).querySelector('[part="count"]')?.textContent).to.contain(arEG.format(3));
    expect(uiText(error.shadowRoot!)).to.contain(arEG.format(20_001));
    expect(profile.shadowRoot!.querySelector('[part="leader"]')?.textContent).to.contain(
      new Intl.DateTimeFormat('ar-EG', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 11)),
    );
  });
});
