// Controls that would reorder the text around them (U+202E turns the rest of a line around) or
// hide it: shown as escapes, so an editor sees them and the message reads as written.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A character as an escape: `\n`, `\u202e`. */
const escape = (c: string): string =>
  c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text with control and bidirectional formatting characters escaped. */
export const escapeInvisible = (text: string): string => text.replace(INVISIBLE, escape);
