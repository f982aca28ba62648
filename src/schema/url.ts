// Links and image sources: http:, https: or relative. The pattern reads the scheme the way the URL
// parser does (WHATWG URL: leading C0 controls and spaces are stripped, tabs and newlines anywhere are
// removed, the scheme is case-insensitive), so ` JaVa\tScript:` is caught as the javascript: it is.
// A string without a scheme (`/a`, `a/b`, `//host/a`, `#x`, `?q`) is relative. Linear time: the
// pattern is anchored and has no nested repetition.

const GAP = '[\\t\\n\\r]*';
const HTTP_OR_HTTPS = `[hH]${GAP}[tT]${GAP}[tT]${GAP}[pP]${GAP}(?:[sS]${GAP})?:`;

/** Matches a URL whose scheme, if it has one, is http: or https:. */
export const SAFE_URL_PATTERN = new RegExp(`^(?![\\u0000-\\u0020]*(?!${HTTP_OR_HTTPS})[A-Za-z][A-Za-z0-9+.\\t\\n\\r-]*:)`);

/** Whether `s` is an `http:`, `https:` or relative URL. */
export const isSafeUrl = (s: string): boolean => typeof s === 'string' && SAFE_URL_PATTERN.test(s);
