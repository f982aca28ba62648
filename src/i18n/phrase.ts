// Translated phrases that hold markup: the dates of "from 2014 to 2022" stay <time> elements, the path
// of an error stays <code>. The message is built with private-use characters standing in for the
// markup (no translation contains them), then each is replaced by its part, so a translation may put
// the parts in any order.

/** Stand-ins for the first and second part of a phrase. */
export const SLOT_1 = '\uE000';
export const SLOT_2 = '\uE001';

/** The pieces of a phrase: its own text, and `parts[0]` / `parts[1]` where the slots were. */
export function fillSlots<T>(phrase: string, parts: readonly [T, T?]): (string | T)[] {
  return phrase
    .split(/([\uE000\uE001])/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === SLOT_1 ? parts[0] : piece === SLOT_2 ? (parts[1] as T) : piece));
}
