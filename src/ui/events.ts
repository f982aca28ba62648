/**
 * The events that tell a page what the reader did: each bubbles, crosses shadow roots and carries
 * the new state. They follow the reader's actions only; a page that sets a property or calls a
 * method already knows and gets no event (as `input` events follow typing, not `.value = …`).
 */

/** `civic-filter-change` (`<civic-timeline>`): the reader pressed a category filter, "All" or "Show all initiatives". */
export interface CivicFilterChangeDetail {
  /** The category slugs now selected, as in the `categories` property; empty when all are shown. */
  categories: string[];
}

/** `civic-search` (`<civic-timeline>`): the reader changed the search text (or cleared it with "Show all initiatives"). */
export interface CivicSearchDetail {
  /** The search text, as in the `search` property. */
  search: string;
}

/** `civic-toggle` (`<civic-timeline>`): the reader opened or closed an entry's details, or all of them. */
export interface CivicToggleDetail {
  /** The ids of the initiatives whose details are now open, as in the `expanded` property. */
  expanded: string[];
  /** The initiative the reader toggled; absent for "Expand all" and "Collapse all". */
  id?: string;
  /** Whether that entry (or, for "Expand all" / "Collapse all", every entry) is now open. */
  open: boolean;
}

/** `civic-translation-toggle` (`<civic-quote>`): the reader switched between the original and the translation. */
export interface CivicTranslationToggleDetail {
  /** Whether the translation now stands in place of the original, as in the `translated` property. */
  translated: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-filter-change': CustomEvent<CivicFilterChangeDetail>;
    'civic-search': CustomEvent<CivicSearchDetail>;
    'civic-toggle': CustomEvent<CivicToggleDetail>;
    'civic-translation-toggle': CustomEvent<CivicTranslationToggleDetail>;
  }
}
