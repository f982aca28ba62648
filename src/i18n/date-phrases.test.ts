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

type TermKind = 'since' | 'sinceDay' | 'untilMonth' | 'untilDay' | 'yearToDay' | 'monthToYear' | 'octoberToDay' | 'dayToDay';

/** A leader's term as each language says it, one phrase per entry of `leaders` in its order; `{since}` and `{until}` stand for the dates as formatted. */
const leaderPhrases: Record<string, string[]> = {
  en: ['since {since}', 'since {since}', 'until {until}', 'until {until}', 'from {since} to {until}', 'from {since} to {until}', 'from {since} to {until}', 'from {since} to {until}'],
  nl: ['sinds {since}', 'sinds {since}', 'tot {until}', 'tot {until}', 'van {since} tot {until}', 'van {since} tot {until}', 'van {since} tot {until}', 'van {since} tot {until}'],
  sv: ['sedan {since}', 'sedan den {since}', 'fram till {until}', 'fram till den {until}', 'från {since} till den {until}', 'från {since} till {until}', 'från {since} till den {until}', 'från den {since} till den {until}'],
  fr: ['depuis {since}', 'depuis le {since}', 'jusqu’en {until}', 'jusqu’au {until}', 'de {since} au {until}', 'de {since} à {until}', 'd’{since} au {until}', 'du {since} au {until}'],
  de: ['seit {since}', 'seit dem {since}', 'bis {until}', 'bis zum {until}', 'von {since} bis zum {until}', 'von {since} bis {until}', 'von {since} bis zum {until}', 'vom {since} bis zum {until}'],
  ar: ['منذ {since}', 'منذ {since}', 'حتى {until}', 'حتى {until}', 'من {since} إلى {until}', 'من {since} إلى {until}', 'من {since} إلى {until}', 'من {since} إلى {until}'],
};

const leaders: Record<TermKind, Omit<Leader, 'name'>> = {
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
      for (const [index, [name, leader]] of (Object.entries(leaders) as [TermKind, Omit<Leader, 'name'>][]).entries()) {
        const term = await leaderTerm(leader);
        const phrase = leaderPhrases[locale]![index]!.replace('{since}', () => d(leader.since!)).replace('{until}', () => d(leader.until!));
        expect(term.text, `${locale} ${name}`).to.equal(phrase);
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
