import { css, unsafeCSS } from 'lit';
import { INLINE_SIZES } from '../ui/tokens.js';

/**
 * The quote block: a `block` quote with an accent rule at its start edge, or a large, centred
 * `pull` quote. Quotation marks come from CSS `quotes` chosen by the text's own `lang`, drawn with
 * `::before`/`::after` and given empty alternative text, so screen readers say the words and not
 * "left double quotation mark".
 */
export const styles = css`
  :host {
    --_civic-inline-size: var(--civic-inline-size, ${unsafeCSS(INLINE_SIZES.quote)});
    --_civic-quote-font: var(--civic-quote-font, inherit);
    --_civic-quote-size: var(--civic-quote-size, clamp(1.125em, 1em + 1cqi, 1.375em));
    --_civic-quote-pull-size: var(--civic-quote-pull-size, clamp(1.25em, 0.85em + 3.5cqi, 2.25em));
    --_civic-quote-mark: var(--civic-quote-mark, var(--_civic-accent));
    --_civic-quote-rule: var(--civic-quote-rule, 0.25rem);
  }

  :host([variant='pull']) {
    --_civic-inline-size: var(--civic-inline-size, ${unsafeCSS(INLINE_SIZES.quotePull)});
  }

  .figure {
    margin: 0;
    padding: 0.75rem;
    padding-inline-start: 1rem;
    background: var(--_civic-surface);
    border-inline-start: var(--_civic-quote-rule) solid var(--_civic-accent);
    border-start-end-radius: var(--_civic-radius);
    border-end-end-radius: var(--_civic-radius);
    /* A long URL or an unbroken string in any part (words, translation, caption) wraps at 240px. */
    overflow-wrap: anywhere;
  }

  /* The quoted words and the translation; the same for a light-DOM quote the element wraps */

  blockquote,
  ::slotted(blockquote),
  .translation .spoken {
    margin: 0;
    font-family: var(--_civic-quote-font);
    font-size: var(--_civic-quote-size);
    line-height: 1.45;
  }

  .spoken p {
    margin: 0;
    white-space: pre-line;
  }

  .spoken p + p {
    margin-block-start: 0.6em;
  }

  /* CLDR delimiters for the shipped languages; any other language gets the browser's own. */
  .spoken {
    quotes: auto;
  }
  .spoken:lang(en),
  .spoken:lang(nl) {
    quotes: '\u201C' '\u201D' '\u2018' '\u2019';
  }
  .spoken:lang(de) {
    quotes: '\u201E' '\u201C' '\u201A' '\u2018';
  }
  .spoken:lang(sv) {
    quotes: '\u201D' '\u201D' '\u2019' '\u2019';
  }
  .spoken:lang(fr) {
    /* French sets guillemets off with a narrow no-break space. */
    quotes: '\u00AB\u202F' '\u202F\u00BB' '\u201C' '\u201D';
  }
  .spoken:lang(ar) {
    quotes: '\u201D' '\u201C' '\u2019' '\u2018';
  }

  .spoken p:first-child::before {
    content: open-quote;
    content: open-quote / '';
    color: var(--_civic-quote-mark);
  }

  .spoken p:last-child::after {
    content: close-quote;
    content: close-quote / '';
    color: var(--_civic-quote-mark);
  }

  .translation {
    margin-block-start: 0.75rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_civic-border);
  }

  .translation-label,
  .language-note {
    margin: 0 0 0.25rem;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_civic-muted);
  }

  .translation .spoken {
    font-size: calc(var(--_civic-quote-size) * 0.85);
  }

  .language-note {
    margin-block-start: 0.5rem;
  }

  /* The toggle between the original and the translation */

  /* A pill button (control-styles.ts) with a dot that fills when pressed. */
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin-block-start: 0.75rem;
  }

  .toggle::before {
    content: '';
    inline-size: 0.55em;
    block-size: 0.55em;
    border: 2px solid;
    border-radius: 50%;
  }

  .toggle[aria-pressed='true']::before {
    background: currentColor;
  }

  /* The caption: who said it, when, and where it was published */

  figcaption,
  ::slotted(figcaption),
  ::slotted(p),
  ::slotted(footer),
  ::slotted(cite) {
    display: block;
    margin: 0.75rem 0 0;
    font-size: 0.875em;
  }

  /* The author in the text colour, the rest of the caption muted. */
  .role,
  .attribution::before,
  figcaption .details,
  figcaption .source {
    color: var(--_civic-muted);
  }

  .attribution,
  .details,
  .source {
    display: block;
  }

  .attribution::before {
    content: '\u2014\u00A0';
    content: '\u2014\u00A0' / '';
  }

  .author {
    font-weight: 700;
  }

  /* Arabic has no italics: its titles stand upright. */
  cite:lang(ar) {
    font-style: normal;
  }

  /* The pull quote: large and centred, between two rules */

  .pull {
    max-inline-size: 42rem;
    margin-inline: auto;
    padding: 1rem 0.5rem;
    text-align: center;
    border-inline-start: 0;
    border-block: var(--_civic-quote-rule) solid var(--_civic-accent);
    border-radius: 0;
  }

  /* Wider containers: more room around the words (after .pull, whose padding the pull rule replaces). */
  @container (min-width: 24em) {
    .figure {
      padding: var(--_civic-space);
      padding-inline-start: calc(var(--_civic-space) * 1.5);
    }
    .pull {
      padding: calc(var(--_civic-space) * 1.5) var(--_civic-space);
    }
  }

  @container (min-width: 40em) {
    .figure {
      padding-block: calc(var(--_civic-space) * 1.5);
    }
  }

  .pull blockquote,
  .pull ::slotted(blockquote) {
    font-size: var(--_civic-quote-pull-size);
    font-weight: 600;
    line-height: 1.3;
  }

  .pull .translation .spoken {
    font-size: calc(var(--_civic-quote-pull-size) * 0.6);
  }

  .pull .translation {
    margin-inline: auto;
    max-inline-size: 36rem;
  }

  /* Without a document: the light-DOM quote the element wraps. Its words are the page's own markup,
     coloured by the page's CSS, so the element paints no surface under them even when themed. */

  .fallback {
    background: transparent;
  }

  ::slotted(figure) {
    margin: 0;
  }

  @media print {
    .figure {
      break-inside: avoid;
      background: none;
    }
    /* Paper cannot toggle: print the original and the translation. */
    .toggle {
      display: none;
    }
    [hidden].original,
    [hidden].translation {
      display: block;
    }
  }
`;
