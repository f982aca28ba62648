import { css } from 'lit';

/**
 * What every civic-story view shares: design tokens (public `--civic-*` properties with private
 * fallbacks), the card surface, focus, states, and the media adaptations (dark, forced colours,
 * reduced motion, print). The host page's font is used unless `--civic-font` says otherwise.
 */
export const baseStyles = css`
  :host {
    --_civic-font: var(--civic-font, inherit);
    --_civic-text: var(--civic-text, #1f2933);
    --_civic-muted: var(--civic-muted, #52606d);
    --_civic-surface: var(--civic-surface, #ffffff);
    --_civic-subtle: var(--civic-subtle, #f3f5f7);
    --_civic-border: var(--civic-border, #cbd2d9);
    --_civic-accent: var(--civic-accent, #1d4ed8);
    --_civic-accent-text: var(--civic-accent-text, #ffffff);
    --_civic-error: var(--civic-error, #b42318);
    --_civic-focus: var(--civic-focus, #1d4ed8);
    --_civic-radius: var(--civic-radius, 0.5rem);
    --_civic-space: var(--civic-space, 1rem);
    --_civic-heading-font: var(--civic-heading-font, var(--_civic-font));

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--_civic-font);
    line-height: 1.5;
    color: var(--_civic-text);
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_civic-text: var(--civic-text, #e4e7eb);
      --_civic-muted: var(--civic-muted, #b3bcc6);
      --_civic-surface: var(--civic-surface, #1b222b);
      --_civic-subtle: var(--civic-subtle, #252e39);
      --_civic-border: var(--civic-border, #4b5866);
      --_civic-accent: var(--civic-accent, #93b4fd);
      --_civic-accent-text: var(--civic-accent-text, #0b1220);
      --_civic-error: var(--civic-error, #ff9b8f);
      --_civic-focus: var(--civic-focus, #93b4fd);
      color-scheme: dark;
    }
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
    overflow-wrap: anywhere;
  }

  .sources {
    font-size: 0.875em;
    color: var(--_civic-muted);
  }

  .sources ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.5rem;
  }

  .sources li:target,
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

  @media (forced-colors: active) {
    .surface {
      border-color: CanvasText;
    }
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
      --_civic-text: #000;
      --_civic-muted: #333;
      --_civic-surface: #fff;
      --_civic-subtle: #f3f5f7;
      --_civic-border: #cbd2d9;
      --_civic-error: #b42318;
      --_civic-focus: #1d4ed8;
      --_civic-accent: #000;
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
