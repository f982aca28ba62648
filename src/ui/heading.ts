import { literal } from 'lit/static-html.js';
import type { StaticValue } from 'lit/static-html.js';

/** A heading level an element's `heading-level` attribute can set. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

// A fixed table, never data: the only tags a heading can become.
export const HEADING_TAGS: Readonly<Record<HeadingLevel, StaticValue>> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};
