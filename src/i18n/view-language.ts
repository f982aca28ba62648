import type { StoryDocument, Text } from '../schema/index.js';
import type { UiLocale } from './localization.js';
import { pickText, sameLanguage } from './text.js';
import { comma, listSeparator } from './punctuation.js';
import type { PickedText } from './text.js';

/** The languages a view renders in: a function of the document and these, nothing else. */
export interface ViewLanguage {
  /** The UI locale of labels and messages. */
  ui: UiLocale;
  /** The locale for `Intl` numbers and dates (may carry a region: `nl-BE`). */
  format: string;
  /** Language preferences for content text: the element's own `lang`, then the page's. */
  preferences: readonly string[];
  /** The document's default language. */
  documentLang: string | undefined;
  /**
   * The `lang` a view sets around its labels: the UI locale when the language in effect at the element
   * (its own `lang`, else its nearest ancestor's) is another; otherwise undefined (nothing to say).
   */
  labelLang: string | undefined;
  /**
   * The language of content text whose language is unknown (a plain string in a document without
   * `lang`) where labels are marked: the language it would have had on the page.
   */
  unmarkedLang: string | undefined;
  /** Between two parts of one phrase ("Flanders, Belgium"), as the UI language writes it (Arabic "، "). */
  separator: string;
  /** Between items of a list (sources), as the UI language writes it (Arabic "؛ ", French " ; "). */
  listSeparator: string;
  /** Picks a content text for the reader, with its language. */
  pick(text: Text | undefined): PickedText | undefined;
}

/**
 * The language context for a document, as the components and server rendering compute it.
 *
 * @param ownLang the element's own `lang` (a content preference)
 * @param contextLang the language in effect at the element: its own `lang`, else its nearest ancestor's
 */
export function viewLanguage(
  document: StoryDocument,
  ownLang: string | undefined,
  ui: UiLocale,
  format: string,
  contextLang: string | undefined = ownLang,
): ViewLanguage {
  const preferences = [ownLang, format, ui].filter((tag): tag is string => !!tag);
  const documentLang = document.lang;
  const labelLang = contextLang && !sameLanguage(contextLang, ui) ? ui : undefined;
  const unmarkedLang = labelLang ? contextLang : undefined;
  return {
    ui,
    format,
    preferences,
    documentLang,
    labelLang,
    unmarkedLang,
    separator: comma(),
    listSeparator: listSeparator(),
    pick: (text) => {
      const picked = pickText(text, preferences, documentLang);
      return picked && { text: picked.text, lang: picked.lang ?? unmarkedLang };
    },
  };
}
