import type { Piece } from './pieces.js';

/** A heading level an element's `heading-level` attribute can set. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

// A fixed list, never data: the only levels a heading can have.
const LEVELS: readonly HeadingLevel[] = [2, 3, 4, 5, 6];

/**
 * The heading level a `heading-level` attribute or property asks for: a whole number from 2 to 6;
 * anything else (NaN, 1, 7, 3.2, a string such as `constructor`) gives the component's default.
 */
export function headingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/**
 * One heading in each level, as pieces (./pieces.ts) to compose into a template: `headings\` class="name">${0}\``
 * gives `<h2 class="name">${…}</h2>` … `<h6 …>…</h6>`; index = level - 2. The tag comes from the
 * fixed list of levels, never from data.
 */
export function headings(strings: TemplateStringsArray, ..._bindings: unknown[]): readonly Piece[] {
  return LEVELS.map((level): Piece => {
    const pieces = [...strings];
    pieces[0] = `<h${level}${pieces[0]}`;
    pieces.push(`${pieces.pop()}</h${level}>`);
    return pieces;
  });
}
