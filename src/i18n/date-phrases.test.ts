// Date phrases are whole messages chosen by the precision of each date: "jusqu’en octobre 2018",
// "jusqu’au 15 octobre 2018", "vom … bis zum …", with the dates still <time> elements.
import { expect, fixture, html } from '@open-wc/testing';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import type { CivicCityProfile } from '../city-profile/city-profile.js';
import type { Leader, StoryDocument } from '../schema/index.js';
import { renderTimeline, shadow } from '../timeline/test/helpers.js';
import { setPageLanguage, textOf } from '../../test/helpers.js';
import { formatIsoDate } from './format.js';

async function leaderTerm(leader: Omit<Leader, 'name'>): Promise<{ text: string; times: string[] }> {
  const document: StoryDocument = { version: 1, lang: 'en', city: { name: 'Mechelen', leader: { name: 'Bart Somers', ...leader } } };
  const el = await fixture<CivicCityProfile>(html`<civic-city-profile .data=${document}></civic-city-profile>`);
  await el.updateComplete;
  const term = el.shadowRoot!.querySelector('.leader-term')!;
  const result = { text: textOf(term), times: [...term.querySelectorAll('time')].map((time) => time.dateTime) };
  el.remove();
  return result;
}

/** What a screen reader reads of an entry's date: everything but the parts hidden from it. */
function spoken(node: Node): string {
  const read = (parent: Node): string =>
    [...parent.childNodes]
      .map((child) => (child instanceof Element ? (child.getAttribute('aria-hidden') === 'true' ? '' : read(child)) : child.nodeType === Node.TEXT_NODE ? (child.textContent ?? '') : ''))
      .join('');
  return read(node).replace(/[ \t\n\r]+/g, ' ').trim();
}

type Phrases = Record<'since' | 'sinceDay' | 'untilMonth' | 'untilDay' | 'yearToDay' | 'monthToYear' | 'octoberToDay' | 'dayToDay', (d: (iso: string) => string) => string>;

const leaderPhrases: Record<string, Phrases> = {
  en: {
    since: (d) => `since ${d('2001')}`,
    sinceDay: (d) => `since ${d('2018-10-15')}`,
    untilMonth: (d) => `until ${d('2018-10')}`,
    untilDay: (d) => `until ${d('2018-10-15')}`,
    yearToDay: (d) => `from ${d('2001')} to ${d('2020-12-31')}`,
    monthToYear: (d) => `from ${d('2014-03')} to ${d('2018')}`,
    octoberToDay: (d) => `from ${d('2014-10')} to ${d('2018-10-15')}`,
    dayToDay: (d) => `from ${d('2014-10-15')} to ${d('2018-10-15')}`,
  },
  nl: {
    since: (d) => `sinds ${d('2001')}`,
    sinceDay: (d) => `sinds ${d('2018-10-15')}`,
    untilMonth: (d) => `tot ${d('2018-10')}`,
    untilDay: (d) => `tot ${d('2018-10-15')}`,
    yearToDay: (d) => `van ${d('2001')} tot ${d('2020-12-31')}`,
    monthToYear: (d) => `van ${d('2014-03')} tot ${d('2018')}`,
    octoberToDay: (d) => `van ${d('2014-10')} tot ${d('2018-10-15')}`,
    dayToDay: (d) => `van ${d('2014-10-15')} tot ${d('2018-10-15')}`,
  },
  sv: {
    since: (d) => `sedan ${d('2001')}`,
    sinceDay: (d) => `sedan den ${d('2018-10-15')}`,
    untilMonth: (d) => `fram till ${d('2018-10')}`,
    untilDay: (d) => `fram till den ${d('2018-10-15')}`,
    yearToDay: (d) => `från ${d('2001')} till den ${d('2020-12-31')}`,
    monthToYear: (d) => `från ${d('2014-03')} till ${d('2018')}`,
    octoberToDay: (d) => `från ${d('2014-10')} till den ${d('2018-10-15')}`,
    dayToDay: (d) => `från den ${d('2014-10-15')} till den ${d('2018-10-15')}`,
  },
  fr: {
    since: (d) => `depuis ${d('2001')}`,
    sinceDay: (d) => `depuis le ${d('2018-10-15')}`,
    untilMonth: (d) => `jusqu’en ${d('2018-10')}`,
    untilDay: (d) => `jusqu’au ${d('2018-10-15')}`,
    yearToDay: (d) => `de ${d('2001')} au ${d('2020-12-31')}`,
    monthToYear: (d) => `de ${d('2014-03')} à ${d('2018')}`,
    octoberToDay: (d) => `d’${d('2014-10')} au ${d('2018-10-15')}`,
    dayToDay: (d) => `du ${d('2014-10-15')} au ${d('2018-10-15')}`,
  },
  de: {
    since: (d) => `seit ${d('2001')}`,
    sinceDay: (d) => `seit dem ${d('2018-10-15')}`,
    untilMonth: (d) => `bis ${d('2018-10')}`,
    untilDay: (d) => `bis zum ${d('2018-10-15')}`,
    yearToDay: (d) => `von ${d('2001')} bis zum ${d('2020-12-31')}`,
    monthToYear: (d) => `von ${d('2014-03')} bis ${d('2018')}`,
    octoberToDay: (d) => `von ${d('2014-10')} bis zum ${d('2018-10-15')}`,
    dayToDay: (d) => `vom ${d('2014-10-15')} bis zum ${d('2018-10-15')}`,
  },
  ar: {
    since: (d) => `منذ ${d('2001')}`,
    sinceDay: (d) => `منذ ${d('2018-10-15')}`,
    untilMonth: (d) => `حتى ${d('2018-10')}`,
    untilDay: (d) => `حتى ${d('2018-10-15')}`,
    yearToDay: (d) => `من ${d('2001')} إلى ${d('2020-12-31')}`,
    monthToYear: (d) => `من ${d('2014-03')} إلى ${d('2018')}`,
    octoberToDay: (d) => `من ${d('2014-10')} إلى ${d('2018-10-15')}`,
    dayToDay: (d) => `من ${d('2014-10-15')} إلى ${d('2018-10-15')}`,
  },
};

const leaders: Record<keyof Phrases, Omit<Leader, 'name'>> = {
  since: { since: '2001' },
  sinceDay: { since: '2018-10-15' },
  untilMonth: { until: '2018-10' },
  untilDay: { until: '2018-10-15' },
  yearToDay: { since: '2001', until: '2020-12-31' },
  monthToYear: { since: '2014-03', until: '2018' },
  octoberToDay: { since: '2014-10', until: '2018-10-15' },
  dayToDay: { since: '2014-10-15', until: '2018-10-15' },
};

/** The timeline's phrases: "ongoing since …" at each precision, "until …", and a range as spoken. */
const timelinePhrases: Record<string, { ongoing: (d: string) => string; ongoingDay: (d: string) => string; until: (d: string) => string; range: (a: string, b: string) => string }> = {
  en: { ongoing: (d) => `ongoing since ${d}`, ongoingDay: (d) => `ongoing since ${d}`, until: (d) => `until ${d}`, range: (a, b) => `from ${a} to ${b}` },
  nl: { ongoing: (d) => `lopend sinds ${d}`, ongoingDay: (d) => `lopend sinds ${d}`, until: (d) => `tot ${d}`, range: (a, b) => `van ${a} tot ${b}` },
  sv: { ongoing: (d) => `pågående sedan ${d}`, ongoingDay: (d) => `pågående sedan den ${d}`, until: (d) => `fram till ${d}`, range: (a, b) => `från ${a} till ${b}` },
  fr: { ongoing: (d) => `en cours depuis ${d}`, ongoingDay: (d) => `en cours depuis le ${d}`, until: (d) => `jusqu’en ${d}`, range: (a, b) => `de ${a} à ${b}` },
  de: { ongoing: (d) => `laufend seit ${d}`, ongoingDay: (d) => `laufend seit dem ${d}`, until: (d) => `bis ${d}`, range: (a, b) => `von ${a} bis ${b}` },
  ar: { ongoing: (d) => `جارية منذ ${d}`, ongoingDay: (d) => `جارية منذ ${d}`, until: (d) => `حتى ${d}`, range: (a, b) => `من ${a} إلى ${b}` },
};

describe('date phrases by precision', () => {
  afterEach(() => setPageLanguage('en'));

  for (const locale of Object.keys(leaderPhrases)) {
    const d = (iso: string): string => formatIsoDate(iso, locale)!.text;

    it(`says a leader's term as a whole phrase at each precision (${locale})`, async () => {
      await setPageLanguage(locale);
      for (const [name, leader] of Object.entries(leaders) as [keyof Phrases, Omit<Leader, 'name'>][]) {
        const term = await leaderTerm(leader);
        expect(term.text, `${locale} ${name}`).to.equal(leaderPhrases[locale]![name](d));
        // Each date stays a <time> with its machine-readable value.
        expect(term.times, `${locale} ${name}`).to.deep.equal([leader.since, leader.until].filter(Boolean));
      }
    });

    it(`says an initiative's dates as whole phrases (${locale})`, async () => {
      await setPageLanguage(locale);
      const phrases = timelinePhrases[locale]!;
      const el = await renderTimeline({
        version: 1,
        lang: 'en',
        initiatives: [
          { id: 'year', title: 'A', start: '2016', end: 'ongoing' },
          { id: 'month', title: 'B', start: '2016-10', end: 'ongoing' },
          { id: 'day', title: 'C', start: '2016-10-15', end: 'ongoing' },
          { id: 'until', title: 'D', end: '2010' },
          { id: 'range', title: 'E', start: '2001', end: '2004' },
        ],
      });
      const date = (id: string): HTMLElement => shadow(el).querySelectorAll<HTMLElement>('[part="date"]')[['range', 'until', 'year', 'month', 'day'].indexOf(id)]!;
      expect(textOf(date('year'))).to.equal(phrases.ongoing(d('2016')));
      expect(textOf(date('month'))).to.equal(phrases.ongoing(d('2016-10')));
      expect(textOf(date('day'))).to.equal(phrases.ongoingDay(d('2016-10-15')));
      expect(textOf(date('until'))).to.equal(phrases.until(d('2010')));
      expect(date('until').querySelector('time')?.dateTime).to.equal('2010');
      // A range shows two dates and a dash; a screen reader hears the phrase.
      expect(spoken(date('range'))).to.equal(phrases.range(d('2001'), d('2004')));
      expect(textOf(date('range').querySelector('[aria-hidden="true"]'))).to.equal('–');
      expect([...date('range').querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal(['2001', '2004']);
      el.remove();
    });
  }
});
