// Punctuation between parts of the UI, as messages: each language writes its own (Arabic "، ",
// French " ; " with a narrow no-break space).
import { msg } from '@lit/localize';

/** Between the parts of a line: "Bart Somers, Mayor, since 2001". */
export const comma = (): string => msg(', ', { id: 'punctuation.comma' });

/** Between items that may contain commas themselves: several sources of a quote. */
export const listSeparator = (): string =>
  msg('; ', { id: 'punctuation.list' });
