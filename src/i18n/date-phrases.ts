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

/**
 * msg() with the id chosen at run time. Every id it is given is declared with its English text in
 * `declarations` below, which `lit-localize extract` reads; the English text is the same at every
 * precision, so one call per phrase serves them all. (Its type hides it from the extractor, which
 * wants literal ids.)
 */
type Lookup = (template: ReturnType<typeof str>, options: { id: string }) => string;
// msg is read at each call: @lit/localize replaces it once the localization is configured.
const byId: Lookup = (template, options) => (msg as unknown as Lookup)(template, options);

/** "since 2001" (a leader's term without an end). */
export const sincePhrase = (precision: Precision): string => byId(str`since ${date}`, { id: `date.since.${precision}` });

/** "until 2010" (an initiative or a leader's term without a start). */
export const untilPhrase = (precision: Precision): string => byId(str`until ${date}`, { id: `date.until.${precision}` });

/** "ongoing since October 2016" (an initiative whose end is "ongoing"). */
export const ongoingPhrase = (precision: Precision): string => byId(str`ongoing since ${date}`, { id: `date.ongoing.${precision}` });

/**
 * Whether a preposition before this formatted date elides (French "d’octobre", not "de octobre"):
 * the translation lists the letters that cause it.
 */
const elides = (text: string): boolean => msg('-', { id: 'date.elision' }).includes(text.charAt(0).toLowerCase());

/** "from 2001 to 2004": a leader's term, and the spoken form of a timeline range. */
export function rangePhrase(from: FormattedDate, to: FormattedDate): string {
  const first = from.precision === 'month' && elides(from.text) ? 'elided' : from.precision;
  return byId(str`from ${start} to ${end}`, { id: `date.range.${first}-${to.precision}` });
}

/** The messages, for `lit-localize extract` only: never called, so bundles leave it out. */
export function declarations(): string[] {
  return [
    msg(str`since ${date}`, { id: 'date.since.year' }),
    msg(str`since ${date}`, { id: 'date.since.month' }),
    msg(str`since ${date}`, { id: 'date.since.day' }),
    msg(str`until ${date}`, { id: 'date.until.year' }),
    msg(str`until ${date}`, { id: 'date.until.month' }),
    msg(str`until ${date}`, { id: 'date.until.day' }),
    msg(str`ongoing since ${date}`, { id: 'date.ongoing.year' }),
    msg(str`ongoing since ${date}`, { id: 'date.ongoing.month' }),
    msg(str`ongoing since ${date}`, { id: 'date.ongoing.day' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.year-year' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.year-month' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.year-day' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.month-year' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.month-month' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.month-day' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.elided-year' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.elided-month' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.elided-day' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.day-year' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.day-month' }),
    msg(str`from ${start} to ${end}`, { id: 'date.range.day-day' }),
  ];
}
