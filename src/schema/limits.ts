// Upper bounds, generous for real cities and small enough that a hostile document cannot freeze a page.

/** Characters in any one text: every string, and each translation of a Text. */
export const MAX_TEXT = 20_000;
/** Entries in `initiatives`. */
export const MAX_INITIATIVES = 2_000;
/** Entries in every other list: facts, quotes, sources, links, partners, source references. */
export const MAX_LIST = 200;
/** Languages in one Text. */
export const MAX_LANGUAGES = 50;
/** Keys in any one object outside `x-` values (the format's objects have at most a dozen, plus `x-` keys). */
export const MAX_KEYS = 1_000;
/** Values (texts, numbers, lists, objects…) in a whole document; a full 2,000-initiative story has under 100,000. */
export const MAX_VALUES = 200_000;
/** Characters in an id. */
export const MAX_ID = 100;
/** Characters in a category. */
export const MAX_CATEGORY = 40;
/** Issues validate() returns at most. */
export const MAX_ISSUES = 100;
/** Issues validate() finds before it stops looking: beyond this, the count of further problems is not exact. */
export const MAX_ISSUES_FOUND = 1_000;
