import { css, unsafeCSS } from 'lit';
import { INLINE_SIZES } from '../ui/tokens.js';

/**
 * The timeline: a vertical line with a marker per entry, mobile first; from 40rem of container width
 * the dates move into a column of their own at the line's start side. Logical properties only, so
 * right-to-left mirrors it. Details are closed by a class (not `hidden`) so print can open them all.
 */
export const styles = css`
  :host {
    /* Wide enough for the two-column layout where the page sizes the element by its content. */
    --_civic-inline-size: var(--civic-inline-size, ${unsafeCSS(INLINE_SIZES.timeline)});
    --_civic-timeline-rail: var(--civic-timeline-rail, var(--_civic-border));
    --_civic-timeline-marker: var(--civic-timeline-marker, var(--_civic-accent));
    --_civic-timeline-date-width: var(--civic-timeline-date-width, 10rem);
    --_civic-timeline-gutter: 1.5rem;
  }

  .timeline {
    display: flex;
    flex-direction: column;
    gap: var(--_civic-space);
  }

  /* Controls */

  .toolbar {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .search label,
  .filters-label {
    display: block;
    font-size: 0.875em;
    font-weight: 600;
  }

  .search label {
    margin-block-end: 0.25rem;
  }

  .search input {
    inline-size: 100%;
    max-inline-size: 24rem;
    min-block-size: 2.25rem;
    padding: 0.35rem 0.6rem;
    font: inherit;
    color: var(--_civic-text);
    background: var(--_civic-surface);
    border: 1px solid var(--_civic-muted);
    border-radius: calc(var(--_civic-radius) / 2);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .filters-label {
    flex-basis: 100%;
  }

  /* Pill buttons (control-styles.ts); a long category slug wraps. */
  .filter,
  .expand-all {
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }

  /* Not by colour alone: a pressed filter also carries a check mark (hidden from screen readers). */
  .filter[aria-pressed='true']::before {
    content: '\\2713\\00a0';
    content: '\\2713\\00a0' / '';
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  .count {
    margin: 0;
    font-size: 0.875em;
    color: var(--_civic-muted);
  }

  .expand-all {
    margin-inline-start: auto;
  }

  .link-button,
  .disclosure {
    padding: 0;
    font: inherit;
    color: var(--_civic-accent);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .no-match {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* The list */

  /* A long word from the document wraps rather than sticking out. */
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    overflow-wrap: break-word;
  }

  /* The line and the markers are drawn inside each entry's box: content-visibility clips what
     overflows it. --_civic-timeline-line is the line's centre, from the entry's start edge. */
  .entry {
    --_civic-timeline-line: 0.5rem;
    position: relative;
    padding-inline-start: calc(var(--_civic-timeline-line) + var(--_civic-timeline-gutter));
    padding-block-end: 1.25rem;
    /* Off-screen entries skip layout and paint until scrolled near (they stay in the accessibility
       tree and find-in-page): the first render of 1,000 entries lays out only the first few. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
  }

  /* The line: a border, so forced-colours mode keeps it. */
  .entry::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_civic-timeline-line) - 1px);
    border-inline-start: 2px solid var(--_civic-timeline-rail);
  }

  /* The marker, centred on the line. */
  .entry::before {
    content: '';
    position: absolute;
    z-index: 1;
    inset-block-start: 0.3rem;
    inset-inline-start: calc(var(--_civic-timeline-line) - 0.5rem);
    inline-size: 1rem;
    block-size: 1rem;
    /* Opaque even without a surface, so the line does not run through the ring. */
    background: var(--civic-surface, Canvas);
    border: 3px solid var(--_civic-timeline-marker);
    border-radius: 50%;
  }

  .when {
    margin: 0.15em 0 0;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_civic-muted);
  }

  .ongoing,
  .status,
  .category {
    display: inline-block;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    padding: 0 0.5rem;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    border: 1px solid;
    border-radius: 999px;
  }

  .category {
    background: var(--_civic-subtle);
    border-color: var(--_civic-border);
  }

  .title {
    margin: 0;
    font-family: var(--_civic-heading-font);
    font-size: 1.125em;
    line-height: 1.3;
  }

  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0.35rem 0 0;
  }

  .status {
    color: var(--_civic-muted);
  }

  .summary {
    margin: 0.35rem 0 0;
  }

  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    margin-block-start: 0.35rem;
    min-block-size: 1.5rem;
    font-size: 0.875em;
  }

  /* Plus and minus read the same in both directions. */
  .disclosure::before {
    content: '+';
    content: '+' / '';
    display: inline-grid;
    place-items: center;
    inline-size: 1.1em;
    block-size: 1.1em;
    font-weight: 700;
    line-height: 1;
    border: 1px solid;
    border-radius: 3px;
  }

  .disclosure[aria-expanded='true']::before {
    content: '\\2212';
    content: '\\2212' / '';
  }

  .details {
    display: none;
    margin: 0.5rem 0 0;
    padding: 0.75rem;
    font-size: 0.9375em;
    background: var(--_civic-subtle);
    border-radius: calc(var(--_civic-radius) / 2);
  }

  .details.open {
    display: block;
  }

  .details dt {
    font-weight: 600;
  }

  .details dd {
    margin: 0 0 0.5rem;
  }

  .details dd:last-child {
    margin-block-end: 0;
  }

  .details .sources {
    font-size: inherit;
    color: inherit;
  }

  .details ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  /* Wide containers: the dates get a column of their own, at the line's start side. */
  @container (min-width: 40em) {
    .toolbar {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.75rem 1.5rem;
    }

    .filters {
      flex: 1 1 20rem;
    }

    .actions {
      flex-basis: 100%;
    }

    /* The date follows the heading in the DOM (reading order) and stands in its own column at the
       line's start side. A list without any date keeps the one-column layout: no empty column. */
    .list:not(.undated) .entry {
      --_civic-timeline-line: calc(var(--_civic-timeline-date-width) + var(--_civic-timeline-gutter));
      padding-block-end: 1.5rem;
    }

    /* A one-column grid, not a block: a block entry under content-visibility made the layout after
       a filter hid most entries take over a second at 1,000 entries (the bench), a grid 20 ms. */
    .list:not(.undated) .entry:not([hidden]) {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }

    .list:not(.undated) .when {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: var(--_civic-timeline-date-width);
      margin: 0;
      padding-block-start: 0.15rem;
      text-align: end;
    }
  }

  /* The details lose their background in forced colours: a border keeps them apart. */
  @media (forced-colors: active) {
    .details {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    /* The controls go; the count stays when the reader filtered, so the page says it is a selection. */
    .search,
    .filters,
    .expand-all,
    .count:not(.filtered),
    .disclosure,
    .no-match button {
      display: none;
    }

    .category {
      background: none;
    }

    /* A long timeline runs over pages: the card's "avoid breaks" would start it on a new page. */
    .timeline {
      break-inside: auto;
      padding: 0;
      border: 0;
    }

    .details {
      display: block;
      background: none;
      border-inline-start: 2px solid #000;
      border-radius: 0;
    }

    .entry {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
`;
