// Whole phrases around dates, one message per precision of each date, so that a translation can
// say "jusqu’en 2018", "jusqu’en octobre 2018" and "jusqu’au 15 octobre 2018", or "vom 15. Oktober
// bis zum 3. März". The dates are slots (see phrase.ts), rendered as <time> elements.
import { msg, str } from '@lit/localize';
import type { FormattedDate } from './format.js';
import { SLOT_1, SLOT_2 } from './phrase.js';

type Precision = FormattedDate['precision'];

const date = SLOT_1;
const start = SLOT_1;
const end = SLOT_2;

/** "since 2001" (a leader's term without an end). */
export function sincePhrase(precision: Precision): string {
  if (precision === 'year') return msg(str`since ${date}`, { id: 'date.since.year' });
  if (precision === 'month') return msg(str`since ${date}`, { id: 'date.since.month' });
  return msg(str`since ${date}`, { id: 'date.since.day' });
}

/** "until 2010" (an initiative or a leader's term without a start). */
export function untilPhrase(precision: Precision): string {
  if (precision === 'year') return msg(str`until ${date}`, { id: 'date.until.year' });
  if (precision === 'month') return msg(str`until ${date}`, { id: 'date.until.month' });
  return msg(str`until ${date}`, { id: 'date.until.day' });
}

/** "ongoing since October 2016" (an initiative whose end is "ongoing"). */
export function ongoingPhrase(precision: Precision): string {
  if (precision === 'year') return msg(str`ongoing since ${date}`, { id: 'date.ongoing.year' });
  if (precision === 'month') return msg(str`ongoing since ${date}`, { id: 'date.ongoing.month' });
  return msg(str`ongoing since ${date}`, { id: 'date.ongoing.day' });
}

/**
 * Whether a preposition before this formatted date elides (French "d’octobre", not "de octobre"):
 * the translation lists the letters that cause it.
 */
function elides(text: string): boolean {
  const letters = msg('-', { id: 'date.elision' });
  return letters.includes(text.charAt(0).toLowerCase());
}

/** "from 2001 to 2004": a leader's term, and the spoken form of a timeline range. */
export function rangePhrase(from: FormattedDate, to: FormattedDate): string {
  const key = `${from.precision === 'month' && elides(from.text) ? 'elided' : from.precision}-${to.precision}`;
  switch (key) {
    case 'year-year':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.year-year' });
    case 'year-month':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.year-month' });
    case 'year-day':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.year-day' });
    case 'month-year':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.month-year' });
    case 'month-month':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.month-month' });
    case 'month-day':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.month-day' });
    case 'elided-year':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.elided-year' });
    case 'elided-month':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.elided-month' });
    case 'elided-day':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.elided-day' });
    case 'day-year':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.day-year' });
    case 'day-month':
      return msg(str`from ${start} to ${end}`, { id: 'date.range.day-month' });
    default:
      return msg(str`from ${start} to ${end}`, { id: 'date.range.day-day' });
  }
}
