import { parseIsoDate } from '../schema/date.js';
import { formatNumber, numberFormat } from './numbers.js';

export { formatNumber } from './numbers.js';

// Intl constructors are costly next to formatting; a timeline of 1,000 entries formats thousands of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A percentage given in percent (22 means 22 %): "22%" (en), "22 %" (nl, sv). */
export function formatPercent(value: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** An area in square kilometres, with the unit as the locale writes it. */
export function formatArea(value: number, locale: string): string {
  // Intl has no square-kilometre unit; km² is written the same in every shipped locale.
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(value)}\u00a0km²`;
}

// Intl.DisplayNames throws on a code it cannot parse; the code itself is then the best name.
function displayName(type: Intl.DisplayNamesType, code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The country's name in the reader's language (`BE` → "Belgium", "België", "Belgien"); the code if unknown. */
export const countryName = (code: string, locale: string): string => displayName('region', code, locale);

/** The name of a tag's language in the reader's language (`nl`, `nl-BE` → "Dutch", "Nederlands"). */
export const languageName = (tag: string, locale: string): string => displayName('language', tag.split('-')[0] as string, locale);

/** A date formatted at the precision it was given, with the value for `<time datetime>`. */
export interface FormattedDate {
  text: string;
  datetime: string;
  precision: 'year' | 'month' | 'day';
}

/**
 * "2001" → "2001"; "2016-10" → "October 2016" / "oktober 2016"; "2018-10-15" → "15 October 2018".
 * Undefined for no date, or a string that is not an ISO date at year, month or day precision.
 */
export function formatIsoDate(iso: string | undefined, locale: string): FormattedDate | undefined {
  const date = parseIsoDate(iso as string);
  if (!date) return undefined;
  const key = `${locale}|${date.precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: date.month ? 'long' : undefined, day: date.day ? 'numeric' : undefined, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  // Years are 1000–9999 (ISO_DATE_PATTERN), which Date.UTC takes as they are.
  return { text: format.format(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)), datetime: iso as string, precision: date.precision };
}

/** A size in bytes as megabytes: "8 MB", "8 Mo" (fr), "8 ميغابايت" (ar). */
export function formatMegabytes(bytes: number, locale: string): string {
  return formatNumber(bytes / (1024 * 1024), locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}

/** A duration in seconds: "15 seconds", "15 seconden". */
export function formatSeconds(ms: number, locale: string): string {
  return formatNumber(ms / 1000, locale, { style: 'unit', unit: 'second', unitDisplay: 'long', maximumFractionDigits: 1 });
}
