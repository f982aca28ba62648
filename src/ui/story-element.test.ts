// The shared element base: it follows the page's region as well as its UI locale.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { StoryElement } from './story-element.js';
import { formatIsoDate } from '../i18n/format.js';
import { setPageLanguage } from '../../test/helpers.js';

describe('StoryElement: a change of region alone', () => {
  afterEach(() => setPageLanguage('en'));

  it('re-renders elements with the new regional formats (en to en-GB)', async () => {
    class DateStory extends StoryElement {
      protected override renderDocument(_document: unknown, language: { format: string }) {
        return html`<p>${formatIsoDate('2018-10-15', language.format)?.text}</p>`;
      }
    }
    customElements.define('test-date-story', DateStory);
    const el = document.createElement('test-date-story') as InstanceType<typeof DateStory>;
    el.data = { version: 1 };
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('October 15, 2018');
    await setPageLanguage('en-GB');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('15 October 2018');
    el.remove();
  });
});
