// Attributes and properties agree: for every documented attribute of the three elements, setting the
// attribute sets the property, and setting the property sets the attribute. Chromium and Firefox.
import { expect } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';

interface Row {
  attribute: string;
  property: string;
  /** An attribute value and the property value it gives (and the reverse). */
  pairs: [string | null, unknown][];
}

const src: Row = { attribute: 'src', property: 'src', pairs: [['/samples/mechelen.json', '/samples/mechelen.json'], [null, undefined]] };

const table: Record<string, Row[]> = {
  'civic-city-profile': [
    { attribute: 'variant', property: 'variant', pairs: [['compact', 'compact'], ['full', 'full']] },
    { attribute: 'facts', property: 'facts', pairs: [['population,nationalities', 'population,nationalities'], [null, undefined]] },
    { attribute: 'heading-level', property: 'headingLevel', pairs: [['5', 5], ['3', 3]] },
    src,
  ],
  'civic-timeline': [
    { attribute: 'order', property: 'order', pairs: [['newest', 'newest'], ['oldest', 'oldest']] },
    { attribute: 'categories', property: 'categories', pairs: [['housing,education', 'housing,education'], [null, undefined]] },
    { attribute: 'search', property: 'search', pairs: [['school', 'school'], [null, '']] },
    { attribute: 'expanded', property: 'expanded', pairs: [['a,b', 'a,b'], [null, undefined]] },
    { attribute: 'heading-level', property: 'headingLevel', pairs: [['5', 5], ['4', 4]] },
    src,
  ],
  'civic-quote': [
    { attribute: 'quote', property: 'quote', pairs: [['motto', 'motto'], [null, undefined]] },
    { attribute: 'translation', property: 'translation', pairs: [['toggle', 'toggle'], ['hidden', 'hidden'], ['shown', 'shown']] },
    { attribute: 'variant', property: 'variant', pairs: [['pull', 'pull'], ['block', 'block']] },
    { attribute: 'translated', property: 'translated', pairs: [['', true], [null, false]] },
    src,
  ],
};

type Reactive = HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };

afterEach(() => document.querySelectorAll('civic-city-profile, civic-timeline, civic-quote').forEach((el) => el.remove()));

for (const [tag, rows] of Object.entries(table)) {
  describe(`${tag}: attributes and properties agree`, () => {
    for (const row of rows) {
      it(`${row.attribute} → ${row.property}`, async () => {
        const el = document.body.appendChild(document.createElement(tag)) as Reactive;
        for (const [attribute, value] of row.pairs) {
          if (attribute === null) el.removeAttribute(row.attribute);
          else el.setAttribute(row.attribute, attribute);
          await el.updateComplete;
          expect(el[row.property], `${row.attribute}=${attribute}`).to.deep.equal(value);
        }
      });

      it(`${row.property} → ${row.attribute}`, async () => {
        const el = document.body.appendChild(document.createElement(tag)) as Reactive;
        await el.updateComplete;
        for (const [attribute, value] of row.pairs) {
          el[row.property] = value;
          await el.updateComplete;
          expect(el.getAttribute(row.attribute), `${row.property} = ${String(value)}`).to.equal(attribute);
        }
      });
    }
  });
}

it('headingLevel = 5 gives heading-level="5" and an h5 (the checklist case)', async () => {
  const el = document.body.appendChild(document.createElement('civic-timeline'));
  el.data = { version: 1, initiatives: [{ id: 'a', title: 'A' }] };
  el.setAttribute('heading-level', '4');
  await el.updateComplete;
  el.headingLevel = 5;
  await el.updateComplete;
  expect(el.getAttribute('heading-level')).to.equal('5');
  expect(el.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h5');
});
