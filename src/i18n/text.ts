import type { Text } from '../schema/index.js';

/** A piece of content text with the language it is written in (undefined when unknown). */
export interface PickedText {
  text: string;
  lang: string | undefined;
}

const base = (tag: string): string => tag.toLowerCase().split('-')[0] as string;

const found = (text: { [bcp47: string]: string }, tag: string | undefined): PickedText | undefined =>
  tag === undefined ? undefined : { text: text[tag] as string, lang: tag };

/**
 * Picks the best text for the reader from a `Text` (a plain string in the document's language, or a
 * map of language tag to string). Order: each preferred tag exactly, then by its base
 * language, then the document's language, then the first text given.
 *
 * @param preferences language tags in order of preference: the element's own `lang`, then the UI language
 */
export function pickText(
  text: Text | undefined,
  preferences: readonly (string | undefined)[],
  documentLang?: string,
): PickedText | undefined {
  if (typeof text !== 'object') return text === undefined ? undefined : { text, lang: documentLang };
  const tags = Object.keys(text);
  for (const preference of preferences) {
    const picked = preference && (found(text, tags.find((tag) => tag.toLowerCase() === preference.toLowerCase())) ?? textIn(text, preference));
    if (picked) return picked;
  }
  return (documentLang && textIn(text, documentLang)) || found(text, tags[0]);
}

/** The text of a `Text` in exactly one language (its base language matches), if the document has it. */
export function textIn(text: Text | undefined, lang: string, documentLang?: string): PickedText | undefined {
  if (typeof text === 'object') return found(text, Object.keys(text).find((key) => base(key) === base(lang)));
  return text !== undefined && sameLanguage(documentLang, lang) ? { text, lang: documentLang } : undefined;
}

/** Whether two language tags name the same language (by base language: `nl-BE` ~ `nl`). */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && base(a) === base(b);
}
