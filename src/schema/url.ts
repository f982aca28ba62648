// Links and image sources: http:, https: or relative. The pattern reads the scheme the way the URL
// parser does (WHATWG URL: leading C0 controls and spaces are stripped, tabs and newlines anywhere are
// removed, the scheme is case-insensitive), so ` JaVa\tScript:` is caught as the javascript: it is.
// A string without a scheme (`/a`, `a/b`, `#x`, `?q`) is relative. Linear time: the pattern is
// anchored and has no nested repetition.
//
// A network-path reference (`//host/a`, and `\\host`, `/\host`, which the URL parser reads the same
// way) names another host: it is absolute but for its scheme, which it takes from the page or the
// document. Like every absolute URL, it must then parse, with a host.

const GAP = '[\\t\\n\\r]*';
const HTTP_OR_HTTPS = `[hH]${GAP}[tT]${GAP}[tT]${GAP}[pP]${GAP}(?:[sS]${GAP})?:`;

/** Matches a URL whose scheme, if it has one, is http: or https:. */
export const SAFE_URL_PATTERN = new RegExp(`^(?![\\u0000-\\u0020]*(?!${HTTP_OR_HTTPS})[A-Za-z][A-Za-z0-9+.\\t\\n\\r-]*:)`);

/** An http(s) scheme, or a network path (two slashes or backslashes, in any mix), at the start: the URL names its host. */
const NAMES_HOST = new RegExp(`^[\\u0000-\\u0020]*(?:${HTTP_OR_HTTPS}|[\\\\/]${GAP}[\\\\/])`);

// Any http(s) URL will do as the base for checking that a URL parses; no request is made.
const CHECK_BASE = 'https://base.invalid/dir/';

function parses(s: string): boolean {
  try {
    new URL(s, CHECK_BASE);
    return true;
  } catch {
    return false;
  }
}

/** Whether `s` is absolute, or a network-path reference (`//host/a`, `\\host\a`): it names its own host. */
export const namesHost = (s: string): boolean => NAMES_HOST.test(s);

/** Whether `s` is an `http:`, `https:` or relative URL; one that names a host must also parse, with that host. */
export const isSafeUrl = (s: string): boolean => typeof s === 'string' && SAFE_URL_PATTERN.test(s) && (!namesHost(s) || parses(s));

/**
 * `s` resolved against the URL of the document it came from (when the document was fetched from an
 * http(s) URL); otherwise `s` as it is, which the browser resolves against the page.
 */
export function resolveUrl(s: string, base: string | undefined): string {
  if (!base) return s;
  try {
    const resolved = new URL(s, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : s;
  } catch {
    return s;
  }
}
