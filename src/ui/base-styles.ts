import { css, unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';
import { DARK, DEFAULTS, LIGHT, PRINT } from './tokens.js';
import type { Palette } from './tokens.js';

// Only constants from tokens.ts go through unsafeCSS, never data.
const scheme = (token: keyof Palette): CSSResult => unsafeCSS(`light-dark(${LIGHT[token]}, ${DARK[token]})`);
const print = (token: keyof Palette): CSSResult => unsafeCSS(PRINT[token]);
const value = (token: keyof typeof DEFAULTS): CSSResult => unsafeCSS(DEFAULTS[token]);

/**
 * What every civic-story view shares: design tokens (public `--civic-*` properties with private
 * fallbacks, values from `tokens.ts`), the frame that sizes the element, the card surface, focus,
 * states, and the media adaptations (forced colours, reduced motion, print).
 *
 * Colours: the text is the page's and there is no background unless `--civic-text` /
 * `--civic-surface` set one; the other colours follow the page's own `color-scheme` (inherited, so
 * `color-scheme: dark` on the page gives the dark palette, `light dark` follows the system, and a
 * page that says nothing stays light) through `light-dark()`.
 *
 * Size: the element is a block that fills its container. Responsive rules follow the element's own
 * width through a size container (`.box`); a container has no intrinsic width of its own, so a
 * zero-height sibling (`.sizer`) gives the element its intrinsic widths: at most
 * `--civic-inline-size`, at least 15rem (45vw on a small screen; less when asked for less), never
 * more than the frame in layout. Where the page sizes the element by its content (floats,
 * inline-blocks, table cells, flex items, `fit-content`), it takes the width it asks for, up to its
 * container's. The box fills the frame and the frame the host, in both directions, so the card
 * stretches with a stretched host.
 */
export const baseStyles = css`
  :host {
    --_civic-font: var(--civic-font, inherit);
    --_civic-text: var(--civic-text, currentColor);
    --_civic-muted: var(--civic-muted, ${scheme('muted')});
    --_civic-surface: var(--civic-surface, transparent);
    --_civic-subtle: var(--civic-subtle, ${scheme('subtle')});
    --_civic-border: var(--civic-border, ${scheme('border')});
    --_civic-accent: var(--civic-accent, ${scheme('accent')});
    --_civic-accent-text: var(--civic-accent-text, ${scheme('accentText')});
    --_civic-error: var(--civic-error, ${scheme('error')});
    --_civic-focus: var(--civic-focus, ${scheme('focus')});
    --_civic-radius: var(--civic-radius, ${value('radius')});
    --_civic-space: var(--civic-space, ${value('space')});
    --_civic-heading-font: var(--civic-heading-font, var(--_civic-font));
    --_civic-inline-size: var(--civic-inline-size, ${value('inlineSize')});

    display: block;
    box-sizing: border-box;
    font-family: var(--_civic-font);
    /* The page's text colour (currentColor here is the inherited one) unless --civic-text sets one. */
    color: var(--_civic-text);
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * A page's rules on the element itself beat :host, and pages set \`* { line-height: 1; box-sizing:
   * content-box }\`: the shadow root's top elements set both again, for everything inside them.
   */
  :host > * {
    box-sizing: border-box;
    line-height: 1.5;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_civic-accent);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_civic-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  /* The column's maximum, 100 %, counts only in layout (intrinsic sizes treat it as auto): there it
     keeps the sizer's minimum from ever widening the frame past its container. */
  .frame {
    display: grid;
    grid-template-columns: minmax(auto, 100%);
    min-block-size: 100%;
  }

  /* Its spans wrap to the minimum width and line up to the asked-for width: the frame's min-content
     and max-content widths. Zero high and hidden, it shows nothing and scrolls nothing; not clipped,
     because WebKit then drops its min-content width. */
  .sizer {
    grid-area: 1 / 1;
    align-self: start;
    display: flex;
    flex-wrap: wrap;
    block-size: 0;
    visibility: hidden;
    --_civic-min: min(${value('minInlineSize')}, var(--_civic-inline-size));
  }

  /* 100 % counts in layout only: no span sticks out of a frame narrower than the minimum. */
  .sizer > span {
    flex: none;
    max-inline-size: 100%;
    inline-size: calc((var(--_civic-inline-size) - var(--_civic-min)) / 4);
  }

  .sizer > span:first-child {
    inline-size: var(--_civic-min);
  }

  .box {
    grid-area: 1 / 1;
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .surface {
    background: var(--_civic-surface);
    border: 1px solid var(--_civic-border);
    border-radius: var(--_civic-radius);
    padding: var(--_civic-space);
  }

  .muted {
    color: var(--_civic-muted);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .state {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .loading {
    min-block-size: var(--civic-loading-size, 8rem);
    display: grid;
    place-items: center;
    color: var(--_civic-muted);
  }

  /* Fallback content while loading keeps the page's line height, as before the element upgraded. */
  .loading-fallback {
    line-height: inherit;
  }

  .error {
    border-color: var(--_civic-error);
    border-inline-start-width: 0.3rem;
  }

  .error-title {
    margin: 0;
    font-weight: 700;
    color: var(--_civic-error);
  }

  .error-issues {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }

  .error-issues code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .sources {
    font-size: 0.875em;
    color: var(--_civic-muted);
  }

  .sources ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.5rem;
  }

  /* A citation focuses its entry (a fragment never targets an element in a shadow root). */
  .sources li:focus {
    outline: 2px solid var(--_civic-focus);
    outline-offset: 2px;
  }

  .citation {
    font-size: 0.75em;
    vertical-align: super;
    line-height: 0;
    text-decoration: none;
    margin-inline-start: 0.1em;
  }

  .citation:hover {
    text-decoration: underline;
  }

  /* Forced colours recolour borders and backgrounds by themselves; the focus ring takes the highlight. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media print {
    :host {
      --_civic-text: ${print('text')};
      --_civic-muted: ${print('muted')};
      --_civic-surface: ${print('surface')};
      --_civic-subtle: ${print('subtle')};
      --_civic-border: ${print('border')};
      --_civic-error: ${print('error')};
      --_civic-focus: ${print('focus')};
      --_civic-accent: ${print('accent')};
      --_civic-accent-text: ${print('accentText')};
      color-scheme: light;
    }
    .surface {
      break-inside: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
  }
`;
