/**
 * The design tokens of every civic-story element, in one table: the light and dark palettes, the
 * print palette and the other `--civic-*` defaults. `base-styles.ts` builds its CSS from these
 * constants; stories and tests import them instead of repeating the values.
 *
 * Text and background are not in the default palette: the elements take the page's text colour and
 * paint no background of their own unless `--civic-text` / `--civic-surface` say otherwise. `LIGHT`
 * and `DARK` still carry a text and a surface, for a page that wants a card of its own colours
 * (`themeStyle(DARK)`).
 */

/** One colour for each public colour token. */
export interface Palette {
  text: string;
  muted: string;
  surface: string;
  subtle: string;
  border: string;
  accent: string;
  accentText: string;
  error: string;
  focus: string;
}

/** A palette's tokens by their custom property names. */
export const COLOR_TOKENS: Readonly<Record<keyof Palette, string>> = {
  text: '--civic-text',
  muted: '--civic-muted',
  surface: '--civic-surface',
  subtle: '--civic-subtle',
  border: '--civic-border',
  accent: '--civic-accent',
  accentText: '--civic-accent-text',
  error: '--civic-error',
  focus: '--civic-focus',
};

/** Used where the page's colour scheme is light (the default, `color-scheme: normal` or `light`). */
export const LIGHT: Readonly<Palette> = {
  text: '#1f2933',
  muted: '#52606d',
  surface: '#ffffff',
  subtle: '#f3f5f7',
  border: '#cbd2d9',
  accent: '#1d4ed8',
  accentText: '#ffffff',
  error: '#b42318',
  focus: '#1d4ed8',
};

/** Used where the page's colour scheme is dark (`color-scheme: dark`, or `light dark` in a dark system). */
export const DARK: Readonly<Palette> = {
  text: '#e4e7eb',
  muted: '#b3bcc6',
  surface: '#1b222b',
  subtle: '#252e39',
  border: '#4b5866',
  accent: '#93b4fd',
  accentText: '#0b1220',
  error: '#ff9b8f',
  focus: '#93b4fd',
};

/**
 * Paper: dark text on white whatever the screen's scheme (the light palette, whose surface is white);
 * links black (their URL is printed after them).
 */
export const PRINT: Readonly<Palette> = {
  ...LIGHT,
  text: '#000000',
  muted: '#333333',
  accent: '#000000',
};

/** A page background the dark palette is made for (stories and tests of a dark page). */
export const DARK_PAGE = '#0f141a';

/** The other public tokens' defaults. */
export const DEFAULTS = {
  /** `--civic-radius` */
  radius: '0.5rem',
  /** `--civic-space` */
  space: '1rem',
  /**
   * `--civic-inline-size`: the width an element asks for where the page sizes it by its content (a
   * float, an inline-block, a table cell, a flex item, a `fit-content` box); never more than the
   * space it is given. Components set their own (see `INLINE_SIZES`).
   */
  inlineSize: '40rem',
  /**
   * The narrowest an element becomes where the page sizes it by its content (a flex sidebar), unless
   * it asks for less: 15rem, but less than half a small screen, so two such columns fit at 320 px.
   */
  minInlineSize: 'min(15rem, 45vw)',
} as const;

/** Each element's default `--civic-inline-size` (what its wide layout needs). */
export const INLINE_SIZES = {
  profile: '40rem',
  profileCompact: '20rem',
  timeline: '48rem',
  quote: '40rem',
  quotePull: '42rem',
} as const;

/**
 * A palette as a `style` attribute value setting the public tokens, e.g. a dark card on a light page:
 * `<div style="${themeStyle(DARK)}">`. Only the constants above go in.
 */
export function themeStyle(palette: Readonly<Palette>): string {
  return (Object.keys(COLOR_TOKENS) as (keyof Palette)[]).map((key) => `${COLOR_TOKENS[key]}: ${palette[key]}`).join('; ');
}
