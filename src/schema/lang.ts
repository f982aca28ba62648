// Language tags: the part of BCP 47 that every engine's Intl accepts the same way (language, script,
// region, variants). Extensions, private use and grandfathered tags are left out on purpose: engines
// disagree on them, and content needs none of them. The language subtag is 2 or 3 letters: BCP 47
// also reserves 5-8 letters for future registrations, but none exist, and allowing them would let
// "english" or "dutch" through.

/** language (2-3 letters), script (4 letters), region (2 letters or 3 digits), variants. */
export const LANGUAGE_TAG_PATTERN =
  /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/;

const MAX_TAG_LENGTH = 64;

// Intl's check is the slow part, and a document repeats the same few tags thousands of times.
const known = new Map<string, boolean>();
const MAX_KNOWN = 500;

/** Whether `s` is a language tag such as `nl`, `en-GB`, `sr-Latn-RS` or `de-CH-1996`. */
export function isLanguageTag(s: string): boolean {
  if (typeof s !== 'string' || s.length > MAX_TAG_LENGTH || !LANGUAGE_TAG_PATTERN.test(s)) return false;
  let valid = known.get(s);
  if (valid === undefined) {
    valid = checkLanguageTag(s);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(s, valid);
  }
  return valid;
}

function checkLanguageTag(s: string): boolean {
  const subtags = s.toLowerCase().split('-');
  // A variant may appear once (ECMA-402 rejects `de-1996-1996`); variants are the subtags of 4+ characters after the first.
  const variants = subtags.slice(1).filter((subtag) => subtag.length > 4 || /^[0-9][a-z0-9]{3}$/.test(subtag));
  if (new Set(variants).size !== variants.length) return false;
  try {
    return typeof Intl === 'undefined' || typeof Intl.getCanonicalLocales !== 'function' || Intl.getCanonicalLocales(s).length === 1;
  } catch {
    return false;
  }
}
