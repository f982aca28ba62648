// ISO 8601 calendar dates at the precision the author knows: a year, a month or a day.

export interface IsoDateParts {
  year: number;
  month?: number;
  day?: number;
  precision: 'year' | 'month' | 'day';
}

/** The shape of a date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, years 1000-9999, months 01-12, days 01-31. */
export const ISO_DATE_PATTERN = /^[1-9][0-9]{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** The parts of a real calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined for anything else (`2019-02-30`, `2019-1-1`). */
export function parseIsoDate(s: string): IsoDateParts | undefined {
  if (typeof s !== 'string' || !ISO_DATE_PATTERN.test(s)) return undefined;
  // The pattern fixed where each part is; a document has thousands of dates.
  const year = Number(s.slice(0, 4));
  if (s.length === 4) return { year, precision: 'year' };
  const month = Number(s.slice(5, 7));
  if (s.length === 7) return { year, month, precision: 'month' };
  const day = Number(s.slice(8));
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/**
 * Whether the date `end` lies before `start`, compared at the coarser of the two precisions
 * (`2016` does not end before `2016-10` starts: they overlap).
 */
export function endsBeforeStart(start: IsoDateParts, end: IsoDateParts): boolean {
  const keys = ['year', 'month', 'day'] as const;
  for (const key of keys) {
    const a = start[key];
    const b = end[key];
    if (a === undefined || b === undefined) return false;
    if (b !== a) return b < a;
  }
  return false;
}
