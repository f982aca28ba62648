import { css, unsafeCSS } from 'lit';
import { INLINE_SIZES } from '../ui/tokens.js';

/**
 * The profile card. One column at 280 px; from about 512 px the figures flow in two columns and the
 * image stands beside the leader and summary; from about 780 px in three. Everything is laid out
 * with logical properties and grid areas, so right-to-left pages mirror it without extra rules.
 */
export const styles = css`
  :host {
    --_civic-inline-size: var(--civic-inline-size, ${unsafeCSS(INLINE_SIZES.profile)});
    --_civic-profile-heading-size: var(--civic-profile-heading-size, clamp(1.375em, 1.1em + 2cqi, 2em));
    --_civic-profile-value-size: var(--civic-profile-value-size, clamp(1.25em, 1.1em + 1cqi, 1.625em));
    --_civic-profile-image-ratio: var(--civic-profile-image-ratio, 16 / 9);
  }

  /* The compact card is made for sidebars: it asks for a sidebar's width. */
  :host([variant='compact']) {
    --_civic-inline-size: var(--civic-inline-size, ${unsafeCSS(INLINE_SIZES.profileCompact)});
  }

  .loading {
    min-block-size: var(--civic-loading-size, 20rem);
  }

  :host([variant='compact']) .loading {
    min-block-size: var(--civic-loading-size, 10rem);
  }

  /*
   * A column that never grows past the card, and words that break anywhere when they must: a grid
   * track is as wide as its widest unbreakable word otherwise (a long name, URL or label from the
   * document would push the card past a 280 px sidebar).
   */
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_civic-space) * 0.75);
    padding: 0.75rem;
    overflow-wrap: anywhere;
  }

  @container (min-width: 24em) {
    .card {
      padding: var(--_civic-space);
      gap: var(--_civic-space);
    }
  }

  /* Name, region and country */

  .header {
    display: grid;
    gap: 0.125rem;
  }

  .name {
    margin: 0;
    font-family: var(--_civic-heading-font);
    font-size: var(--_civic-profile-heading-size);
    line-height: 1.2;
    hyphens: auto;
  }

  .compact .name {
    font-size: clamp(1.125em, 1em + 1cqi, 1.375em);
  }

  .subheading {
    margin: 0 0 0.5rem;
    font-family: var(--_civic-heading-font);
    font-size: 1em;
    line-height: 1.3;
  }

  .sources .subheading {
    margin-block-end: 0.25rem;
  }

  /* Image, leader and summary */

  .intro {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }

  .image img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    /* The document gives no width and height: reserve the space so nothing jumps when it loads. */
    aspect-ratio: var(--_civic-profile-image-ratio);
    object-fit: cover;
    border-radius: calc(var(--_civic-radius) * 0.75);
    background: var(--_civic-subtle);
  }

  .credit {
    margin-block-start: 0.25rem;
    font-size: 0.8125em;
  }

  .place,
  .image,
  .leader {
    margin: 0;
  }

  .leader-name {
    font-weight: 700;
  }

  .summary p {
    margin: 0;
  }

  .summary p + p {
    margin-block-start: 0.6em;
  }

  /* Grid areas only beside an image: an empty area would still take a gap. */
  @container (min-width: 32em) {
    .intro.with-image .image {
      grid-area: image;
    }
    .intro.with-image .leader {
      grid-area: leader;
    }
    .intro.with-image .summary {
      grid-area: summary;
    }
    .intro.with-image {
      grid-template-columns: minmax(0, 3fr) minmax(10rem, 2fr);
      grid-template-rows: auto 1fr;
      grid-template-areas: 'leader image' 'summary image';
      align-items: start;
      column-gap: var(--_civic-space);
    }
  }

  /* Key figures */

  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    margin: 0;
  }

  /*
   * Wide cards: the figures flow in columns of at least 15em (two, then three), each term whole in
   * one column. Columns rather than grid rows, so a term with three sourced statements does not
   * stretch the row of short ones beside it; the reading order runs down each column.
   */
  @container (min-width: 32em) {
    .full .facts {
      display: block;
      columns: 15em 3;
      column-gap: 0.75em;
    }

    .full .fact {
      break-inside: avoid;
      margin-block-end: 0.75em;
    }
  }

  .fact {
    padding: 0.5rem 0.75rem;
    background: var(--_civic-subtle);
    border-inline-start: 0.25rem solid var(--_civic-accent);
    border-start-end-radius: calc(var(--_civic-radius) * 0.75);
    border-end-end-radius: calc(var(--_civic-radius) * 0.75);
  }

  .term {
    font-weight: 600;
    line-height: 1.3;
  }

  .statement {
    margin: 0;
    padding-block: 0.25rem;
  }

  .statement + .statement {
    border-block-start: 1px solid var(--_civic-border);
  }

  .qualifier {
    display: block;
    font-size: 0.875em;
  }

  .value {
    font-size: var(--_civic-profile-value-size);
    font-weight: 700;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
  }

  /* A figure in words ("increasing throughout the country") reads as a sentence, not a numeral. */
  .textual .value {
    font-size: 1em;
    font-weight: 600;
    line-height: 1.4;
    font-variant-numeric: normal;
  }

  .as-of {
    font-size: 0.875em;
    white-space: nowrap;
  }

  .note {
    display: block;
    font-size: 0.8125em;
    line-height: 1.4;
  }

  .compact .fact {
    padding-block: 0.375rem;
  }

  /*
   * Numbers stand beside their term; the term keeps at least 40 % of the row, so a long figure
   * ("more than 1,234,567") wraps rather than squeezing the term to nothing. Figures that are words
   * ("increasing throughout the country") stand under their term.
   */
  .compact .fact.numeric {
    display: grid;
    grid-template-columns: minmax(min(7rem, 40%), 1fr) minmax(0, auto);
    align-items: baseline;
    column-gap: 0.5rem;
  }

  .compact .numeric .statement {
    grid-column: 2;
    text-align: end;
  }

  .compact .statement {
    padding-block: 0;
  }

  .compact .statement + .statement {
    border-block-start: 0;
  }

  .compact .numeric .term {
    grid-row: 1 / span 10;
  }

  .compact .as-of {
    white-space: normal;
  }

  .compact .numeric .value {
    font-size: 1.125em;
  }

  /* Links */

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .links a {
    display: inline-block;
    padding-block: 0.25rem;
  }

  .compact .sources {
    font-size: 0.8125em;
  }

  @media (forced-colors: active) {
    .fact {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.25rem;
    }
  }

  @media print {
    .fact {
      break-inside: avoid;
    }
    .image img {
      max-block-size: 10cm;
    }
  }
`;
