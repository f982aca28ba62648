import type { StoryDocument, Text } from '../schema/index.js';
import type { UiLocale } from './localization.js';
import { pickText } from './text.js';
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
  /** Picks a content text for the reader, with its language. */
  pick(text: Text | undefined): PickedText | undefined;
}

/** The language context for a document, as the components and server rendering compute it. */
export function viewLanguage(document: StoryDocument, ownLang: string | undefined, ui: UiLocale, format: string): ViewLanguage {
  const preferences = [ownLang, format, ui].filter((tag): tag is string => !!tag);
  const documentLang = document.lang;
  return {
    ui,
    format,
    preferences,
    documentLang,
    pick: (text) => pickText(text, preferences, documentLang),
  };
}
