// <civic-timeline>: order, dates, ranges, labels, content language, states and layout.
import { expect, fixture, html } from '@open-wc/testing';
import './civic-timeline.js';
import type { CivicTimeline } from './timeline.js';
import type { StoryDocument } from '../schema/index.js';
import { connectAndSettle, resetPage, sample, sampleUrl, setPageLanguage, textOf } from '../../test/helpers.js';
import { entries, renderTimeline, shadow, titles } from './test/helpers.js';
import { NEWEST, OLDEST, datedDocument } from '../../test/fixtures/documents.js';
import { sizedBoxEach } from '../../test/suites/media.js';

afterEach(resetPage);

const titleOf = (document: StoryDocument, id: string): string => {
  const title = document.initiatives?.find((initiative) => initiative.id === id)?.title;
  return typeof title === 'string' ? title : (title?.['en'] ?? '');
};

/** The entry whose title is `title`. */
const entryTitled = (el: CivicTimeline, title: string): HTMLLIElement =>
  entries(el).find((entry) => textOf(entry.querySelector('[part="title"]')) === title) as HTMLLIElement;

const times = (entry: Element): { datetime: string | null; text: string }[] =>
  [...entry.querySelectorAll('[part="date"] time, time[part="date"]')].map((time) => ({ datetime: time.getAttribute('datetime'), text: textOf(time) }));

describe('civic-timeline: structure and order', () => {
  it('renders an <ol> with one <li> per initiative', async () => {
    const doc = datedDocument();
    const el = await renderTimeline(doc);
    const list = shadow(el).querySelector('ol[part="list"]');
    expect(list).to.exist;
    expect(list?.children.length).to.equal(doc.initiatives?.length);
    expect([...(list?.children ?? [])].every((child) => child.tagName === 'LI')).to.be.true;
  });

  it('puts the oldest first by default, ties in document order, undated last', async () => {
    const doc = datedDocument();
    const el = await renderTimeline(doc);
    expect(el.order).to.equal('oldest');
    expect(titles(el)).to.deep.equal(OLDEST.map((id) => titleOf(doc, id)));
  });

  it('puts the newest first with order="newest", undated still last', async () => {
    const doc = datedDocument();
    const el = await renderTimeline(doc, { order: 'newest' });
    expect(titles(el)).to.deep.equal(NEWEST.map((id) => titleOf(doc, id)));
    el.order = 'oldest';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(OLDEST.map((id) => titleOf(doc, id)));
  });

  it('renders the titles as headings at heading-level (default 3)', async () => {
    const el = await renderTimeline(datedDocument());
    expect(shadow(el).querySelectorAll('h3[part="title"]').length).to.equal(7);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('h5[part="title"]').length).to.equal(7);
    expect(shadow(el).querySelectorAll('h3').length).to.equal(0);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('h3[part="title"]').length, 'an invalid level falls back to 3').to.equal(7);
  });

  it('renders h3 titles for a heading level that is not a number from 2 to 6, such as "constructor"', async () => {
    const el = await renderTimeline(datedDocument());
    for (const value of ['constructor', 'toString', '__proto__', 3.2, 1, 7, Number.NaN]) {
      el.headingLevel = value as never;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('h3[part="title"]').length, String(value)).to.equal(7);
      expect([...shadow(el).querySelectorAll('*')].filter((node) => node.localName.startsWith('lit$')), String(value)).to.deep.equal([]);
    }
  });

  it('shows the category, the status and the summary', async () => {
    const doc = datedDocument();
    const el = await renderTimeline(doc);
    const entry = entryTitled(el, 'Mixed neighbourhoods');
    expect(textOf(entry.querySelector('[part="category"]'))).to.equal('Housing');
    expect(textOf(entry.querySelector('[part="status"]'))).to.equal('Completed');
    expect(textOf(entry.querySelector('[part="summary"]'))).to.equal('Investing in the poorer neighbourhoods.');
    // A slug without a label of ours is shown as written.
    const custom = datedDocument();
    custom.initiatives![0]!.category = 'night-life';
    const other = await renderTimeline(custom);
    expect(textOf(entryTitled(other, 'Safe streets').querySelector('[part="category"]'))).to.equal('night-life');
  });
});

describe('civic-timeline: dates', () => {
  it('gives each date a <time datetime> at its precision', async () => {
    const el = await renderTimeline(datedDocument());
    expect(times(entryTitled(el, 'Mixed neighbourhoods'))).to.deep.equal([
      { datetime: '2001', text: '2001' },
      { datetime: '2004', text: '2004' },
    ]);
    expect(times(entryTitled(el, 'School choice'))).to.deep.equal([{ datetime: '2016-10', text: 'October 2016' }]);
    expect(times(entryTitled(el, 'Safe streets'))).to.deep.equal([{ datetime: '2018-10-15', text: 'October 15, 2018' }]);
    expect(entryTitled(el, 'Housing without a date').querySelector('[part="date"]')).to.equal(null);
  });

  it('writes dates in the page language and region', async () => {
    const expected: Record<string, [string, string]> = {
      'en-GB': ['October 2016', '15 October 2018'],
      nl: ['oktober 2016', '15 oktober 2018'],
      sv: ['oktober 2016', '15 oktober 2018'],
      de: ['Oktober 2016', '15. Oktober 2018'],
    };
    for (const [tag, [month, day]] of Object.entries(expected)) {
      // A new element each time: a change of region alone (en → en-GB) keeps the UI locale, and
      // @lit/localize re-renders only on a change of locale.
      await setPageLanguage(tag);
      const el = await renderTimeline(datedDocument());
      expect(times(entryTitled(el, 'School choice'))[0], tag).to.deep.equal({ datetime: '2016-10', text: month });
      expect(times(entryTitled(el, 'Safe streets'))[0], tag).to.deep.equal({ datetime: '2018-10-15', text: day });
      el.remove();
    }
    await setPageLanguage('ar');
    const el = await renderTimeline(datedDocument());
    const arabic = times(entryTitled(el, 'Safe streets'))[0];
    expect(arabic?.datetime).to.equal('2018-10-15');
    expect(arabic?.text).to.equal(new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2018, 9, 15)));
    expect(arabic?.text).to.match(/أكتوبر/);
  });

  it('shows a range as two <time>s with a spoken "to"', async () => {
    const el = await renderTimeline(datedDocument());
    const date = entryTitled(el, 'Mixed neighbourhoods').querySelector('[part="date"]') as HTMLElement;
    expect(date.querySelectorAll('time').length).to.equal(2);
    expect(textOf(date.querySelector('[aria-hidden="true"]'))).to.equal('–');
    expect([...date.querySelectorAll('.visually-hidden')].map(textOf)).to.deep.equal(['from', 'to']);
  });

  it('marks an initiative with end "ongoing", and one with only an end as "until"', async () => {
    const el = await renderTimeline(datedDocument());
    const ongoing = entryTitled(el, 'School choice');
    expect(textOf(ongoing.querySelector('[part="ongoing"]'))).to.equal('ongoing since October 2016');
    expect(ongoing.querySelectorAll('time').length).to.equal(1);
    expect(entryTitled(el, 'Safe streets').querySelector('[part="ongoing"]')).to.equal(null);
    const endsOnly = entryTitled(el, 'Street workers').querySelector('[part="date"]');
    expect(textOf(endsOnly)).to.equal('until 2010');
    expect(times(endsOnly as Element)).to.deep.equal([{ datetime: '2010', text: '2010' }]);
  });
});

describe('civic-timeline: languages', () => {
  it('marks content text with its language', async () => {
    const el = await renderTimeline(datedDocument());
    const entry = entryTitled(el, 'Mixed neighbourhoods');
    expect(entry.querySelector('[part="title"]')?.getAttribute('lang')).to.equal('en');
    expect(entry.querySelector('[part="summary"]')?.getAttribute('lang')).to.equal('en');
    expect(entry.querySelector('[part="details"] dd')?.getAttribute('lang')).to.equal('en');
    // A plain string is in the document's language.
    expect(entryTitled(el, 'Street workers').querySelector('[part="summary"]')?.getAttribute('lang')).to.equal('en');

    await setPageLanguage('nl');
    await el.updateComplete;
    const dutch = entryTitled(el, 'Gemengde wijken');
    expect(dutch.querySelector('[part="title"]')?.getAttribute('lang')).to.equal('nl');
    expect(textOf(dutch.querySelector('[part="summary"]'))).to.equal('Investeren in de armere wijken.');
    // Content only in English stays English, and says so, on a Dutch page.
    expect(entryTitled(el, 'Safe streets').querySelector('[part="title"]')?.getAttribute('lang')).to.equal('en');
  });

  it('picks content by the element’s own lang and keeps its labels in the UI language', async () => {
    const el = await renderTimeline(datedDocument(), { lang: 'nl' });
    expect(textOf(entries(el)[0]?.querySelector('[part="title"]'))).to.equal('Gemengde wijken');
    expect(shadow(el).querySelector('.timeline')?.getAttribute('lang')).to.equal('en');
  });

  it('renders the Mechelen sample differently in en, nl, sv and ar', async () => {
    const el = await renderTimeline(await sample('mechelen'));
    const seen = new Set<string>();
    for (const tag of ['en', 'nl', 'sv', 'ar']) {
      await setPageLanguage(tag);
      await el.updateComplete;
      seen.add(textOf(shadow(el).querySelector('ol')));
    }
    expect(seen.size).to.equal(4);
  });

  it('translates category and status labels (needs the merged translations)', async () => {
    const el = await renderTimeline(datedDocument());
    const label = (): string => textOf(entryTitled(el, 'Safe streets').querySelector('[part="category"]'));
    const status = (): string => textOf(entryTitled(el, 'Safe streets').querySelector('[part="status"]'));
    const english = [label(), status()];
    for (const tag of ['nl', 'sv', 'ar']) {
      await setPageLanguage(tag);
      await el.updateComplete;
      expect(label(), tag).not.to.equal(english[0]);
      expect(status(), tag).not.to.equal(english[1]);
    }
  });
});

describe('civic-timeline: states', () => {
  it('loads a document from src (the Mechelen sample): one entry per initiative, dates as <time>', async () => {
    const { el, event } = await connectAndSettle('civic-timeline', { src: sampleUrl('mechelen') });
    expect(event.type).to.equal('civic-load');
    const doc = await sample('mechelen');
    expect(shadow(el).querySelectorAll('ol > li').length).to.equal(doc.initiatives?.length);
    const withDates = await renderTimeline(datedDocument());
    expect(shadow(withDates).querySelectorAll('time[datetime]').length).to.be.greaterThan(0);
  });

  it('shows loading while the document is fetched', async () => {
    const slow = '/__test__/slow?ms=2000&file=/samples/mechelen.json';
    const el = await fixture<CivicTimeline>(html`<civic-timeline src=${slow}></civic-timeline>`);
    expect(shadow(el).querySelector('[aria-busy="true"]')).to.exist;
    el.remove();
  });

  it('shows the error view for an invalid document', async () => {
    const { el, event } = await connectAndSettle('civic-timeline', { data: { version: 2 } });
    expect(event.type).to.equal('civic-error');
    expect(shadow(el).querySelector('[role="alert"][part="error"]')).to.exist;
    expect(shadow(el).querySelector('ol')).to.equal(null);
  });

  it('shows the empty state for a document without initiatives', async () => {
    const el = await renderTimeline({ version: 1, lang: 'en', city: { name: 'Borlänge' } });
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('This story has no initiatives.');
    expect(shadow(el).querySelector('ol')).to.equal(null);
    const none = await renderTimeline({ version: 1, initiatives: [] });
    expect(shadow(none).querySelector('[part="empty"]')).to.exist;
  });
});

describe('civic-timeline: layout', () => {
  const container = sizedBoxEach();

  it('reads the heading first and the date right after it, in every layout', async () => {
    const el = await renderTimeline(datedDocument(), {}, container());
    for (const entry of entries(el).filter((candidate) => candidate.querySelector('[part="date"]'))) {
      const title = entry.querySelector('[part="title"]')!;
      // The next element after the heading in document order is the date.
      expect(title.nextElementSibling?.getAttribute('part')).to.equal('date');
      expect([...entry.querySelectorAll('[part="title"], [part="date"], [part="category"]')].map((node) => node.getAttribute('part'))).to.deep.equal(
        entry.querySelector('[part="category"]') ? ['title', 'date', 'category'] : ['title', 'date'],
      );
    }
  });

  it('speaks category and status with their labels', async () => {
    const el = await renderTimeline(datedDocument());
    const entry = entries(el).find((candidate) => textOf(candidate.querySelector('[part="title"]')) === 'Mixed neighbourhoods')!;
    const labels = entry.querySelector('.labels')!;
    expect(textOf(labels)).to.equal('Category: Housing, Status: Completed');
    // On screen only the pills.
    expect(textOf(labels.querySelector('[part="category"]'))).to.equal('Housing');
    for (const hidden of labels.querySelectorAll('.visually-hidden')) expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('drops the date column when no entry has a date', async () => {
    container().style.inlineSize = '800px';
    const doc = datedDocument();
    for (const initiative of doc.initiatives ?? []) {
      delete initiative.start;
      delete initiative.end;
    }
    const el = await renderTimeline(doc, {}, container());
    const entry = entries(el)[0]!;
    const gap = entry.querySelector('[part="title"]')!.getBoundingClientRect().left - entry.getBoundingClientRect().left;
    // The line and its gutter, not a 10rem empty column.
    expect(gap).to.be.below(64);
    const dated = await renderTimeline(datedDocument(), {}, container());
    const first = entries(dated)[0]!;
    expect(first.querySelector('[part="title"]')!.getBoundingClientRect().left - first.getBoundingClientRect().left).to.be.above(160);
  });

  it('sets the date under the heading in a narrow container() and beside it in a wide one', async () => {
    container().style.inlineSize = '320px';
    const el = await renderTimeline(datedDocument(), {}, container());
    const entry = entries(el)[0] as HTMLLIElement;
    const when = (): DOMRect => (entry.querySelector('[part="date"]') as HTMLElement).getBoundingClientRect();
    const title = (): DOMRect => (entry.querySelector('[part="title"]') as HTMLElement).getBoundingClientRect();
    expect(when().top).to.be.at.least(title().bottom - 1);
    container().style.inlineSize = '800px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(when().right).to.be.at.most(title().left);
    expect(Math.abs(when().top - title().top)).to.be.below(24);
  });

  it('mirrors in right-to-left: the line is on the right', async () => {
    container().style.inlineSize = '320px';
    await setPageLanguage('ar');
    const el = await renderTimeline(datedDocument(), {}, container());
    const line = getComputedStyle(entries(el)[0] as HTMLLIElement, '::after');
    expect(line.borderRightWidth).to.equal('2px');
    expect(line.borderLeftWidth).to.equal('0px');
    const first = (entries(el)[0] as HTMLLIElement).getBoundingClientRect();
    const heading = ((entries(el)[0] as HTMLLIElement).querySelector('[part="title"]') as HTMLElement).getBoundingClientRect();
    expect(first.right - heading.right, 'the text starts at the right, after the line').to.be.at.least(24);
    container().style.inlineSize = '800px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const entry = entries(el)[0] as HTMLLIElement;
    const when = (entry.querySelector('[part="date"]') as HTMLElement).getBoundingClientRect();
    const title = (entry.querySelector('[part="title"]') as HTMLElement).getBoundingClientRect();
    expect(when.left, 'the date column is at the right').to.be.at.least(title.right);
  });

  it('has no animations or transitions', async () => {
    const el = await renderTimeline(datedDocument(), {}, container());
    for (const node of shadow(el).querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.animationName, node.className).to.equal('none');
      expect(parseFloat(style.transitionDuration) || 0, node.className).to.equal(0);
    }
  });
});
