// Numbers through Intl, shared by the views and by the validation messages (which are built outside
// any view, in the UI language of the moment validate() runs). No imports: the schema entry uses it.

// Intl constructors are costly next to formatting; a timeline of 1,000 entries formats thousands of numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number in the reader's conventions: 86,000 (en), 86.000 (nl), 86 000 (sv), ٨٦٬٠٠٠ (ar-EG). */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** The page's language tag (`nl-BE`, `ar-EG`), kept by the localization module as `<html lang>` changes. */
let pageTag: string | undefined;

export function setPageTag(tag: string): void {
  pageTag = tag;
}

/**
 * The locale for numbers inside messages: the page's full tag when its language is that of the
 * messages (so an `ar-EG` page gets the digits its dates use), else the messages' own locale.
 */
export function numberLocale(messageLocale: string): string {
  return regionalLocale(pageTag, messageLocale);
}

/**
 * `tag` in canonical form (`nl-BE`) when its language is `locale`, so regional conventions apply;
 * else `locale` itself (also when `tag` is missing or malformed).
 */
export function regionalLocale(tag: string | undefined, locale: string): string {
  if (tag && tag.toLowerCase().split(/[-_]/)[0] === locale) {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? locale;
    } catch {
      return locale;
    }
  }
  return locale;
}
