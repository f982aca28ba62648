import { literal } from 'lit/static-html.js';
import type { StaticValue } from 'lit/static-html.js';

/** A heading level an element's `heading-level` attribute can set. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

// A fixed list, never data: the only tags a heading can become (index = level - 2).
const TAGS: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading level a `heading-level` attribute or property asks for: a whole number from 2 to 6;
 * anything else (NaN, 1, 7, 3.2, a string such as `constructor`) gives the component's default.
 */
export function headingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** The static tag of a heading level (parsed with `headingLevel`), for `lit/static-html.js`. */
export function headingTag(level: HeadingLevel): StaticValue {
  return TAGS[level - 2] as StaticValue;
}
