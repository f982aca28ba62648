import type { Text } from '../schema/index.js';

/** A piece of content text with the language it is written in (undefined when unknown). */
export interface PickedText {
  text: string;
  lang: string | undefined;
}

const base = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

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
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { text, lang: documentLang };
  const tags = Object.keys(text);
  if (tags.length === 0) return undefined;
  const found = (tag: string): PickedText => ({ text: text[tag] as string, lang: tag });
  for (const preference of preferences) {
    if (!preference) continue;
    const exact = tags.find((tag) => tag.toLowerCase() === preference.toLowerCase());
    if (exact) return found(exact);
    const sameBase = tags.find((tag) => base(tag) === base(preference));
    if (sameBase) return found(sameBase);
  }
  if (documentLang) {
    const inDocumentLang = tags.find((tag) => base(tag) === base(documentLang));
    if (inDocumentLang) return found(inDocumentLang);
  }
  return found(tags[0] as string);
}

/** The text of a `Text` in exactly one language (its base language matches), if the document has it. */
export function textIn(text: Text | undefined, lang: string, documentLang?: string): PickedText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') {
    return documentLang && base(documentLang) === base(lang) ? { text, lang: documentLang } : undefined;
  }
  const tag = Object.keys(text).find((key) => base(key) === base(lang));
  return tag ? { text: text[tag] as string, lang: tag } : undefined;
}

/** Whether two language tags name the same language (by base language: `nl-BE` ~ `nl`). */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && base(a) === base(b);
}
